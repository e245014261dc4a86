package dev.camelstudio.studio.connection;

/**
 * Where a {@link StudioConnection} hands every message it decoded: the account router of its session, straight from
 * the socket's reader thread.
 */
public interface MessageListener {

    /**
     * A message arrived, data or control, in the order the server sent it. Reader thread: while it runs, nothing more
     * is read, which pushes back on the server.
     *
     * @param message the message, with its account, its connection and whether it is part of a replay
     */
    void onMessage(InboundMessage message);
}
