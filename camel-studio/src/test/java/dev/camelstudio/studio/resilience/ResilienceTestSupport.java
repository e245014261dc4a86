package dev.camelstudio.studio.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import dev.camelstudio.simulator.SimulatorFaults;
import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.studio.StudioConsumer;
import dev.camelstudio.studio.support.LogCapture;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every fault test shares: a fresh simulator per test with short heartbeats, routes that consume over TLS with
 * short reconnect and watchdog timings and end in {@link Received}, an error collector behind
 * {@code onException}, and the check that each account's route got exactly 1..last of the simulator's ledger.
 * Every test also proves that no token or secret reached the logs.
 */
abstract class ResilienceTestSupport extends StudioCamelTestSupport {

    static final String ACCOUNT = "100000";
    static final String OTHER_ACCOUNT = "100001";
    static final String CLIENT = "resilience-client";
    static final String SECRET = "resilience-s3cret&more";
    static final String ROUTE = "studio";
    static final Duration HEARTBEAT_INTERVAL = Duration.ofMillis(150);
    /** Short timings: four heartbeats of silence make a connection dead; reconnects start after 50 ms. */
    static final List<String> FAST = List.of("reconnectInitialDelay=50", "reconnectMaxDelay=500",
            "heartbeatTimeout=600");
    /** Long enough for anything that should happen, on a slow machine. */
    static final Duration PATIENCE = Duration.ofSeconds(20);
    /** How long "nothing more happens" is watched for. */
    static final Duration QUIET = Duration.ofMillis(300);

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(this::configureSimulator);

    final Received received = new Received();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    @RegisterExtension
    final LogCapture logs = LogCapture.eachTest();

    /** The simulator of the test: two accounts, one client for both, heartbeats every 150 ms. */
    StudioSimulator.Builder configureSimulator(StudioSimulator.Builder builder) {
        return builder.tls(tls())
                .account(ACCOUNT, "ACC0001")
                .account(OTHER_ACCOUNT, "ACC0002")
                .client(CLIENT, SECRET, ACCOUNT, OTHER_ACCOUNT)
                .heartbeatInterval(HEARTBEAT_INTERVAL);
    }

    @AfterEach
    void noTokenOrSecretWasLogged() {
        assertThat(logs.text()).doesNotContain(SECRET).doesNotContain("eyJ");
    }

    StudioSimulator studio() {
        return simulator.simulator();
    }

    SimulatorFaults faults() {
        return studio().faults();
    }

    /** The endpoint URI for an account: {@link #FAST} timings, overridden and extended by {@code options}. */
    String uri(String accountId, String... options) {
        // endpointUri lets a later option of the same name replace an earlier one.
        return studio().endpointUri(accountId, Stream.concat(FAST.stream(), Stream.of(options)).toArray(String[]::new));
    }

    /** Adds and starts a route consuming the account into {@link #received}; errors go to {@link #errors}. */
    void consume(String routeId, String accountId, String... options) throws Exception {
        context.addRoutes(routes(routeId, accountId, options));
    }

    RouteBuilder routes(String routeId, String accountId, String... options) {
        String uri = uri(accountId, options);
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true)
                        .process(exchange -> errors.add(exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                                Throwable.class)));
                from(uri).routeId(routeId).process(received);
            }
        };
    }

    StudioConsumer consumer(String routeId) {
        return (StudioConsumer) context.getRoute(routeId).getConsumer();
    }

    long publish(String accountId, int count) {
        return studio().publishActivity(accountId, count);
    }

    long lastPublished(String accountId) {
        return studio().ledger(accountId).lastSequence();
    }

    long counter(Counter counter) {
        return studio().recorder().counters().get(counter);
    }

    void awaitLive(String routeId) {
        await("route " + routeId + " live").atMost(PATIENCE).pollInterval(Duration.ofMillis(10))
                .until(() -> "LIVE".equals(consumer(routeId).getConnectionState()));
    }

    /** Waits until the consumer has opened a connection after {@code connectionsBefore} and is live on it. */
    void awaitLiveAgain(String routeId, long connectionsBefore) {
        StudioConsumer consumer = consumer(routeId);
        await("route " + routeId + " live on a new connection").atMost(PATIENCE).pollInterval(Duration.ofMillis(10))
                .until(() -> consumer.getConnections() > connectionsBefore
                        && "LIVE".equals(consumer.getConnectionState()));
    }

    /** Waits until the simulator has seen more than {@code before} connections. */
    void awaitConnectionsOpened(long before) {
        await("a connection after " + before).atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                .until(() -> counter(Counter.CONNECTIONS_OPENED) > before);
    }

    /** Waits until the account's route has received its last published sequence and then nothing more for a while. */
    void awaitQuiescent(String accountId) {
        long last = lastPublished(accountId);
        await("account " + accountId + " received up to " + last).atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> received.last(accountId) >= last);
        int count = received.count(accountId);
        await("no more messages for account " + accountId).during(QUIET).atMost(QUIET.plus(PATIENCE))
                .until(() -> received.count(accountId) == count);
    }

    /** The check of every fault test: the route received exactly 1..last of the account, each once, in order. */
    void assertExactlyOnceInOrder(String accountId) {
        awaitQuiescent(accountId);
        SequenceCheck.assertOneToLast(accountId, received.sequences(accountId), lastPublished(accountId));
    }

    /** The errors that reached onException of the given type. */
    <T extends Throwable> List<T> errorsOf(Class<T> type) {
        return errors.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
