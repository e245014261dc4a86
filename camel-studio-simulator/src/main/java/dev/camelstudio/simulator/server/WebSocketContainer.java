package dev.camelstudio.simulator.server;

import java.util.Map;
import java.util.Set;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;

import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;

/**
 * The Tyrus server container behind our own Grizzly {@code HttpServer}. Tyrus' standalone server cannot do TLS, so
 * the simulator builds the HTTP server itself and plugs Tyrus' engine into it; this container owns that engine.
 */
final class WebSocketContainer extends TyrusServerContainer {

    private final WebSocketEngine engine = TyrusWebSocketEngine.builder(this).build();

    WebSocketContainer() {
        super((Set<Class<?>>) null);
    }

    @Override
    public void register(Class<?> endpointClass) throws DeploymentException {
        engine.register(endpointClass, "");
    }

    @Override
    public void register(ServerEndpointConfig serverEndpointConfig) throws DeploymentException {
        engine.register(serverEndpointConfig, "");
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of();
    }

    @Override
    public WebSocketEngine getWebSocketEngine() {
        return engine;
    }
}
