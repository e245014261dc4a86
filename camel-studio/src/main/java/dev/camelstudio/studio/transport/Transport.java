package dev.camelstudio.studio.transport;

import java.io.IOException;
import java.net.URI;

/**
 * Opens the WebSockets of one session: {@link TyrusTransport} or {@link JdkTransport} (the {@code transport} option), an
 * in-memory fake in the session layer's unit tests. Nothing above this interface knows a WebSocket client's API.
 */
public interface Transport extends AutoCloseable {

    /**
     * Opens a socket to {@code url}; its frames and its close go to {@code listener}. Blocks until it is open or the
     * attempt failed, at most the transport's connect timeout.
     *
     * @param url      the WebSocket URL
     * @param listener told of the socket's frames, errors and close
     * @return the open socket
     * @throws IOException if the socket could not be opened, or not in time
     */
    TransportSocket connect(URI url, TransportListener listener) throws IOException;

    /**
     * Why a socket closed, when the transport closed it for a reason of its own (e.g. a frame too large); else null.
     *
     * @param code   the close code
     * @param reason the close reason
     * @return the cause, or null
     */
    Throwable closeCause(int code, String reason);

    /** Releases the transport's threads; its sockets are closed by then. */
    @Override
    void close();
}
