package dev.camelstudio.simulator.server;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

import dev.camelstudio.simulator.session.StudioWebSocketEndpoint;

/** Creates one endpoint per connection, and slows the upgrade down when the slow-handshake fault is on. */
final class HandshakeConfigurator extends ServerEndpointConfig.Configurator {

    private final Supplier<StudioWebSocketEndpoint> endpoints;
    private volatile Duration handshakeDelay = Duration.ZERO;

    HandshakeConfigurator(Supplier<StudioWebSocketEndpoint> endpoints) {
        this.endpoints = endpoints;
    }

    void handshakeDelay(Duration delay) {
        this.handshakeDelay = delay;
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Duration delay = handshakeDelay;
        if (!delay.isZero()) {
            try {
                // Holding the upgrade on its Grizzly worker is the point: the client waits for the 101 response.
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(endpoints.get());
    }
}
