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
     *
     * @return a new builder holding the demo accounts and client, to configure further or start
     */
    public static Builder demoBuilder() {
        return builder()
                .account(StudioSimulatorMain.DEMO_ACCOUNTS[0], "ACC0001")
                .account(StudioSimulatorMain.DEMO_ACCOUNTS[1], "ACC0002")
                .client(StudioSimulatorMain.DEMO_CLIENT_ID, StudioSimulatorMain.DEMO_CLIENT_SECRET,
                        StudioSimulatorMain.DEMO_ACCOUNTS);
    }

    /**
     * A builder with no accounts and no clients, over TLS on a free port, with every timing as docs/protocol.md says.
     *
     * @return a new builder
     */
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

    /**
     * {@code wss://127.0.0.1:<port>/studio/v2/ws} (or {@code ws://} when built with {@code tls(false)}).
     *
     * @return the URL of the simulator's activity WebSocket
     */
    public URI webSocketUrl() {
        return URI.create(
                (server.isTls() ? "wss" : "ws") + "://" + HOST + ":" + port() + SimulatorHttpServer.WEBSOCKET_PATH);
    }

    /**
     * {@code https://127.0.0.1:<port>/oauth/token} (or {@code http://} when built with {@code tls(false)}).
     *
     * @return the URL of the simulator's token endpoint
     */
    public URI tokenUrl() {
        return URI.create((server.isTls() ? "https" : "http") + "://" + HOST + ":" + port() + "/oauth/token");
    }

    /**
     * The port the simulator listens on (and listens on again after {@link SimulatorFaults#down() down}): the one
     * given to the builder, or the free one picked for 0.
     *
     * @return the listening port
     */
    public int port() {
        return server.port();
    }

    /**
     * Whether the simulator speaks TLS, as it does unless built with {@code tls(false)}.
     *
     * @return true for {@code wss://} and {@code https://}, false for plain {@code ws://} and {@code http://}
     */
    public boolean isTls() {
        return server.isTls();
    }

    /**
     * A client TLS context that trusts the simulator's certificate, for {@code wss://} and {@code https://}.
     *
     * @return a new TLS context that trusts the simulator's certificate and nothing else
     */
    public SSLContext sslContext() {
        return TlsMaterial.clientContext();
    }

    /**
     * The PKCS12 trust store that holds the simulator's certificate (password {@link TlsMaterial#STORE_PASSWORD}).
     *
     * @return the trust store, loaded afresh on each call
     */
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
     * @param accountId the account the endpoint consumes; not empty
     * @param options   further endpoint options, each {@code name=value} as in a URI
     * @return the endpoint URI
     * @throws IllegalArgumentException if no client is registered for the account and the options bring no credentials
     */
    public String endpointUri(String accountId, String... options) {
        return StudioEndpointUri.of(this, accountId, options);
    }

    /**
     * The studio component's options, as {@code camel.component.studio.*} properties, that point camel-studio at this
     * simulator with one of its clients: its {@code server-url} and {@code token-url}, the client's id and secret,
     * and over TLS {@code ssl-context-parameters=#studioSimulatorTls} (the bean that
     * {@code SimulatorTls.bindTo(registry)} binds). For a test of a production-shaped application, whose routes name
     * only their account and whose configuration gives the credentials: these properties override that
     * configuration.
     *
     * @param clientId a client registered with the simulator
     * @return a new map of the property names to their values, in the order listed above
     * @throws IllegalArgumentException if no such client is registered
     */
    public Map<String, String> componentProperties(String clientId) {
        RegisteredClient client = registeredClient(clientId);
        return componentProperties(client.clientId(), client.clientSecret());
    }

    /**
     * {@link #componentProperties(String)} of the demo client of {@link #demoBuilder()}, whether or not this
     * simulator has it: for a Camel Main or Spring Boot application that runs on the simulator by default.
     *
     * @return a new map of the property names to their values
     */
    public Map<String, String> demoComponentProperties() {
        return componentProperties(StudioSimulatorMain.DEMO_CLIENT_ID, StudioSimulatorMain.DEMO_CLIENT_SECRET);
    }

    private Map<String, String> componentProperties(String clientId, String clientSecret) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.component.studio.server-url", webSocketUrl().toString());
        properties.put("camel.component.studio.token-url", tokenUrl().toString());
        properties.put("camel.component.studio.client-id", clientId);
        properties.put("camel.component.studio.client-secret", clientSecret);
        if ("wss".equals(webSocketUrl().getScheme())) {
            properties.put("camel.component.studio.ssl-context-parameters", "#" + SimulatorTls.BEAN_NAME);
        }
        return properties;
    }

    // --- who may connect --------------------------------------------------------------------------------------

    /**
     * The accounts the simulator was built with.
     *
     * @return an unmodifiable map of the accounts by account id
     */
    public Map<String, Account> accounts() {
        return accounts;
    }

    /**
     * Registers another OAuth2 client while running.
     *
     * @param clientId     the client id; registering an id again replaces that client
     * @param clientSecret the client secret
     * @param accountIds   the accounts its tokens may subscribe to
     */
    public void registerClient(String clientId, String clientSecret, String... accountIds) {
        tokens.register(new RegisteredClient(clientId, clientSecret, Set.of(accountIds)));
    }

    /** The first client registered (by the builder or {@link #registerClient}) whose tokens may see the account. */
    Optional<RegisteredClient> firstClientFor(String accountId) {
        return tokens.clients().stream().filter(client -> client.accounts().contains(accountId)).findFirst();
    }

    /**
     * Issues a token for a registered client without going through HTTP, e.g. for a fixed-token test.
     *
     * @param clientId the id of a registered client
     * @return the access token, valid for the current token lifetime
     * @throws IllegalArgumentException if no client is registered with that id
     */
    public String issueToken(String clientId) {
        return TokenRegistry.tokenOf(tokens.issue(registeredClient(clientId)));
    }

    private RegisteredClient registeredClient(String clientId) {
        return tokens.clients().stream().filter(client -> client.clientId().equals(clientId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No client '" + clientId + "' is registered with "
                        + "the simulator: add it with the builder's client(...) or registerClient(...)"));
    }

    /**
     * Registers a fixed token for these accounts, valid for {@code lifetime} from now.
     *
     * @param token      the token text a client will present
     * @param lifetime   how long from now the token is valid
     * @param accountIds the accounts the token may subscribe to
     */
    public void addFixedToken(String token, Duration lifetime, String... accountIds) {
        tokens.addFixedToken(token, Set.of(accountIds), lifetime);
    }

    /**
     * The lifetime of tokens issued from now on.
     *
     * @param lifetime the lifetime of each new token; tokens already issued keep their expiry
     */
    public void tokenLifetime(Duration lifetime) {
        tokens.tokenLifetime(lifetime);
    }

    // --- activity ---------------------------------------------------------------------------------------------

    /**
     * Publishes one sequenced event for an account: logged for replay and sent to its live subscribers.
     *
     * @param accountId the account; its ledger is created on first use, so it need not be one the simulator was built
     *                  with
     * @param event     the event to publish
     * @return the sequence given to the event
     */
    public long publish(String accountId, ActivityEvent event) {
        return ledgers.of(accountId).publish(event);
    }

    /**
     * Publishes {@code count} messages of realistic activity for an account (orders placed, filled, canceled,
     * replaced, rejected, and the trades, positions and buying power that follow), from the account's own seeded
     * order book, and returns the last sequence given.
     *
     * @param accountId an account the simulator was built with
     * @param count     how many messages to publish
     * @return the account's last sequence once they are published
     * @throws IllegalArgumentException if the simulator was not built with the account
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
     *
     * @param messagesPerSecondPerAccount messages per second for each account; 0 for as fast as possible. A generator
     *                                    already running is stopped first
     * @throws IllegalArgumentException if the rate is negative, infinite or not a number
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

    /** Stops the generator of {@link #startGenerator(double)}, if one runs; what it published stays in the ledgers. */
    public synchronized void stopGenerator() {
        if (generator != null) {
            generator.close();
            generator = null;
        }
    }

    /**
     * The account's ledger: its last sequence and replay size.
     *
     * @param accountId the account; its ledger is created on first use
     * @return the account's ledger
     */
    public AccountLedger ledger(String accountId) {
        return ledgers.of(accountId);
    }

    // --- what it saw and what can go wrong --------------------------------------------------------------------

    /**
     * What the simulator saw: connections, subscriptions, frames and counters.
     *
     * @return the simulator's recorder
     */
    public SimulatorRecorder recorder() {
        return recorder;
    }

    /**
     * Everything that can go wrong with Studio, on demand: dropped connections, bad frames, sequence gaps, token and
     * server trouble.
     *
     * @return the simulator's fault injection
     */
    public SimulatorFaults faults() {
        return faults;
    }

    /**
     * How many WebSocket connections are open now.
     *
     * @return the number of open WebSocket connections
     */
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

        /**
         * The port to listen on; 0 (the default) picks a free one.
         *
         * @param port the port, or 0 for a free one
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * TLS ({@code wss://}, {@code https://}, the default) or plain ({@code ws://}, {@code http://}).
         *
         * @param tls true for TLS, false for plain
         * @return this builder
         */
        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        /**
         * The clock for frame timestamps, token expiry and the trading day.
         *
         * @param clock the clock (default: the system clock in UTC)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Adds an account with a default buying power of 1,000,000.
         *
         * @param accountId     the account id clients subscribe with
         * @param accountNumber the account number its activity carries
         * @return this builder
         * @throws IllegalArgumentException if the id or number is blank, or the id longer than
         *                                  {@value Account#MAX_ID_LENGTH} characters
         */
        public Builder account(String accountId, String accountNumber) {
            return account(new Account(accountId, accountNumber, DEFAULT_BUYING_POWER));
        }

        /**
         * Adds an account, replacing one added before with the same account id.
         *
         * @param account the account, with the buying power its simulated trading starts from
         * @return this builder
         */
        public Builder account(Account account) {
            accounts.put(account.accountId(), account);
            return this;
        }

        /**
         * Registers an OAuth2 client whose tokens may subscribe to these accounts.
         *
         * @param clientId     the client id
         * @param clientSecret the client secret
         * @param accountIds   the accounts its tokens may subscribe to
         * @return this builder
         */
        public Builder client(String clientId, String clientSecret, String... accountIds) {
            clients.add(new RegisteredClient(clientId, clientSecret, Set.of(accountIds)));
            return this;
        }

        /**
         * Registers a fixed token for these accounts, valid for the (final) token lifetime from start.
         *
         * @param token      the token text a client will present
         * @param accountIds the accounts the token may subscribe to
         * @return this builder
         */
        public Builder fixedToken(String token, String... accountIds) {
            fixedTokens.add(new FixedToken(token, Set.of(accountIds)));
            return this;
        }

        /**
         * The audience the token endpoint expects (default {@code https://api.clearstreet.io}).
         *
         * @param audience the audience a token request may name, and the {@code aud} claim of issued tokens
         * @return this builder
         */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /**
         * The lifetime of issued tokens (default 24 h).
         *
         * @param tokenLifetime the lifetime of each issued token, and of the fixed tokens from start
         * @return this builder
         */
        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = tokenLifetime;
            return this;
        }

        /**
         * How long a connection may go without a successful subscribe (default 30 s).
         *
         * @param subscribeDeadline the deadline, counted from the connection's opening; positive
         * @return this builder
         */
        public Builder subscribeDeadline(Duration subscribeDeadline) {
            this.subscribeDeadline = subscribeDeadline;
            return this;
        }

        /**
         * How often heartbeats are sent once subscribed (default 10 s).
         *
         * @param heartbeatInterval the interval between heartbeats; positive
         * @return this builder
         */
        public Builder heartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = heartbeatInterval;
            return this;
        }

        /**
         * How many activity frames may queue for one slow connection before publishing waits (default 10,000).
         *
         * @param sendBudget the number of live activity frames a connection may have queued; at least 1
         * @return this builder
         */
        public Builder sendBudget(int sendBudget) {
            this.sendBudget = sendBudget;
            return this;
        }

        /**
         * How many frames of the day each account keeps for replay (default 100,000); Studio keeps the whole day, the
         * simulator drops the oldest beyond this so that long benchmark runs stay in memory.
         *
         * @param replayLogCapacity the number of frames kept for replay per account
         * @return this builder
         */
        public Builder replayLogCapacity(int replayLogCapacity) {
            this.replayLogCapacity = replayLogCapacity;
            return this;
        }

        /**
         * How many frames the recorder keeps (default 10,000; 0 records none, counters still count).
         *
         * @param frameRecordCapacity the number of frames kept, the oldest dropped first
         * @return this builder
         */
        public Builder frameRecordCapacity(int frameRecordCapacity) {
            this.frameRecordCapacity = frameRecordCapacity;
            return this;
        }

        /**
         * Builds the simulator and starts listening.
         *
         * @return the running simulator; close it to stop
         * @throws IllegalArgumentException if the subscribe deadline or heartbeat interval is not positive, or the send
         *                                  budget is below 1
         * @throws java.io.UncheckedIOException if the port cannot be listened on
         */
        public StudioSimulator start() {
            return new StudioSimulator(this).startServer();
        }
    }
}
