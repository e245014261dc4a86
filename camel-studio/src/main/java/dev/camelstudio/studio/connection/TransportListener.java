package dev.camelstudio.studio.connection;

/** What the transport reports about one socket; called on the transport's reader thread, one call at a time. */
interface TransportListener {

    /** A whole text frame arrived. Returning late pushes back on the server through TCP. */
    void onText(String frame);

    /** A binary frame of {@code bytes} bytes arrived: Studio sends none, so it is counted and dropped. */
    void onBinary(int bytes);

    /** The socket closed: a close frame from either side, or 1006 when it was lost without one. */
    void onClosed(int code, String reason);

    /** The socket failed; {@link #onClosed} follows. */
    void onError(Throwable cause);
}
