package dev.camelstudio.studio.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import dev.camelstudio.studio.support.Causes;

import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;
import org.glassfish.tyrus.core.HandshakeException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket client, on Eclipse Tyrus: the only class that knows the Jakarta WebSocket API. One instance owns one
 * Tyrus {@link ClientManager} (and so its Grizzly threads) and is closed with its owner.
 */
public final class TyrusTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(TyrusTransport.class);

    /** Tyrus' frame header beyond the payload, which its incoming buffer must hold too. */
    private static final int FRAME_OVERHEAD = 14;

    private final ClientManager client;
    private final Duration connectTimeout;
    private final int maxFrameSize;

    /**
     * A transport with a Tyrus client manager of its own.
     *
     * @param sslContext     the TLS context for {@code wss://}, hostname verification on; null for a plain
     *                       {@code ws://} server. Tyrus speaks TLS whenever a configurator is installed, whatever the
     *                       URL's scheme, so a plain server gets none.
     * @param connectTimeout bounds the whole opening: TCP connect, TLS handshake and upgrade
     * @param maxFrameSize   the largest payload accepted; Tyrus closes with 1011 "Buffer overflow." beyond it
     */
    public TyrusTransport(SSLContext sslContext, Duration connectTimeout, int maxFrameSize) {
        this.connectTimeout = connectTimeout;
        this.maxFrameSize = maxFrameSize;
        this.client = ClientManager.createClient();
        if (sslContext != null) {
            client.getProperties().put(ClientProperties.SSL_ENGINE_CONFIGURATOR,
                    new SslEngineConfigurator(sslContext, true, false, false));
        }
        client.getProperties().put(ClientProperties.INCOMING_BUFFER_SIZE,
                (int) Math.min(Integer.MAX_VALUE, (long) maxFrameSize + FRAME_OVERHEAD));
        // Tyrus reads this property only as an Integer: a Long is ignored, and every handshake may then take 30 s.
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT,
                (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
    }

    /**
     * Opens a socket to {@code url}; frames and the close go to {@code listener}. Blocks until open or failed, at most
     * {@code connectTimeout}: Tyrus gives TCP and TLS a fixed 30 s each, so a server that accepts TCP and never
     * completes the handshake is given up on here, and what Tyrus opens after that is closed at once.
     */
    @Override
    public TransportSocket connect(URI url, TransportListener listener) throws IOException {
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create().preferredSubprotocols(List.of()).build();
        ListenerEndpoint endpoint = new ListenerEndpoint(listener);
        Future<Session> opening;
        try {
            opening = client.asyncConnectToServer(endpoint, config, url);
        } catch (DeploymentException e) {
            throw new IOException(ConnectFailures.describe(url, e, upgradeStatus(e), connectTimeout), e);
        }
        try {
            return new TyrusSocket(opening.get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            endpoint.abandon();
            throw new IOException(ConnectFailures.timedOut(url, connectTimeout), e);
        } catch (ExecutionException e) {
            throw new IOException(ConnectFailures.describe(url, e.getCause(), upgradeStatus(e.getCause()),
                    connectTimeout), e.getCause());
        } catch (InterruptedException e) {
            endpoint.abandon();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while opening a WebSocket to " + url);
        }
    }

    /** The HTTP status of a refused upgrade, or 0 when something else failed. */
    private static int upgradeStatus(Throwable error) {
        HandshakeException refused = Causes.find(error, HandshakeException.class);
        return refused == null ? 0 : Math.max(0, refused.getHttpStatusCode());
    }

    /**
     * Why the socket closed, when Tyrus closed it for a reason of ours: a frame larger than its buffer is reported
     * only as 1011 "Buffer overflow.", which names neither the limit nor the option that raises it.
     */
    @Override
    public Throwable closeCause(int code, String reason) {
        if (code == 1011 && reason != null && reason.startsWith("Buffer overflow")) {
            return new IOException("Studio sent a frame larger than maxFrameSize (" + maxFrameSize + " bytes), and the "
                    + "connection was closed with 1011; raise the maxFrameSize option if such frames "
                    + "are expected");
        }
        return null;
    }

    @Override
    public void close() {
        client.shutdown();
    }

    /**
     * Adapts Tyrus' callbacks to the listener: whole text messages, binary frames reported by size. Abandoned when the
     * opening took too long: a session that opens after that is closed at once and reports nothing.
     */
    private static final class ListenerEndpoint extends Endpoint {

        private final TransportListener listener;
        // Guarded by this: whether the caller gave up waiting, and the session if it opened.
        private boolean abandoned;
        private Session session;

        ListenerEndpoint(TransportListener listener) {
            this.listener = listener;
        }

        @Override
        public void onOpen(Session opened, EndpointConfig config) {
            synchronized (this) {
                session = opened;
                if (abandoned) {
                    closeQuietly(opened);
                    return;
                }
            }
            opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) listener::onText);
            opened.addMessageHandler(ByteBuffer.class,
                    (MessageHandler.Whole<ByteBuffer>) bytes -> listener.onBinary(bytes.remaining()));
        }

        void abandon() {
            Session opened;
            synchronized (this) {
                abandoned = true;
                opened = session;
            }
            if (opened != null) {
                closeQuietly(opened);
            }
        }

        private synchronized boolean isAbandoned() {
            return abandoned;
        }

        @Override
        public void onClose(Session closed, CloseReason closeReason) {
            if (!isAbandoned()) {
                listener.onClosed(closeReason.getCloseCode().getCode(), closeReason.getReasonPhrase());
            }
        }

        @Override
        public void onError(Session failed, Throwable error) {
            if (!isAbandoned()) {
                listener.onError(error);
            }
        }

        private static void closeQuietly(Session opened) {
            try {
                opened.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("Closing an abandoned WebSocket failed: {}", e.toString());
            }
        }
    }

    private static final class TyrusSocket implements TransportSocket {

        private final Session session;

        TyrusSocket(Session session) {
            this.session = session;
        }

        @Override
        public void send(String text, Consumer<Throwable> failed) {
            try {
                // The asynchronous remote queues the frame on Grizzly's writer: no caller waits for a slow peer.
                session.getAsyncRemote().sendText(text, result -> {
                    if (!result.isOK()) {
                        failed.accept(result.getException());
                    }
                });
            } catch (RuntimeException e) {
                // Tyrus throws IllegalStateException or RejectedExecutionException when the peer closed meanwhile.
                failed.accept(new IOException("The WebSocket closed while sending: " + e.getMessage(), e));
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
