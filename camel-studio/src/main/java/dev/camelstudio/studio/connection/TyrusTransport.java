package dev.camelstudio.studio.connection;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket client, on Eclipse Tyrus: the only class that knows the Jakarta WebSocket API. One instance owns one
 * Tyrus {@link ClientManager} (and so its Grizzly threads) and is closed with its owner.
 */
public final class TyrusTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TyrusTransport.class);

    private final ClientManager client;
    private final Duration connectTimeout;

    /**
     * @param sslContext     the TLS context for {@code wss://}; hostname verification stays on
     * @param connectTimeout bounds the TCP connect, the TLS handshake and the upgrade
     */
    public TyrusTransport(SSLContext sslContext, Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
        this.client = ClientManager.createClient();
        client.getProperties().put(ClientProperties.SSL_ENGINE_CONFIGURATOR,
                new SslEngineConfigurator(sslContext, true, false, false));
        // Tyrus reads this property only as an Integer: a Long is ignored, and every handshake may then take 30 s.
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT,
                (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
    }

    /** Opens a socket to {@code url}; frames and the close go to {@code listener}. Blocks until open or failed. */
    TransportSocket connect(URI url, TransportListener listener) throws IOException {
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create().preferredSubprotocols(List.of()).build();
        try {
            Session session = client.connectToServer(new ListenerEndpoint(listener), config, url);
            return new TyrusSocket(session);
        } catch (DeploymentException e) {
            throw new IOException("Cannot open a WebSocket to " + url + " within " + connectTimeout.toMillis()
                                  + " ms: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? String.valueOf(error.getMessage()) : error.getMessage() + " (" + root + ")";
    }

    @Override
    public void close() {
        client.shutdown();
    }

    /** Adapts Tyrus' callbacks to the listener; a text handler that assembles whole messages. */
    private static final class ListenerEndpoint extends Endpoint {

        private final TransportListener listener;

        ListenerEndpoint(TransportListener listener) {
            this.listener = listener;
        }

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) listener::onText);
        }

        @Override
        public void onClose(Session session, CloseReason closeReason) {
            listener.onClosed(closeReason.getCloseCode().getCode(), closeReason.getReasonPhrase());
        }

        @Override
        public void onError(Session session, Throwable error) {
            listener.onError(error);
        }
    }

    private static final class TyrusSocket implements TransportSocket {

        private final Session session;

        TyrusSocket(Session session) {
            this.session = session;
        }

        @Override
        public void send(String text) throws IOException {
            try {
                session.getBasicRemote().sendText(text);
            } catch (RuntimeException e) {
                // Tyrus throws IllegalStateException or RejectedExecutionException when the peer closed meanwhile.
                throw new IOException("The WebSocket closed while sending: " + e.getMessage(), e);
            }
        }

        @Override
        public void close(int code, String reason) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Closing the WebSocket failed: {}", e.toString());
            }
        }

        @Override
        public boolean isOpen() {
            return session.isOpen();
        }
    }
}
