package dev.camelstudio.studio.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import dev.camelstudio.studio.support.Causes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket client of the JDK ({@code java.net.http}): no Tyrus, no Grizzly. One instance owns one
 * {@link HttpClient} and the threads it runs on, and is closed with its owner. It reads one frame at a time
 * ({@link WebSocket#request(long)} after the listener returned), so a slow listener pushes back on the server through
 * TCP, as with Tyrus, without a thread blocked in a read.
 */
public final class JdkTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(JdkTransport.class);
    /** The close code of RFC 6455 for a message too big to process. */
    static final int MESSAGE_TOO_BIG = 1009;
    static final String TOO_BIG_REASON = "Frame larger than maxFrameSize";

    private final HttpClient client;
    private final Duration connectTimeout;
    private final int maxFrameSize;
    /** Ends the client's threads: once closed and every socket has ended, or a grace period after the close. */
    private final Runnable releaseThreads;
    // Guarded by this: the sockets opening or open, whether the transport was closed, and whether its threads went.
    private int sockets;
    private boolean closed;
    private boolean released;
    /**
     * Completed when the threads are released after a close that found sockets still open: by the last socket's end,
     * or by a timer at the latest. Completing it early cancels the timer, which would otherwise keep this transport,
     * and so its HTTP client and the client's selector thread, reachable until it fired.
     */
    private final CompletableFuture<Void> lateRelease = new CompletableFuture<>();

    /**
     * A transport with an HTTP client of its own.
     *
     * @param sslContext     the TLS context for {@code wss://}, hostname verification on; null for the JDK's default
     * @param connectTimeout bounds the whole opening: TCP connect, TLS handshake and upgrade
     * @param maxFrameSize   the largest text frame accepted, counted in characters (the bytes of Studio's ASCII JSON);
     *                       a larger one closes the socket with 1009
     * @param executor       runs the client's work and the listener's calls
     * @param releaseThreads shuts the executor down; called once, after {@link #close()}, when no socket needs it
     */
    public JdkTransport(SSLContext sslContext, Duration connectTimeout, int maxFrameSize, ExecutorService executor,
            Runnable releaseThreads) {
        this.connectTimeout = connectTimeout;
        this.maxFrameSize = maxFrameSize;
        this.releaseThreads = releaseThreads;
        HttpClient.Builder builder = HttpClient.newBuilder().executor(executor).connectTimeout(connectTimeout);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        this.client = builder.build();
    }

    @Override
    public TransportSocket connect(URI url, TransportListener listener) throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IOException("The WebSocket client is closed");
            }
            sockets++;
        }
        FrameReader reader = new FrameReader(listener, maxFrameSize, this::socketEnded);
        CompletableFuture<WebSocket> opening = client.newWebSocketBuilder().connectTimeout(connectTimeout)
                .buildAsync(url, reader);
        try {
            return new JdkSocket(opening.get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            abandon(opening, reader);
            throw new IOException(ConnectFailures.timedOut(url, connectTimeout), e);
        } catch (ExecutionException e) {
            reader.endQuietly();
            WebSocketHandshakeException refused = Causes.find(e.getCause(), WebSocketHandshakeException.class);
            int status = refused == null ? 0 : refused.getResponse().statusCode();
            throw new IOException(ConnectFailures.describe(url, e.getCause(), status, connectTimeout), e.getCause());
        } catch (InterruptedException e) {
            abandon(opening, reader);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while opening a WebSocket to " + url);
        }
    }

    /** A socket that opens after its caller gave up waiting is cut at once, and its listener hears nothing. */
    private static void abandon(CompletableFuture<WebSocket> opening, FrameReader reader) {
        reader.abandon();
        opening.whenComplete((webSocket, e) -> {
            if (webSocket != null) {
                webSocket.abort();
            }
            reader.endQuietly();
        });
    }

    private void socketEnded() {
        boolean release;
        synchronized (this) {
            sockets--;
            release = releaseOnceIf(closed && sockets == 0);
        }
        if (release) {
            releaseThreads.run();
            lateRelease.complete(null);
        }
    }

    /** Whether the threads are to be released now: the condition holds and they were not released before. */
    private boolean releaseOnceIf(boolean condition) {
        assert Thread.holdsLock(this);
        boolean release = condition && !released;
        released |= release;
        return release;
    }

    @Override
    public Throwable closeCause(int code, String reason) {
        if (code == MESSAGE_TOO_BIG && TOO_BIG_REASON.equals(reason)) {
            return new IOException("Studio sent a frame larger than maxFrameSize (" + maxFrameSize + " bytes), and the "
                    + "connection was closed with 1009; raise the maxFrameSize option if such frames are expected");
        }
        return null;
    }

    /**
     * Ends the client's threads once no socket needs them: a connect still in flight when its session stopped opens,
     * is closed cleanly by its caller, and only then are the threads shut down (at once if no socket is left, else
     * when the last ends, and at the latest {@link #connectTimeout} twice over after this call).
     */
    @Override
    public void close() {
        boolean release;
        synchronized (this) {
            closed = true;
            release = releaseOnceIf(sockets == 0);
        }
        if (release) {
            releaseThreads.run();
        } else {
            lateRelease.completeOnTimeout(null, connectTimeout.toMillis() * 2, TimeUnit.MILLISECONDS)
                    .thenRun(this::releaseLate);
        }
    }

    private void releaseLate() {
        boolean release;
        synchronized (this) {
            release = releaseOnceIf(true);
        }
        if (release) {
            LOG.debug("A WebSocket of a closed JDK client had not ended in time; its threads are shut down anyway");
            releaseThreads.run();
        }
    }

    /**
     * Puts each text frame together from its parts and hands it to the listener, then asks for the next: one frame in
     * flight at a time. Called by the HTTP client one call at a time; it alone touches the text being assembled.
     */
    static final class FrameReader implements WebSocket.Listener {

        private final TransportListener listener;
        private final int maxFrameSize;
        private final Runnable onEnd;
        private final StringBuilder text = new StringBuilder();
        private long binaryBytes;
        /** Set by the first end (a close, an error, a frame too large): the listener hears of one end only. */
        private final AtomicBoolean ended = new AtomicBoolean();
        /** Set when the caller gave up on the opening: the listener hears nothing. */
        private volatile boolean abandoned;

        FrameReader(TransportListener listener, int maxFrameSize, Runnable onEnd) {
            this.listener = listener;
            this.maxFrameSize = maxFrameSize;
            this.onEnd = onEnd;
        }

        void abandon() {
            abandoned = true;
        }

        /** The socket never opened, or was given up on: counted as ended, told to nobody. */
        void endQuietly() {
            abandoned = true;
            ended(1006, "");
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (text.length() + data.length() > maxFrameSize) {
                text.setLength(0);
                sendCloseQuietly(webSocket, MESSAGE_TOO_BIG, TOO_BIG_REASON)
                        .whenComplete((sent, e) -> webSocket.abort());
                ended(MESSAGE_TOO_BIG, TOO_BIG_REASON);
                return null;
            }
            if (last) {
                // A frame in one part, the usual case, is copied once: appending a CharBuffer goes char by char.
                String frame = text.isEmpty() ? data.toString() : text.append(data).toString();
                text.setLength(0);
                if (!abandoned) {
                    listener.onText(frame);
                }
            } else {
                text.append(data);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            binaryBytes += data.remaining();
            if (last) {
                if (!abandoned) {
                    listener.onBinary((int) Math.min(Integer.MAX_VALUE, binaryBytes));
                }
                binaryBytes = 0;
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            // Answer the server's close (the JDK leaves that to the application), then report it.
            if (!webSocket.isOutputClosed()) {
                sendCloseQuietly(webSocket, WebSocket.NORMAL_CLOSURE, "");
            }
            ended(statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!ended.get() && !abandoned) {
                listener.onError(error);
            }
            // The JDK reports no close after an error: the socket is gone without a close frame.
            ended(1006, "");
        }

        /** A close from a callback: whatever fails (the output closed meanwhile) only ends what is ending anyway. */
        private static CompletableFuture<?> sendCloseQuietly(WebSocket webSocket, int code, String reason) {
            try {
                return webSocket.sendClose(code, reason).exceptionally(e -> null);
            } catch (RuntimeException e) {
                LOG.debug("Closing the WebSocket failed: {}", e.toString());
                return CompletableFuture.completedFuture(null);
            }
        }

        private void ended(int code, String reason) {
            if (ended.compareAndSet(false, true)) {
                try {
                    if (!abandoned) {
                        listener.onClosed(code, reason);
                    }
                } finally {
                    onEnd.run();
                }
            }
        }
    }

    /**
     * Sends in order, one frame after the other (the JDK refuses a send while another is pending), without the caller
     * waiting: each send is chained after the one before.
     */
    private static final class JdkSocket implements TransportSocket {

        private final WebSocket webSocket;
        // Guarded by this: the last send queued, completed when it was written or failed.
        private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);

        JdkSocket(WebSocket webSocket) {
            this.webSocket = webSocket;
        }

        @Override
        public void send(String text, Consumer<Throwable> failed) {
            queue(() -> webSocket.sendText(text, true)).whenComplete((sent, e) -> {
                if (e != null) {
                    failed.accept(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
                }
            });
        }

        @Override
        public void close(int code, String reason) {
            queue(() -> webSocket.sendClose(code, reason)).whenComplete((sent, e) -> {
                if (e != null) {
                    LOG.debug("Closing the WebSocket failed: {}", e.toString());
                    webSocket.abort();
                }
            });
        }

        private synchronized CompletableFuture<?> queue(Supplier<CompletableFuture<WebSocket>> send) {
            CompletableFuture<?> next = lastSend.handle((previous, e) -> null).thenCompose(ignored -> send.get());
            lastSend = next;
            return next;
        }

        @Override
        public boolean isOpen() {
            return !webSocket.isOutputClosed() && !webSocket.isInputClosed();
        }
    }
}
