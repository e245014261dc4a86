package dev.camelstudio.studio;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;

import dev.camelstudio.studio.protocol.FrameDecoder;
import dev.camelstudio.studio.session.ReconnectBackoff;
import dev.camelstudio.studio.session.SessionSettings;
import dev.camelstudio.studio.session.StudioSession;
import dev.camelstudio.studio.transport.JdkTransport;
import dev.camelstudio.studio.transport.Transport;
import dev.camelstudio.studio.transport.TyrusTransport;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExecutorServiceManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's sessions: consumers whose endpoints reach the same server with the same credentials, TLS and
 * timings share one session, so one WebSocket carries one subscription per account; a consumer can also ask for a
 * session of its own. A shared session lives while at least one consumer leases it. Its threads (one for the
 * session, one for connecting, the WebSocket client's few) do not grow with the number of accounts.
 */
final class StudioSessionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(StudioSessionRegistry.class);
    /** How long stopping waits: for a session's close, and for a route to finish what its buffer held in flight. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final CamelContext camelContext;
    private final AtomicLong ids = new AtomicLong();
    // Guarded by this: the shared sessions and how many consumers lease each.
    private final Map<Object, Entry> shared = new HashMap<>();

    StudioSessionRegistry(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** A session and the threads and transport it owns. */
    private final class Entry {
        final Object key;
        final StudioSession session;
        final ScheduledExecutorService executor;
        final ExecutorService connector;
        final Transport transport;
        int leases;

        Entry(Object key, StudioEndpoint endpoint) throws Exception {
            this.key = key;
            StudioConfiguration config = endpoint.getConfiguration();
            SSLContext sslContext = endpoint.createSslContext();
            ExecutorServiceManager executors = camelContext.getExecutorServiceManager();
            String name = "Studio[session-" + ids.incrementAndGet() + "]";
            executor = executors.newSingleThreadScheduledExecutor(this, name);
            connector = executors.newSingleThreadExecutor(this, name + "-connect");
            // The token endpoint may be https:// even when the WebSocket is a plain ws:// one on this machine.
            boolean tls = "wss".equalsIgnoreCase(endpoint.serverUri().getScheme());
            Duration connectTimeout = Duration.ofMillis(config.getConnectTimeout());
            if (config.getTransport() == StudioTransport.JDK) {
                // The JDK client's threads, which its transport shuts down when it no longer needs them.
                ExecutorService transportExecutor = executors.newCachedThreadPool(this, name + "-websocket");
                transport = new JdkTransport(tls ? sslContext : null, connectTimeout, config.getMaxFrameSize(),
                        transportExecutor, () -> executors.shutdownNow(transportExecutor));
            } else {
                transport = new TyrusTransport(tls ? sslContext : null, connectTimeout, config.getMaxFrameSize());
            }
            session = new StudioSession(settings(endpoint), endpoint.createTokenProvider(sslContext), transport,
                    executor, connector,
                    new ReconnectBackoff(Duration.ofMillis(config.getReconnectInitialDelay()),
                            Duration.ofMillis(config.getReconnectMaxDelay()),
                            () -> ThreadLocalRandom.current().nextDouble()),
                    Clock.systemUTC());
        }

        void close() throws InterruptedException {
            if (!session.stop(STOP_TIMEOUT)) {
                LOG.warn("A Studio session did not close within {} ms; stopping anyway", STOP_TIMEOUT.toMillis());
            }
            transport.close();
            ExecutorServiceManager executors = camelContext.getExecutorServiceManager();
            executors.shutdownNow(executor);
            // Not shutdownNow: Tyrus leaves the socket of an interrupted handshake open (and its threads running).
            // A connect in flight ends by itself within connectTimeout and closes what it opened, as the
            // connection is closed by now.
            executors.shutdown(connector);
        }
    }

    /** A consumer's hold on a session; released when the consumer stops or moves. */
    final class Lease {
        private final Entry entry;

        private Lease(Entry entry) {
            this.entry = entry;
        }

        StudioSession session() {
            return entry.session;
        }

        void release() throws InterruptedException {
            if (StudioSessionRegistry.this.released(entry)) {
                entry.close();
            }
        }

        /**
         * Releases without waiting for the session to close, for a consumer that moves off it on the session's own
         * thread (which a close waits for): the last lease's close then runs on the session's connector thread.
         */
        void releaseLater() {
            if (StudioSessionRegistry.this.released(entry)) {
                entry.connector.execute(() -> {
                    try {
                        entry.close();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        }
    }

    /**
     * Leases the endpoint's session: the shared one for its settings, started if new, or a new one of its own.
     */
    Lease lease(StudioEndpoint endpoint, boolean ownConnection) throws Exception {
        Object key = ownConnection ? new Object() : sharingKey(endpoint);
        synchronized (this) {
            Entry existing = shared.get(key);
            if (existing != null) {
                existing.leases++;
                return new Lease(existing);
            }
        }
        // Building a session (TLS context, executors, a Tyrus client) is slow: not under the lock every lease takes.
        Entry built = new Entry(key, endpoint);
        Entry entry;
        synchronized (this) {
            Entry raced = shared.putIfAbsent(key, built);
            entry = raced != null ? raced : built;
            entry.leases++;
        }
        if (entry == built) {
            built.session.start();
        } else {
            // Another consumer of the same settings built one meanwhile: it is shared, this one never started.
            built.close();
        }
        return new Lease(entry);
    }

    /** One lease fewer; true if it was the last, and the session is to be closed. */
    private synchronized boolean released(Entry entry) {
        if (--entry.leases > 0) {
            return false;
        }
        shared.remove(entry.key, entry);
        return true;
    }

    private static SessionSettings settings(StudioEndpoint endpoint) {
        StudioConfiguration config = endpoint.getConfiguration();
        return new SessionSettings(endpoint.serverUri(), Duration.ofMillis(config.getSubscribeTimeout()),
                Duration.ofMillis(config.getHeartbeatTimeout()), config.getMaxReconnectAttempts(),
                Duration.ofMillis(config.getTokenRotationMargin()),
                // Routes that want maps get them from the pass that reads the headers; the others pay nothing for it.
                config.getBodyType() == StudioBodyType.MAP ? FrameDecoder.buildingMaps() : new FrameDecoder());
    }

    /**
     * What two endpoints must have in common to share a connection: the server, the credentials (secrets as digests,
     * so that the key shows none), the TLS settings, every option that shapes the connection, and whether its routes
     * want map bodies (which its decoder then builds in the pass that reads the headers).
     */
    private record SharingKey(URI server, Object credentials, Object tls, long connectTimeout, long subscribeTimeout,
            long heartbeatTimeout, int maxFrameSize, StudioTransport transport, long reconnectInitialDelay,
            long reconnectMaxDelay, int maxReconnectAttempts, long tokenRotationMargin, boolean mapBodies) {
    }

    /** Client credentials or a fixed token, by value; secrets as digests. */
    private record Credentials(String clientId, String secretDigest, String tokenUrl, String audience,
            long refreshMargin, String accessTokenDigest) {
    }

    private static SharingKey sharingKey(StudioEndpoint endpoint) {
        StudioConfiguration c = endpoint.getConfiguration();
        Object credentials = c.getTokenProvider() != null
                ? c.getTokenProvider()
                : new Credentials(c.getClientId(), digest(c.getClientSecret()), c.getTokenUrl(), c.getAudience(),
                        c.getTokenRefreshMargin(), digest(c.getAccessToken()));
        Object tls = c.getSslContextParameters() == null ? "default-tls" : c.getSslContextParameters();
        return new SharingKey(endpoint.serverUri(), credentials, tls, c.getConnectTimeout(), c.getSubscribeTimeout(),
                c.getHeartbeatTimeout(), c.getMaxFrameSize(), c.getTransport(), c.getReconnectInitialDelay(),
                c.getReconnectMaxDelay(),
                c.getMaxReconnectAttempts(), c.getTokenRotationMargin(), c.getBodyType() == StudioBodyType.MAP);
    }

    private static String digest(String secret) {
        if (secret == null) {
            return "none";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** How many sessions are open, shared or not. */
    synchronized int size() {
        return shared.size();
    }

    /** Closes every session still open (the component stops). */
    void closeAll() throws InterruptedException {
        List<Entry> open;
        synchronized (this) {
            open = List.copyOf(shared.values());
            shared.clear();
        }
        for (Entry entry : open) {
            entry.close();
        }
    }
}
