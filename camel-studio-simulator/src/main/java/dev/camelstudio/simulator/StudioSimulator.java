package dev.camelstudio.simulator;

import java.math.BigDecimal;
import java.net.URI;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import dev.camelstudio.simulator.activity.Account;
import dev.camelstudio.simulator.activity.AccountFeed;
import dev.camelstudio.simulator.activity.AccountLedger;
import dev.camelstudio.simulator.activity.ActivityEvent;
import dev.camelstudio.simulator.activity.ActivityGenerator;
import dev.camelstudio.simulator.activity.Ledgers;
import dev.camelstudio.simulator.activity.OrderBook;
import dev.camelstudio.simulator.auth.RegisteredClient;
import dev.camelstudio.simulator.auth.TokenRegistry;
import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.simulator.recording.SimulatorRecorder;
import dev.camelstudio.simulator.server.SimulatorHttpServer;
import dev.camelstudio.simulator.server.TlsMaterial;
import dev.camelstudio.simulator.server.TokenEndpointFaults;
import dev.camelstudio.simulator.session.ConnectionFaults;
import dev.camelstudio.simulator.session.ConnectionRegistry;
import dev.camelstudio.simulator.session.SessionContext;
import dev.camelstudio.simulator.session.SessionSettings;

/**
 * An embeddable, offline Clear Street Studio: the activity WebSocket ({@code /studio/v2/ws}) and the OAuth2
 * client-credentials token endpoint ({@code /oauth/token}) on one loopback port, over TLS by default, following
 * {@code docs/protocol.md}. Publish activity by hand or from the generator, inject faults with {@link #faults()}, and
 * read what it saw with {@link #recorder()}.
 *
 * <pre>{@code
 * try (StudioSimulator studio = StudioSimulator.builder()
 *         .account("100000", "ACC0001")
 *         .client("my-client", "my-secret", "100000")
 *         .start()) {
 *     URI ws = studio.webSocketUrl();       // wss://127.0.0.1:<port>/studio/v2/ws
 *     URI token = studio.tokenUrl();        // https://127.0.0.1:<port>/oauth/token
 *     SSLContext trust = studio.sslContext();
 *     String camelUri = studio.endpointUri("100000"); // studio:activity?accountId=100000&serverUrl=...
 * }
 * }</pre>
 */
public final class StudioSimulator implements AutoCloseable {

    /** The only address the simulator listens on: it is a test server, never reachable from elsewhere. */
    public static final String HOST = "127.0.0.1";

    private final Clock clock;
    private final Map<String, Account> accounts;
    private final TokenRegistry tokens;
    private final Ledgers ledgers;
    private final SimulatorRecorder recorder;
    private final ConnectionRegistry connections = new ConnectionRegistry();
    private final ScheduledExecutorService scheduler;
    private final SimulatorHttpServer server;
    private final SimulatorFaults faults;
    private final Map<String, AccountFeed> feeds = new ConcurrentHashMap<>();
    // Guarded by this: the running generator, if any.
    private ActivityGenerator generator;

    private StudioSimulator(Builder builder) {
        this.clock = builder.clock;
        this.accounts = Map.copyOf(builder.accounts);
        this.recorder = new SimulatorRecorder(clock, builder.frameRecordCapacity, builder.recordCapacity);
        this.tokens = new TokenRegistry(clock, builder.tokenLifetime, builder.audience);
        builder.clients.forEach(tokens::register);
        // The builder's final token lifetime, whether tokenLifetime(..) was called before or after fixedToken(..).
        builder.fixedTokens
                .forEach(fixed -> tokens.addFixedToken(fixed.token(), fixed.accounts(), builder.tokenLifetime));
        this.ledgers = new Ledgers(clock, builder.replayLogCapacity, recorder.counters());
        this.scheduler = Executors.newScheduledThreadPool(1, daemonThreads("studio-simulator-timer"));
        ConnectionFaults connectionFaults = new ConnectionFaults();
        TokenEndpointFaults tokenFaults = new TokenEndpointFaults();
        SessionContext context = new SessionContext(clock,
                new SessionSettings(builder.subscribeDeadline, builder.heartbeatInterval, builder.sendBudget),
                tokens, ledgers, recorder, scheduler, connectionFaults);
        this.server = new SimulatorHttpServer(HOST, builder.port, builder.tls, context, connections, builder.audience,
                tokenFaults);
        this.faults = new SimulatorFaults(clock, connections, connectionFaults, ledgers, tokens, server, tokenFaults,
                scheduler);
    }

    /**
     * A builder with the demo accounts ({@link StudioSimulatorMain#DEMO_ACCOUNTS}) and the demo client that may read
     * both ({@link StudioSimulatorMain#DEMO_CLIENT_ID}), as the standalone simulator and the examples run it.
     */
    public static Builder demoBuilder() {
        return builder()
                .account(StudioSimulatorMain.DEMO_ACCOUNTS[0], "ACC0001")
                .account(StudioSimulatorMain.DEMO_ACCOUNTS[1], "ACC0002")
                .client(StudioSimulatorMain.DEMO_CLIENT_ID, StudioSimulatorMain.DEMO_CLIENT_SECRET,
                        StudioSimulatorMain.DEMO_ACCOUNTS);
    }

    public static Builder builder() {
        return new Builder();
    }

    private StudioSimulator startServer() {
        try {
            server.start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    // --- where it is ------------------------------------------------------------------------------------------

    /** {@code wss://127.0.0.1:<port>/studio/v2/ws} (or {@code ws://} when built with {@code tls(false)}). */
    public URI webSocketUrl() {
        return URI.create(
                (server.isTls() ? "wss" : "ws") + "://" + HOST + ":" + port() + SimulatorHttpServer.WEBSOCKET_PATH);
    }

    /** {@code https://127.0.0.1:<port>/oauth/token} (or {@code http://} when built with {@code tls(false)}). */
    public URI tokenUrl() {
        return URI.create((server.isTls() ? "https" : "http") + "://" + HOST + ":" + port() + "/oauth/token");
    }

    public int port() {
        return server.port();
    }

    public boolean isTls() {
        return server.isTls();
    }

    /** A client TLS context that trusts the simulator's certificate, for {@code wss://} and {@code https://}. */
    public SSLContext sslContext() {
        return TlsMaterial.clientContext();
    }

    /** The PKCS12 trust store that holds the simulator's certificate (password {@link TlsMaterial#STORE_PASSWORD}). */
    public KeyStore trustStore() {
        return TlsMaterial.trustStore();
    }

    /**
     * A ready {@code studio:activity} endpoint URI for camel-studio that consumes the account from this simulator:
     * its {@code serverUrl} and {@code tokenUrl}, the id and secret ({@code RAW(..)}) of the first client registered
     * for the account, and over TLS {@code sslContextParameters=#studioSimulatorTls}, the bean that
     * {@code dev.camelstudio.simulator.camel.SimulatorTls.bindTo(registry)} binds (omitted with {@code tls(false)}).
     * <p>
     * {@code options} ({@code name=value}, as in a URI, e.g. {@code bodyType=map}) are appended; one named like an
     * option above replaces it (e.g. {@code clientSecret=RAW(wrong)}). With {@code clientId}, {@code accessToken} or
     * {@code tokenProvider} among them, no client of the simulator is added.
     *
     * <pre>{@code
     * from(studio.endpointUri("100000")).to("mock:activity");
     * from(studio.endpointUri("100000", "bodyType=message", "startFrom=live")).to("mock:orders");
     * }</pre>
     *
     * @throws IllegalArgumentException if no client is registered for the account and the options bring no credentials
     */
    public String endpointUri(String accountId, String... options) {
        return StudioEndpointUri.of(this, accountId, options);
    }

    /**
     * The studio component's options, as {@code camel.component.studio.*} properties, that point camel-studio at this
     * simulator with the demo client of {@link #demoBuilder()}: its {@code server-url} and {@code token-url}, the
     * demo client id and secret, and over TLS {@code ssl-context-parameters=#studioSimulatorTls} (the bean that
     * {@code SimulatorTls.bindTo(registry)} binds). For a Camel Main or Spring Boot application that runs on the
     * simulator by default.
     */
    public Map<String, String> demoComponentProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.component.studio.server-url", webSocketUrl().toString());
        properties.put("camel.component.studio.token-url", tokenUrl().toString());
        properties.put("camel.component.studio.client-id", StudioSimulatorMain.DEMO_CLIENT_ID);
        properties.put("camel.component.studio.client-secret", StudioSimulatorMain.DEMO_CLIENT_SECRET);
        if ("wss".equals(webSocketUrl().getScheme())) {
            properties.put("camel.component.studio.ssl-context-parameters", "#" + SimulatorTls.BEAN_NAME);
        }
        return properties;
    }

    // --- who may connect --------------------------------------------------------------------------------------

    public Map<String, Account> accounts() {
        return accounts;
    }

    /** Registers another OAuth2 client while running. */
    public void registerClient(String clientId, String clientSecret, String... accountIds) {
        tokens.register(new RegisteredClient(clientId, clientSecret, Set.of(accountIds)));
    }

    /** The first client registered (by the builder or {@link #registerClient}) whose tokens may see the account. */
    Optional<RegisteredClient> firstClientFor(String accountId) {
        return tokens.clients().stream().filter(client -> client.accounts().contains(accountId)).findFirst();
    }

    /** Issues a token for a registered client without going through HTTP, e.g. for a fixed-token test. */
    public String issueToken(String clientId) {
        RegisteredClient client = tokens.clients().stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No client registered with id " + clientId));
        return TokenRegistry.tokenOf(tokens.issue(client));
    }

    /** Registers a fixed token for these accounts, valid for {@code lifetime} from now. */
    public void addFixedToken(String token, Duration lifetime, String... accountIds) {
        tokens.addFixedToken(token, Set.of(accountIds), lifetime);
    }

    /** The lifetime of tokens issued from now on. */
    public void tokenLifetime(Duration lifetime) {
        tokens.tokenLifetime(lifetime);
    }

    // --- activity ---------------------------------------------------------------------------------------------

    /** Publishes one sequenced event for an account: logged for replay and sent to its live subscribers. */
    public long publish(String accountId, ActivityEvent event) {
        return ledgers.of(accountId).publish(event);
    }

    /**
     * Publishes {@code count} messages of realistic activity for an account (orders placed, filled, canceled,
     * replaced, rejected, and the trades, positions and buying power that follow), from the account's own seeded
     * order book, and returns the last sequence given.
     */
    public long publishActivity(String accountId, int count) {
        AccountFeed feed = feed(accountId);
        // A feed is driven by one thread at a time; it keeps a step's leftover events for the next call.
        synchronized (feed) {
            feed.publishUpTo(count);
        }
        return ledgers.of(accountId).lastSequence();
    }

    private AccountFeed feed(String accountId) {
        Account account = accounts.get(accountId);
        if (account == null) {
            throw new IllegalArgumentException("No account " + accountId + " in this simulator; add it with "
                    + "StudioSimulator.builder().account(...)");
        }
        return feeds.computeIfAbsent(accountId, id -> new AccountFeed(
                new OrderBook(account, new SplittableRandom(id.hashCode()), clock), ledgers, Long.MAX_VALUE));
    }

    /**
     * Starts generating activity for every account at a fixed rate (messages per second per account; 0 = as fast as
     * possible) on one background thread, until {@link #stopGenerator()} or {@link #close()}.
     */
    public synchronized void startGenerator(double messagesPerSecondPerAccount) {
        stopGenerator();
        generator = ActivityGenerator.builder(ledgers)
                .accounts(accounts.values())
                .messagesPerSecondPerAccount(messagesPerSecondPerAccount)
                .clock(clock)
                .build();
        generator.start();
    }

    public synchronized void stopGenerator() {
        if (generator != null) {
            generator.close();
            generator = null;
        }
    }

    /** The account's ledger: its last sequence and replay size. */
    public AccountLedger ledger(String accountId) {
        return ledgers.of(accountId);
    }

    // --- what it saw and what can go wrong --------------------------------------------------------------------

    public SimulatorRecorder recorder() {
        return recorder;
    }

    public SimulatorFaults faults() {
        return faults;
    }

    /** How many WebSocket connections are open now. */
    public int openConnections() {
        return connections.size();
    }

    @Override
    public void close() {
        stopGenerator();
        server.close();
        scheduler.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record FixedToken(String token, Set<String> accounts) {
    }

    /** Configures and starts a {@link StudioSimulator}; every timing defaults to what docs/protocol.md says. */
    public static final class Builder {

        private static final BigDecimal DEFAULT_BUYING_POWER = new BigDecimal("1000000.00");

        private Clock clock = Clock.systemUTC();
        private int port;
        private boolean tls = true;
        private final Map<String, Account> accounts = new LinkedHashMap<>();
        private final List<RegisteredClient> clients = new ArrayList<>();
        private final List<FixedToken> fixedTokens = new ArrayList<>();
        private String audience = "https://api.clearstreet.io";
        private Duration tokenLifetime = Duration.ofHours(24);
        private Duration subscribeDeadline = Duration.ofSeconds(30);
        private Duration heartbeatInterval = Duration.ofSeconds(10);
        private int sendBudget = 10_000;
        private int replayLogCapacity = 100_000;
        private int frameRecordCapacity = 10_000;
        private int recordCapacity = 1_000;

        private Builder() {
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** TLS ({@code wss://}, {@code https://}, the default) or plain ({@code ws://}, {@code http://}). */
        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        /** The clock for frame timestamps, token expiry and the trading day. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Adds an account with a default buying power of 1,000,000. */
        public Builder account(String accountId, String accountNumber) {
            return account(new Account(accountId, accountNumber, DEFAULT_BUYING_POWER));
        }

        public Builder account(Account account) {
            accounts.put(account.accountId(), account);
            return this;
        }

        /** Registers an OAuth2 client whose tokens may subscribe to these accounts. */
        public Builder client(String clientId, String clientSecret, String... accountIds) {
            clients.add(new RegisteredClient(clientId, clientSecret, Set.of(accountIds)));
            return this;
        }

        /** Registers a fixed token for these accounts, valid for the (final) token lifetime from start. */
        public Builder fixedToken(String token, String... accountIds) {
            fixedTokens.add(new FixedToken(token, Set.of(accountIds)));
            return this;
        }

        /** The audience the token endpoint expects (default {@code https://api.clearstreet.io}). */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** The lifetime of issued tokens (default 24 h). */
        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = tokenLifetime;
            return this;
        }

        /** How long a connection may go without a successful subscribe (default 30 s). */
        public Builder subscribeDeadline(Duration subscribeDeadline) {
            this.subscribeDeadline = subscribeDeadline;
            return this;
        }

        /** How often heartbeats are sent once subscribed (default 10 s). */
        public Builder heartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = heartbeatInterval;
            return this;
        }

        /** How many activity frames may queue for one slow connection before publishing waits (default 10,000). */
        public Builder sendBudget(int sendBudget) {
            this.sendBudget = sendBudget;
            return this;
        }

        /**
         * How many frames of the day each account keeps for replay (default 100,000); Studio keeps the whole day, the
         * simulator drops the oldest beyond this so that long benchmark runs stay in memory.
         */
        public Builder replayLogCapacity(int replayLogCapacity) {
            this.replayLogCapacity = replayLogCapacity;
            return this;
        }

        /** How many frames the recorder keeps (default 10,000; 0 records none, counters still count). */
        public Builder frameRecordCapacity(int frameRecordCapacity) {
            this.frameRecordCapacity = frameRecordCapacity;
            return this;
        }

        /** Builds the simulator and starts listening. */
        public StudioSimulator start() {
            return new StudioSimulator(this).startServer();
        }
    }
}
