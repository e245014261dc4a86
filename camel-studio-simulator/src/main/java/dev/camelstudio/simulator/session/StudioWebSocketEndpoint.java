package dev.camelstudio.simulator.session;

import java.util.List;
import java.util.function.LongFunction;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tyrus endpoint at {@code /studio/v2/ws}: one instance per connection, handing everything to its
 * {@link ClientConnection}.
 */
public final class StudioWebSocketEndpoint extends Endpoint {

    /** The query parameter the server's connection filter tags each upgrade request with. */
    public static final String CONNECTION_ID_PARAMETER = "simulator-connection";

    private static final Logger LOG = LoggerFactory.getLogger(StudioWebSocketEndpoint.class);
    private static final int CLIENT_FRAME_LIMIT = 64 * 1024;

    private final SessionContext context;
    private final ConnectionRegistry registry;
    private final LongFunction<Runnable> tcpAborts;
    private ClientConnection connection;

    /**
     * The endpoint of one new connection; Tyrus makes one per connection.
     *
     * @param context   what every connection shares: clock, settings, tokens, ledgers, recorder, timers and faults
     * @param registry  the open connections, which this endpoint's connection joins on open and leaves on close
     * @param tcpAborts gives, for a connection id, the action that cuts its TCP connection without a close frame
     */
    public StudioWebSocketEndpoint(SessionContext context, ConnectionRegistry registry,
            LongFunction<Runnable> tcpAborts) {
        this.context = context;
        this.registry = registry;
        this.tcpAborts = tcpAborts;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        long id = connectionId(session);
        session.setMaxTextMessageBufferSize(CLIENT_FRAME_LIMIT);
        connection = new ClientConnection(id, session, context, tcpAborts.apply(id));
        registry.add(connection);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) connection::onText);
        connection.opened();
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        if (connection != null) {
            registry.remove(connection);
            connection.closed(closeReason.getCloseCode().getCode(), closeReason.getReasonPhrase());
        }
    }

    @Override
    public void onError(Session session, Throwable error) {
        LOG.debug("Connection {}: {}", connection == null ? "?" : connection.id(), error.toString());
    }

    private static long connectionId(Session session) {
        List<String> values = session.getRequestParameterMap().get(CONNECTION_ID_PARAMETER);
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException("The upgrade request was not tagged by the simulator's connection filter");
        }
        return Long.parseLong(values.get(0));
    }
}
