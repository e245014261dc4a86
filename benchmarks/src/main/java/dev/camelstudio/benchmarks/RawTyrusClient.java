package dev.camelstudio.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import javax.net.ssl.SSLContext;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;

/** The floor: Tyrus, the transport camel-studio itself uses, on one connection, with a handler that does nothing. */
final class RawTyrusClient implements BenchClient {

    private final SSLContext tls;
    private ClientManager client;
    private Session session;

    /** @param tls the context that trusts the server, for wss; null for ws */
    RawTyrusClient(SSLContext tls) {
        this.tls = tls;
    }

    @Override
    public String name() {
        return "raw Tyrus, no-op handler";
    }

    @Override
    public void start(String serverUrl, List<String> accounts, Delivery delivery) throws Exception {
        client = ClientManager.createClient();
        if (tls != null) {
            client.getProperties().put(ClientProperties.SSL_ENGINE_CONFIGURATOR, new SslEngineConfigurator(tls));
        }
        session = client.connectToServer(new Endpoint() {
            @Override
            public void onOpen(Session opened, EndpointConfig config) {
                opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) frame -> {
                    long sequence = Delivery.sequenceOf(frame);
                    if (sequence >= 0) {
                        delivery.delivered(sequence);
                    }
                });
            }
        }, ClientEndpointConfig.Builder.create().build(), URI.create(serverUrl));
        for (String account : accounts) {
            session.getBasicRemote().sendText(Subscriptions.frame(account));
        }
    }

    @Override
    public void close() throws IOException {
        if (session != null) {
            session.close();
        }
        if (client != null) {
            client.shutdown();
        }
    }
}
