package dev.camelstudio.studio.transport;

/** What the transport reports about one socket; called on the transport's reader thread, one call at a time. */
public interface TransportListener {

    /**
     * A whole text frame arrived. Returning late pushes back on the server through TCP.
     *
     * @param frame the frame's text
     */
    void onText(String frame);

    /**
     * A binary frame arrived: Studio sends none, so it is counted and dropped.
     *
     * @param bytes the frame's size
     */
    void onBinary(int bytes);

    /**
     * The socket closed: a close frame from either side, or 1006 when it was lost without one.
     *
     * @param code   the close code
     * @param reason the close reason, possibly empty
     */
    void onClosed(int code, String reason);

    /**
     * The socket failed; {@link #onClosed} follows.
     *
     * @param cause what failed
     */
    void onError(Throwable cause);
}
