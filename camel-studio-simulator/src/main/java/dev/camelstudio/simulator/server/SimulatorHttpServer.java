package dev.camelstudio.simulator.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;

import dev.camelstudio.simulator.session.ConnectionRegistry;
import dev.camelstudio.simulator.session.SessionContext;
import dev.camelstudio.simulator.session.StudioWebSocketEndpoint;

import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.ssl.SSLBaseFilter;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.tyrus.container.grizzly.server.GrizzlyServerFilter;

/**
 * The simulator's one listening port: Grizzly's HTTP server (with TLS unless plain was asked for) serving the Studio
 * WebSocket at {@code /studio/v2/ws} through Tyrus, and the token endpoint at {@code /oauth/token}.
 * It can be stopped and started again on the same port (the "down" and "restart" faults).
 */
public final class SimulatorHttpServer implements AutoCloseable {

    /** The WebSocket path of the Studio API (docs/protocol.md §1). */
    public static final String WEBSOCKET_PATH = "/studio/v2/ws";
    /** How long a start on a known port waits for it to be free: Grizzly closes a stopped listener in the background. */
    private static final Duration REBIND_PATIENCE = Duration.ofSeconds(5);
    private static final Duration REBIND_INTERVAL = Duration.ofMillis(50);

    private final String host;
    private final boolean tls;
    private final WebSocketContainer container = new WebSocketContainer();
    private final ConnectionTagFilter tagFilter = new ConnectionTagFilter();
    private final HandshakeConfigurator handshakes;
    private final TokenEndpoint tokenEndpoint;
    // Guarded by this: the running server and the port it got.
    private HttpServer server;
    private int port;

    /**
     * A server ready to {@link #start()}; it does not listen yet.
     *
     * @param host        the address to listen on
     * @param port        the port to listen on; 0 picks a free one at the first start
     * @param tls         true for TLS ({@code wss://}, {@code https://}), false for plain
     * @param context     what every WebSocket connection shares
     * @param registry    the open connections, kept up to date by the WebSocket endpoint
     * @param audience    the audience the token endpoint accepts
     * @param tokenFaults the token endpoint's faults
     * @throws IllegalStateException if Tyrus refuses to deploy the WebSocket endpoint
     */
    public SimulatorHttpServer(String host, int port, boolean tls, SessionContext context, ConnectionRegistry registry,
            String audience, TokenEndpointFaults tokenFaults) {
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.handshakes = new HandshakeConfigurator(
                () -> new StudioWebSocketEndpoint(context, registry, tagFilter::abortAction));
        this.tokenEndpoint = new TokenEndpoint(context.tokens(), audience, tokenFaults,
                context.recorder().counters(), context.scheduler());
        try {
            container.register(ServerEndpointConfig.Builder.create(StudioWebSocketEndpoint.class, WEBSOCKET_PATH)
                    .configurator(handshakes).build());
        } catch (DeploymentException e) {
            throw new IllegalStateException("Cannot deploy the simulator's WebSocket endpoint: " + e.getMessage(), e);
        }
    }

    /**
     * Starts listening; on the port given at construction, or on the port of the previous start. A restart right
     * after {@link #stop()} may find the port still held by the listener being closed: it tries again for up to
     * {@link #REBIND_PATIENCE}.
     */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        long deadline = System.nanoTime() + REBIND_PATIENCE.toNanos();
        while (true) {
            HttpServer http = new HttpServer();
            NetworkListener listener = listener();
            http.addListener(listener);
            http.getServerConfiguration().addHttpHandler(tokenEndpoint, TokenEndpoint.PATH);
            try {
                http.start();
                server = http;
                port = listener.getPort();
                return;
            } catch (BindException e) {
                http.shutdownNow();
                if (port == 0 || System.nanoTime() > deadline) {
                    throw cannotStart(e);
                }
                LockSupport.parkNanos(REBIND_INTERVAL.toNanos());
            } catch (IOException e) {
                throw cannotStart(e);
            }
        }
    }

    private NetworkListener listener() {
        NetworkListener listener = new NetworkListener("studio-simulator", host, port);
        if (tls) {
            listener.setSecure(true);
            listener.setSSLEngineConfig(new SSLEngineConfigurator(TlsMaterial.serverContext(), false, false, false));
        }
        // WebSocket connections live for hours; Grizzly's HTTP keep-alive timer must not close them.
        listener.getKeepAlive().setIdleTimeoutInSeconds(-1);
        listener.registerAddOn((networkListener, builder) -> {
            if (tls) {
                builder.set(builder.indexOfType(SSLBaseFilter.class),
                        new ReusingOutputTlsFilter(networkListener.getSslEngineConfig()));
            }
            addWebSocketFilters(builder);
        });
        return listener;
    }

    private UncheckedIOException cannotStart(IOException e) {
        return new UncheckedIOException("Cannot start the simulator on " + host + ":" + port + ": " + e.getMessage(),
                e);
    }

    private void addWebSocketFilters(FilterChainBuilder builder) {
        int httpServerFilter = builder.indexOfType(HttpServerFilter.class);
        builder.add(httpServerFilter, new GrizzlyServerFilter(container, ""));
        builder.add(httpServerFilter, tagFilter);
        // First after the HTTP codec: an h2c upgrade must be declined before the codec decides how to read the body.
        builder.add(httpServerFilter, new DeclineH2cUpgradeFilter());
    }

    /** Stops listening and cuts every open connection; {@link #start()} listens again on the same port. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /**
     * The port: after a start, the one listened on (kept for the next start); before, the one given.
     *
     * @return the port
     */
    public synchronized int port() {
        return port;
    }

    /**
     * Whether the server speaks TLS.
     *
     * @return true for TLS, false for plain HTTP and WebSocket
     */
    public boolean isTls() {
        return tls;
    }

    /**
     * Fault: hold every WebSocket upgrade this long before answering it.
     *
     * @param delay how long to hold each upgrade; {@link Duration#ZERO} for none
     */
    public void handshakeDelay(Duration delay) {
        handshakes.handshakeDelay(delay);
    }

    @Override
    public void close() {
        stop();
        container.stop();
    }
}
