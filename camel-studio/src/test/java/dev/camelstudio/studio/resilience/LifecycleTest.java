package dev.camelstudio.studio.resilience;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.studio.connection.StudioConnectionException;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer's own lifecycle around faults: stopping a route while it waits to reconnect ends every attempt and
 * thread; a sequence state repository carries the position across a route restart and an application restart;
 * startFrom=live skips what came before; suspending closes the connection and resuming goes on where it stopped.
 */
class LifecycleTest extends ResilienceTestSupport {

    private static final String POSITIONS = "positions";

    @TempDir
    Path stateDirectory;

    /** As users declare it: a bean nobody started; the component starts it, so that it loads its file. */
    private FileStateRepository positions;

    @BeforeEach
    void positionsOnFile() {
        positions = FileStateRepository.fileStateRepository(stateDirectory.resolve("positions.dat").toFile());
    }

    private void bindPositions(CamelContext camel) {
        camel.getRegistry().bind(POSITIONS, positions);
    }

    @Test
    void stoppingTheRouteWhileAReconnectIsPendingEndsEveryAttemptAndThread() throws Exception {
        // The simulator runs in this JVM too: only threads that appear with the route count.
        Set<Thread> before = liveThreads();
        consume(ROUTE, ACCOUNT, "reconnectInitialDelay=300", "reconnectMaxDelay=300");
        publish(ACCOUNT, 10);
        awaitLive(ROUTE);
        faults().down();
        // At least one attempt failed against the closed port, and the next one is scheduled.
        long connections = consumer(ROUTE).getConnections();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                .until(() -> consumer(ROUTE).getConnections() > connections
                        && "BACKOFF".equals(consumer(ROUTE).getConnectionState()));
        context.getRouteController().stopRoute(ROUTE);
        assertThat(context.getRouteController().getRouteStatus(ROUTE)).isEqualTo(ServiceStatus.Stopped);

        // The server is back: any attempt left behind would now succeed, and be seen.
        long opened = counter(Counter.CONNECTIONS_OPENED);
        faults().up();
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                .until(() -> counter(Counter.CONNECTIONS_OPENED) == opened && studio().openConnections() == 0);

        // The simulator's own server threads would match too: close it so that only ours could remain.
        studio().close();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(threadsOfTheRoute(before)).isEmpty());
    }

    @Test
    void stoppingTheRouteDuringASlowHandshakeLeavesNoConnectionBehind() throws Exception {
        Set<Thread> before = liveThreads();
        faults().slowHandshake(Duration.ofMillis(1500));
        consume(ROUTE, ACCOUNT, "connectTimeout=5000");
        // The token is there: the handshake starts now, and the server holds its answer for 1.5 s.
        await().atMost(PATIENCE).until(() -> counter(Counter.TOKENS_ISSUED) == 1);
        context.getRouteController().stopRoute(ROUTE);
        // When the handshake completes on the server, after the route stopped, the client must close that connection
        // at once, not leave it open (nor subscribe on it): over a window longer than the handshake, none stays open.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(8))
                .until(() -> studio().openConnections() == 0);
        assertThat(studio().recorder().connections())
                .allSatisfy(connection -> assertThat(connection.closeCode()).isEqualTo(1000));
        assertThat(studio().recorder().subscriptions()).isEmpty();
        studio().close();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(threadsOfTheRoute(before)).isEmpty());
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    private static List<String> threadsOfTheRoute(Set<Thread> before) {
        return liveThreads().stream().filter(thread -> !before.contains(thread)).map(Thread::getName)
                .filter(name -> name.contains("Studio[") || name.contains("Grizzly") || name.contains("tyrus"))
                .toList();
    }

    @Test
    void theStateRepositoryCarriesThePositionAcrossARouteRestart() throws Exception {
        bindPositions(context);
        publish(ACCOUNT, 20);
        consume(ROUTE, ACCOUNT, "sequenceStateRepository=#" + POSITIONS);
        assertExactlyOnceInOrder(ACCOUNT);
        context.getRouteController().stopRoute(ROUTE);

        publish(ACCOUNT, 15);
        context.getRouteController().startRoute(ROUTE);
        awaitLive(ROUTE);
        publish(ACCOUNT, 5);
        // 1..40 each once: the restarted route got exactly the 20 it had not delivered.
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(positions.getState("studio:" + ACCOUNT)).endsWith(":40");
    }

    @Test
    void theStateRepositoryCarriesThePositionAcrossAnApplicationRestart() throws Exception {
        bindPositions(context);
        publish(ACCOUNT, 20);
        consume(ROUTE, ACCOUNT, "sequenceStateRepository=#" + POSITIONS);
        assertExactlyOnceInOrder(ACCOUNT);
        context.stop();

        publish(ACCOUNT, 15);
        try (CamelContext restarted = new DefaultCamelContext()) {
            SimulatorTls.bindTo(restarted.getRegistry());
            // A new application: a new repository on the same file.
            positionsOnFile();
            bindPositions(restarted);
            restarted.addRoutes(routes(ROUTE, ACCOUNT, "sequenceStateRepository=#" + POSITIONS));
            restarted.start();
            publish(ACCOUNT, 5);
            assertExactlyOnceInOrder(ACCOUNT);
        }
    }

    @Test
    void startFromLiveSkipsWhatCameBeforeAndStaysThereAfterAReconnect() throws Exception {
        publish(ACCOUNT, 10);
        consume(ROUTE, ACCOUNT, "startFrom=live");
        awaitLive(ROUTE);
        publish(ACCOUNT, 10);
        await().atMost(PATIENCE).until(() -> received.last(ACCOUNT) == 20);
        long connections = consumer(ROUTE).getConnections();
        faults().dropConnections();
        publish(ACCOUNT, 5);
        awaitLiveAgain(ROUTE, connections);
        publish(ACCOUNT, 5);
        awaitQuiescent(ACCOUNT);
        SequenceCheck.assertExactly(ACCOUNT, received.sequences(ACCOUNT),
                LongStream.rangeClosed(11, 30).boxed().toList());
    }

    @Test
    void aSavedPositionWinsOverStartFromLive() throws Exception {
        bindPositions(context);
        consume(ROUTE, ACCOUNT, "sequenceStateRepository=#" + POSITIONS);
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        context.getRouteController().stopRoute(ROUTE);
        context.removeRoute(ROUTE);

        publish(ACCOUNT, 10);
        consume("live", ACCOUNT, "sequenceStateRepository=#" + POSITIONS, "startFrom=live");
        awaitLive("live");
        publish(ACCOUNT, 5);
        assertExactlyOnceInOrder(ACCOUNT);
    }

    @Test
    void afterMaxReconnectAttemptsItGivesUpUntilTheRouteIsRestarted() throws Exception {
        bindPositions(context);
        consume(ROUTE, ACCOUNT, "maxReconnectAttempts=3", "reconnectInitialDelay=20", "reconnectMaxDelay=50",
                "heartbeatTimeout=5000", "bridgeErrorHandler=true", "sequenceStateRepository=#" + POSITIONS);
        publish(ACCOUNT, 10);
        awaitLive(ROUTE);
        faults().down();
        await().atMost(PATIENCE).until(() -> "FAILED".equals(consumer(ROUTE).getConnectionState()));
        // Problems reach the route's exception handler on the account's delivering thread, after the state changed.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(errorsOf(StudioConnectionException.class))
                .anySatisfy(error -> assertThat(error).hasMessageContaining("Gave up")
                        .hasMessageContaining("maxReconnectAttempts")));
        // The first connection and three attempts: no more, even once the server is back.
        assertThat(consumer(ROUTE).getConnections()).isEqualTo(4);
        long opened = counter(Counter.CONNECTIONS_OPENED);
        faults().up();
        publish(ACCOUNT, 10);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> counter(Counter.CONNECTIONS_OPENED) == opened
                        && "FAILED".equals(consumer(ROUTE).getConnectionState()));

        context.getRouteController().stopRoute(ROUTE);
        context.getRouteController().startRoute(ROUTE);
        awaitLive(ROUTE);
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
    }

    @Test
    void suspendingWhileReconnectingAndResumingOnceStudioIsBack() throws Exception {
        consume(ROUTE, ACCOUNT, "reconnectInitialDelay=100", "reconnectMaxDelay=200");
        publish(ACCOUNT, 10);
        awaitLive(ROUTE);
        faults().down();
        long connections = consumer(ROUTE).getConnections();
        await().atMost(PATIENCE).until(() -> consumer(ROUTE).getConnections() > connections);
        context.getRouteController().suspendRoute(ROUTE);
        assertThat(consumer(ROUTE).getConnectionState()).isEqualTo("STOPPED");
        long attempts = consumer(ROUTE).getConnections();
        publish(ACCOUNT, 10);
        faults().up();
        // Suspended: no attempt, although the server is back.
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                .until(() -> consumer(ROUTE).getConnections() == attempts && studio().openConnections() == 0);
        context.getRouteController().resumeRoute(ROUTE);
        awaitLive(ROUTE);
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
    }

    /**
     * Publishes a message of the other account and waits for its route: frames of one connection arrive in order, so
     * whatever the server sent before it (frames, acks) has been handled by the client.
     */
    private void awaitClientCaughtUp() {
        long marker = publish(OTHER_ACCOUNT, 1);
        await().atMost(PATIENCE).until(() -> received.last(OTHER_ACCOUNT) >= marker);
    }

    /**
     * Studio has no unsubscribe: while one route of a shared connection is stopped its account stays subscribed and
     * its frames keep coming (and are dropped); when the route starts again, subscribing once more only gets "Already
     * subscribed", with no replay. What was published meanwhile must still reach the route, as a replay.
     */
    @Test
    void restartingOneRouteOfASharedConnectionWithAStateRepository() throws Exception {
        bindPositions(context);
        twoRoutesOnASharedConnection("sequenceStateRepository=#" + POSITIONS);
        assertThat(counter(Counter.CONNECTIONS_OPENED)).as("one shared connection").isEqualTo(1);
        restartTheRouteAndCheckNothingIsLostOrRepeated();
    }

    @Test
    void restartingOneRouteOfASharedConnectionWithoutStateRepositoryGoesOnWhereItStopped() throws Exception {
        twoRoutesOnASharedConnection();
        restartTheRouteAndCheckNothingIsLostOrRepeated();
    }

    private void restartTheRouteAndCheckNothingIsLostOrRepeated() throws Exception {
        context.getRouteController().stopRoute(ROUTE);
        publish(ACCOUNT, 10);
        awaitClientCaughtUp();
        context.getRouteController().startRoute(ROUTE);
        awaitClientCaughtUp();
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(received.gaps()).isEmpty();
        assertExactlyOnceInOrder(OTHER_ACCOUNT);
    }

    @Test
    void suspendingAndResumingOneRouteOfASharedConnection() throws Exception {
        twoRoutesOnASharedConnection();

        context.getRouteController().suspendRoute(ROUTE);
        publish(ACCOUNT, 10);
        awaitClientCaughtUp();
        context.getRouteController().resumeRoute(ROUTE);
        awaitClientCaughtUp();
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        // And live gaps of the account still heal afterwards.
        faults().withholdLive(ACCOUNT, 2);
        publish(ACCOUNT, 5);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(received.gaps()).isEmpty();
        assertExactlyOnceInOrder(OTHER_ACCOUNT);
    }

    /** Two routes, two accounts, one connection; the first ten messages of the first account delivered. */
    private void twoRoutesOnASharedConnection(String... routeOptions) throws Exception {
        String[] options = Stream.concat(Stream.of("heartbeatTimeout=5000"), Stream.of(routeOptions))
                .toArray(String[]::new);
        consume(ROUTE, ACCOUNT, options);
        consume("other", OTHER_ACCOUNT, "heartbeatTimeout=5000");
        publish(ACCOUNT, 10);
        awaitLive(ROUTE);
        awaitLive("other");
        await().atMost(PATIENCE).until(() -> received.count(ACCOUNT) == 10);
    }

    @Test
    void suspendingClosesTheConnectionAndResumingGoesOnWhereItStopped() throws Exception {
        consume(ROUTE, ACCOUNT, "heartbeatTimeout=5000");
        publish(ACCOUNT, 20);
        awaitLive(ROUTE);
        await().atMost(PATIENCE).until(() -> received.count(ACCOUNT) == 20);

        context.getRouteController().suspendRoute(ROUTE);
        assertThat(context.getRouteController().getRouteStatus(ROUTE)).isEqualTo(ServiceStatus.Suspended);
        await().atMost(PATIENCE).until(() -> studio().openConnections() == 0);
        assertThat(studio().recorder().connections()).allMatch(c -> c.closeCode() == 1000);
        publish(ACCOUNT, 20);
        // Suspended means quiet: no reconnect, nothing delivered.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> studio().openConnections() == 0 && received.count(ACCOUNT) == 20);

        context.getRouteController().resumeRoute(ROUTE);
        awaitLive(ROUTE);
        publish(ACCOUNT, 20);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(counter(Counter.CONNECTIONS_OPENED)).isEqualTo(2);
    }
}
