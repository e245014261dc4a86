package dev.camelstudio.studio.connection;

import dev.camelstudio.studio.protocol.ErrorNotice;

/**
 * What a {@link StudioConnection} tells its session, beside the messages (which go to its {@link MessageListener}).
 * Frame events are reported on the socket's reader thread, one at a time; a refusal and the end are reported on the
 * session's executor, where the connection's state changes.
 */
public interface ConnectionListener {

    /**
     * Studio sent an error notice; it is also handed on as a message. Reader thread, before the message is.
     *
     * @param notice the notice
     */
    void onErrorNotice(ErrorNotice notice);

    /**
     * The server refused the subscription of an account ({@code success:false}); the connection stays open. Executor
     * thread.
     *
     * @param accountId the refused account
     * @param details   the server's {@code details} text, for people
     */
    void onSubscribeRejected(String accountId, String details);

    /**
     * A frame could not be decoded; it is reported here and the connection goes on. Reader thread.
     *
     * @param error        why it could not be decoded
     * @param connectionId the connection it came on
     */
    void onUndecodableFrame(RuntimeException error, String connectionId);

    /**
     * A binary frame of {@code bytes} bytes arrived and was dropped: Studio's frames are text (docs/protocol.md §1).
     * Reader thread.
     *
     * @param bytes        the frame's size
     * @param connectionId the connection it came on
     */
    void onBinaryFrame(int bytes, String connectionId);

    /**
     * The connection ended; called once, last. Executor thread.
     *
     * @param end how it ended: close code and reason, the cause of a failure, and the request that ended it, if any
     */
    void onEnded(ConnectionEnd end);
}
