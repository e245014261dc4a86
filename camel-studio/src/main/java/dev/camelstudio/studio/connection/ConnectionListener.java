package dev.camelstudio.studio.connection;

/**
 * What a {@link StudioConnection} tells its owner. Frames are reported on the socket's reader thread, one at a time;
 * a refusal and the end are reported on the session's executor, where the connection's state changes.
 */
public interface ConnectionListener {

    /**
     * A message arrived, data or control, in the order the server sent it. Reader thread: while it runs, nothing more
     * is read, which pushes back on the server.
     */
    void onMessage(InboundMessage message);

    /**
     * The server refused the subscription of an account ({@code success:false}); the connection stays open. Executor
     * thread.
     */
    void onSubscribeRejected(String accountId, String details);

    /** A frame could not be decoded; it is reported here and the connection goes on. Reader thread. */
    void onUndecodableFrame(RuntimeException error, String connectionId);

    /**
     * A binary frame of {@code bytes} bytes arrived and was dropped: Studio's frames are text (docs/protocol.md §1).
     * Reader thread.
     */
    void onBinaryFrame(int bytes, String connectionId);

    /** The connection ended; called once, last. Executor thread. */
    void onEnded(ConnectionEnd end);
}
