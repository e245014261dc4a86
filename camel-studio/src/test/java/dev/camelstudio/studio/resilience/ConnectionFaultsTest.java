package dev.camelstudio.studio.resilience;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelstudio.simulator.recording.ConnectionRecord;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.studio.StudioConstants;
import dev.camelstudio.studio.StudioConsumer;
import dev.camelstudio.studio.connection.StudioConnectionException;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The connection goes away (a drop, a clean close, a silent or stalled server, a server that is down or restarts, a
 * drop in the middle of a replay): the consumer connects again by itself, and the route still gets every message of
 * the account exactly once, in order, whether it was published before, during or after the fault.
 */
class ConnectionFaultsTest extends ResilienceTestSupport {

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /**
     * Publishes before the route starts (so it comes by replay), live, during the fault and after the consumer is
     * live again on a new connection, and checks 1..last exactly once in order, with no gap reported.
     */
    private void survives(Step fault) throws Exception {
        publish(ACCOUNT, 25);
        consume(ROUTE, ACCOUNT);
        awaitLive(ROUTE);
        publish(ACCOUNT, 25);
        await().atMost(PATIENCE).until(() -> received.count(ACCOUNT) >= 50);
        long connectionsBefore = consumer(ROUTE).getConnections();
        fault.run();
        publish(ACCOUNT, 25);
        awaitLiveAgain(ROUTE, connectionsBefore);
        publish(ACCOUNT, 25);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(received.gaps()).isEmpty();
    }

    @Test
    void anAbruptDrop() throws Exception {
        survives(() -> faults().dropConnections());
        assertThat(counter(Counter.CONNECTIONS_DROPPED)).isEqualTo(1);
        assertThat(counter(Counter.CONNECTIONS_OPENED)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCleanCloseWithAnErrorCode() throws Exception {
        survivesACleanClose(1011, "x");
    }

    @Test
    void aNormalClose() throws Exception {
        survivesACleanClose(1000, "");
    }

    /**
     * The server closes every open connection with this code; the connections it closed are those open at that
     * moment, not necessarily the first one: on a busy machine the watchdog may have replaced that one before.
     */
    private void survivesACleanClose(int code, String reason) throws Exception {
        Set<Long> closedByTheServer = new HashSet<>();
        survives(() -> {
            studio().recorder().connections().stream().filter(ConnectionRecord::isOpen).map(ConnectionRecord::id)
                    .forEach(closedByTheServer::add);
            faults().closeConnections(code, reason);
        });
        assertThat(studio().recorder().connections()).filteredOn(c -> closedByTheServer.contains(c.id()))
                .isNotEmpty().extracting(ConnectionRecord::closeCode).containsOnly(code);
    }

    @Test
    void heartbeatsThatStopMakeTheWatchdogReplaceTheConnection() throws Exception {
        survives(() -> {
            long opened = counter(Counter.CONNECTIONS_OPENED);
            faults().stopHeartbeats();
            // Nothing is published now: only the watchdog can notice. Heartbeats stay off for new connections
            // too, so they come back as soon as the replacement is seen.
            awaitConnectionsOpened(opened);
            faults().resumeHeartbeats();
        });
        assertThat(logs.text()).contains("heartbeatTimeout 600 ms");
        // With heartbeats back the new connection stays: no more replacements.
        long connections = consumer(ROUTE).getConnections();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> consumer(ROUTE).getConnections() == connections
                        && "LIVE".equals(consumer(ROUTE).getConnectionState()));
    }

    @Test
    void aStalledServerIsReplacedByTheWatchdog() throws Exception {
        // The stall holds back what is published during it; the replacement's replay brings it.
        survives(() -> faults().stall());
        assertThat(logs.text()).contains("taking it for dead");
    }

    @Test
    void aServerThatIsDownForAWhile() throws Exception {
        survives(() -> faults().down(Duration.ofMillis(700)));
        assertThat(consumer(ROUTE).getConnections()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aServerRestartOnTheSamePort() throws Exception {
        survives(() -> faults().restart());
    }

    @Test
    void aHandshakeSlowerThanConnectTimeoutIsGivenUpAndRetried() throws Exception {
        publish(ACCOUNT, 25);
        faults().slowHandshake(Duration.ofSeconds(5));
        consume(ROUTE, ACCOUNT, "connectTimeout=500", "bridgeErrorHandler=true");
        // Each attempt gives up after 500 ms, well before the server would answer.
        await().atMost(Duration.ofSeconds(3)).until(() -> !errorsOf(StudioConnectionException.class).isEmpty());
        assertThat(errorsOf(StudioConnectionException.class).get(0).getCause())
                .hasMessageContaining("within 500 ms");
        assertThat(counter(Counter.SUBSCRIBES_ACCEPTED)).isZero();
        faults().slowHandshake(Duration.ZERO);
        awaitLive(ROUTE);
        publish(ACCOUNT, 25);
        assertExactlyOnceInOrder(ACCOUNT);
    }

    @Test
    void theReconnectOperationOpensANewConnection() throws Exception {
        survives(() -> consumer(ROUTE).reconnect());
        // The consumer closed the old connection itself, with nothing to report. The close code the server records is
        // not the client's to promise: Tyrus reports the close as soon as it has queued the close frame, and closes the
        // socket right after writing it, without waiting for the server's reply; a server with frames still on their
        // way can then find the socket reset before it reads the close frame (1006 instead of 1000, one run in ten
        // on a busy machine).
        assertThat(consumer(ROUTE).getConnectionStatus()).startsWith("LIVE").doesNotContain("last error");
        assertThat(studio().recorder().connections()).first().extracting(ConnectionRecord::isOpen).isEqualTo(false);
    }

    /** On a connection of its own the route runs on the socket's reader; on a shared one behind a buffer. */
    @ParameterizedTest(name = "sharedConnection={0}")
    @ValueSource(booleans = {false, true})
    void aSlowRouteIsNotTakenForASilentServer(boolean shared) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // Each Exchange takes longer than heartbeatTimeout: the time is the route's, not Studio's. The
                // timeout is twice the suite's, so that a pause of a busy machine is not taken for silence either.
                from(uri(ACCOUNT, "sharedConnection=" + shared, "heartbeatTimeout=1200")).routeId(ROUTE)
                        .delay(1600).syncDelayed().process(received);
            }
        });
        publish(ACCOUNT, 2);
        awaitLive(ROUTE);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(consumer(ROUTE).getConnections()).isEqualTo(1);
    }

    @ParameterizedTest(name = "sharedConnection={0}")
    @ValueSource(booleans = {false, true})
    void aDropInTheMiddleOfAReplay(boolean shared) throws Exception {
        int replayed = 5_000;
        publish(ACCOUNT, replayed);
        AtomicBoolean dropped = new AtomicBoolean();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(ACCOUNT, "sharedConnection=" + shared)).routeId(ROUTE)
                        .process(received)
                        // Cut the connection while its replay is still arriving: 2,000 of 5,000 delivered.
                        .filter(exchange -> exchange.getMessage().getHeader(StudioConstants.SEQUENCE, Long.class)
                                == 2_000
                                && exchange.getMessage().getHeader(StudioConstants.REPLAY, Boolean.class)
                                && dropped.compareAndSet(false, true))
                        .process(exchange -> faults().dropConnections());
            }
        });
        await().atMost(PATIENCE).untilTrue(dropped);
        publish(ACCOUNT, 100);
        awaitLive(ROUTE);
        publish(ACCOUNT, 100);
        assertExactlyOnceInOrder(ACCOUNT);
        StudioConsumer consumer = consumer(ROUTE);
        assertThat(consumer.getConnections()).isGreaterThanOrEqualTo(2);
        // The second replay started from 1 again: what the first one had delivered was dropped as duplicate.
        assertThat(consumer.getDuplicatesDropped()).isGreaterThanOrEqualTo(2_000);
        assertThat(consumer.getMessagesDelivered()).isEqualTo(lastPublished(ACCOUNT));
    }
}
