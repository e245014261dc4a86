package dev.camelstudio.studio.transport;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory transport for the session layer's unit tests: each {@link #connect} opens a {@link FakeSocket} the test
 * drives by hand (frames in, close), and records what the client sent. A connect can be made to fail.
 */
public final class FakeTransport implements Transport {

    public final List<FakeSocket> sockets = new CopyOnWriteArrayList<>();
    /**
     * Run after each frame or close a socket reports: lets the session's executor handle what the reader posted, as
     * it would at once in production. A no-op for tests that run it themselves.
     */
    private final Runnable settle;
    /** The failure the next connect throws, or null. */
    public IOException nextFailure;
    /** Every connect fails while this is set (a server that is down). */
    public IOException down;
    public boolean closed;
    /** Every connect asked for, failed ones included. */
    public int connects;

    /** One open WebSocket, as the server side of a test sees it. */
    public final class FakeSocket implements TransportSocket {
        public final URI url;
        public final TransportListener listener;
        public final List<String> sent = new ArrayList<>();
        public int closeCode = -1;
        public boolean open = true;

        FakeSocket(URI url, TransportListener listener) {
            this.url = url;
            this.listener = listener;
        }

        /** Set to make the next send fail, as a peer gone meanwhile would. */
        public IOException nextSendFailure;

        @Override
        public void send(String text, Consumer<Throwable> failed) {
            if (!open || nextSendFailure != null) {
                failed.accept(open ? nextSendFailure : new IOException("closed"));
                nextSendFailure = null;
                return;
            }
            sent.add(text);
        }

        /** The client's close: it answers at once, as a server would. */
        @Override
        public void close(int code, String reason) {
            if (open) {
                open = false;
                closeCode = code;
                listener.onClosed(code, reason);
            }
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        /** A frame from the server. */
        public void receive(String frame) {
            listener.onText(frame);
            settle.run();
        }

        /** The server closes with {@code code}. */
        public void serverCloses(int code) {
            open = false;
            listener.onClosed(code, "");
            settle.run();
        }
    }

    public FakeTransport() {
        this(() -> {
        });
    }

    public FakeTransport(Runnable settle) {
        this.settle = settle;
    }

    @Override
    public TransportSocket connect(URI url, TransportListener listener) throws IOException {
        connects++;
        if (down != null) {
            throw down;
        }
        if (nextFailure != null) {
            IOException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        FakeSocket socket = new FakeSocket(url, listener);
        sockets.add(socket);
        return socket;
    }

    @Override
    public Throwable closeCause(int code, String reason) {
        return null;
    }

    @Override
    public void close() {
        closed = true;
    }

    public FakeSocket last() {
        return sockets.get(sockets.size() - 1);
    }
}
