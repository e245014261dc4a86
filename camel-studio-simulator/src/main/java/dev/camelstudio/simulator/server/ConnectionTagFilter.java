package dev.camelstudio.simulator.server;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelstudio.simulator.session.StudioWebSocketEndpoint;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.nio.transport.TCPNIOConnection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits in front of Tyrus' filter and gives each WebSocket upgrade request a connection id, passed to the endpoint as a
 * query parameter, so that the simulator can later cut that connection's TCP socket without a close frame (the
 * "abrupt drop" fault), something the WebSocket API itself cannot do.
 */
final class ConnectionTagFilter extends BaseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionTagFilter.class);

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Connection<?>> connections = new ConcurrentHashMap<>();

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        Object message = ctx.getMessage();
        if (message instanceof HttpContent content && isUnTaggedUpgrade(content.getHttpHeader())) {
            HttpRequestPacket request = (HttpRequestPacket) content.getHttpHeader();
            long id = ids.incrementAndGet();
            String query = request.getQueryString();
            String tag = StudioWebSocketEndpoint.CONNECTION_ID_PARAMETER + "=" + id;
            request.setQueryString(query == null || query.isEmpty() ? tag : query + "&" + tag);
            Connection<?> connection = ctx.getConnection();
            connections.put(id, connection);
            connection.addCloseListener((closeable, type) -> connections.remove(id));
        }
        return ctx.getInvokeAction();
    }

    private static boolean isUnTaggedUpgrade(HttpHeader header) {
        return header instanceof HttpRequestPacket request
                && "websocket".equalsIgnoreCase(request.getUpgrade())
                && (request.getQueryString() == null
                        || !request.getQueryString().contains(StudioWebSocketEndpoint.CONNECTION_ID_PARAMETER + "="));
    }

    /** The action that resets connection {@code id}'s TCP socket (SO_LINGER 0), sending no close frame. */
    Runnable abortAction(long id) {
        return () -> {
            Connection<?> connection = connections.remove(id);
            if (connection == null) {
                return;
            }
            if (connection instanceof TCPNIOConnection tcp && tcp.getChannel() instanceof SocketChannel channel) {
                try {
                    channel.setOption(StandardSocketOptions.SO_LINGER, 0);
                } catch (IOException e) {
                    LOG.debug("Connection {}: cannot set SO_LINGER, closing without reset: {}", id, e.toString());
                }
            }
            connection.closeSilently();
        };
    }
}
