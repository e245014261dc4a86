package dev.camelstudio.studio.connection;

import java.util.function.Consumer;

/** One open WebSocket, as the connection sees it: send text, close. Neither call waits for the network. */
interface TransportSocket {

    /**
     * Queues a text frame and returns at once; {@code failed} is told, on a transport thread, if it could not be
     * written. A stalled peer therefore never holds up the session's thread.
     */
    void send(String text, Consumer<Throwable> failed);

    /** Starts a clean close with this code and returns; the listener's {@code onClosed} follows. */
    void close(int code, String reason);

    boolean isOpen();
}
