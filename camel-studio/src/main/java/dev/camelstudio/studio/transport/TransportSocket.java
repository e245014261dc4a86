package dev.camelstudio.studio.transport;

import java.util.function.Consumer;

/** One open WebSocket, as the connection sees it: send text, close. Neither call waits for the network. */
public interface TransportSocket {

    /**
     * Queues a text frame and returns at once; {@code failed} is told, on a transport thread, if it could not be
     * written. A stalled peer therefore never holds up the session's thread.
     *
     * @param text   the frame's text
     * @param failed told of the cause if the frame could not be written
     */
    void send(String text, Consumer<Throwable> failed);

    /**
     * Starts a clean close with this code and returns; the listener's {@code onClosed} follows.
     *
     * @param code   the close code
     * @param reason the close reason, possibly empty
     */
    void close(int code, String reason);

    /** {@return whether the socket is open} */
    boolean isOpen();
}
