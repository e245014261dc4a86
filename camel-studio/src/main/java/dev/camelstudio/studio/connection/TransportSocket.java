package dev.camelstudio.studio.connection;

/** One open WebSocket, as the connection sees it: send text, close. */
interface TransportSocket {

    /** Sends a text frame and waits until it is written. */
    void send(String text) throws java.io.IOException;

    /** Starts a clean close with this code; the listener's {@code onClosed} follows. */
    void close(int code, String reason);

    boolean isOpen();
}
