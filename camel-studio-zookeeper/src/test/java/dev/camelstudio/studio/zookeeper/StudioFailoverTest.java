package dev.camelstudio.studio.zookeeper;

import java.time.Duration;
import java.util.Optional;

import dev.camelstudio.simulator.cluster.ClusteredStudioContext.Election;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of one application on a real ZooKeeper and the simulator: one consumes the account, the other
 * stands by; when the leader stops, dies (its session expires) or loses ZooKeeper, the other takes over after the
 * last position the leader saved. Across every failover: nothing lost, at most one message delivered twice.
 */
class StudioFailoverTest extends FailoverTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StudioFailoverTest.class);
    /** The failover bound asserted here; what was measured is logged (and in the README). */
    private static final Duration STOP_FAILOVER = Duration.ofSeconds(5);
    private static final Duration DEATH_FAILOVER = ClusterInstance.SESSION_TIMEOUT.plus(STOP_FAILOVER);

    private ClusterInstance instance(String id) throws Exception {
        return ClusterInstance.start(id, zooKeeper.connectString(), uri(), deliveries);
    }

    /** A starts first and leads; B joins and stands by. */
    private void startLeaderAndStandby() throws Exception {
        startLeaderAndStandby(Election.MASTER_ENDPOINT);
    }

    private void startLeaderAndStandby(Election election) throws Exception {
        String uri = uri("includeControlMessages=true");
        a = ClusterInstance.start("A", zooKeeper.connectString(), ClusterInstance.SESSION_TIMEOUT, uri, deliveries,
                election);
        publish(5);
        await("A delivers").atMost(PATIENCE).until(() -> deliveries.last() == 5);
        b = ClusterInstance.start("B", zooKeeper.connectString(), ClusterInstance.SESSION_TIMEOUT, uri, deliveries,
                election);
        await("B joined the election").atMost(PATIENCE)
                .until(() -> candidates("/camel-studio/cluster") == 2);
    }

    private long publish(int count) {
        return studio().publishActivity(ACCOUNT, count);
    }

    private long lastPublished() {
        return studio().ledger(ACCOUNT).lastSequence();
    }

    /** Publishes one message and waits until some instance delivered it; returns how long that took. */
    private Duration publishOneAndAwaitDelivery(Duration atMost) {
        long started = System.nanoTime();
        long sequence = publish(1);
        await("sequence " + sequence + " delivered").atMost(atMost).pollInterval(Duration.ofMillis(10))
                .until(() -> deliveries.last() >= sequence);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Every published sequence delivered, each instance in order, at most {@code duplicates} repeats across instances.
     */
    private void assertNoneLostAtMostDuplicated(long duplicates) {
        long last = lastPublished();
        await("all " + last + " delivered").atMost(PATIENCE).until(() -> deliveries.sequences().contains(last));
        assertThat(deliveries.problems(last, duplicates)).as("what the failovers broke").isEmpty();
    }

    @Test
    void theLeaderDeliversTheStandbyDoesNot() throws Exception {
        startLeaderAndStandby();
        publish(20);
        assertNoneLostAtMostDuplicated(0);
        assertThat(deliveries.count("B")).isZero();
        assertThat(a.positions().getState("studio:" + ACCOUNT)).endsWith(":25");
    }

    @ParameterizedTest
    @EnumSource(Election.class)
    void whenTheLeaderStopsTheStandbyGoesOnAfterItsLastPosition(Election election) throws Exception {
        startLeaderAndStandby(election);
        publish(10);
        await().atMost(PATIENCE).until(() -> deliveries.last() == 15);

        long stopping = System.nanoTime();
        a.close();
        a = null;
        long published = lastPublished();
        publishOneAndAwaitDelivery(STOP_FAILOVER);
        LOG.info("Failover on a stopped leader ({}): from the start of its stop, {}", election,
                await().atMost(PATIENCE).until(() -> deliveries.failoverPhases("B", stopping, published),
                        Optional::isPresent).orElseThrow());

        publish(10);
        // A stopped cleanly: its last position was saved, so nothing came twice.
        assertNoneLostAtMostDuplicated(0);
        assertThat(deliveries.count("B")).isEqualTo(11);
    }

    @Test
    void whenTheLeadersSessionExpiresTheStandbyTakesOverAndTheOldLeaderStops() throws Exception {
        startLeaderAndStandby();
        long killed = System.nanoTime();
        a.killSession();
        await("A steps down").atMost(PATIENCE).until(() -> !a.isLeader());
        publishOneAndAwaitDelivery(DEATH_FAILOVER);
        LOG.info("Failover on an expired session: {} ms", Duration.ofNanos(System.nanoTime() - killed).toMillis());
        assertThat(deliveries.all().get(deliveries.all().size() - 1).instance()).isEqualTo("B");

        long fromA = deliveries.count("A");
        publish(20);
        assertNoneLostAtMostDuplicated(0);
        assertThat(deliveries.count("A")).as("the deposed leader delivers nothing more").isEqualTo(fromA);
    }

    @Test
    void whileZooKeeperIsDownNobodyDeliversAndAfterwardsOneInstanceGoesOn() throws Exception {
        startLeaderAndStandby();
        zooKeeper.stop();
        // The leader hears at once that its connection is gone and stops its consumer.
        await("A steps down").atMost(PATIENCE).until(() -> !a.isLeader());
        long deliveredWhileDown = deliveries.all().size();
        publish(10);
        await("nobody delivers while ZooKeeper is down").during(Duration.ofMillis(1500)).atMost(PATIENCE)
                .until(() -> deliveries.all().size() == deliveredWhileDown);

        zooKeeper.restart();
        Duration resumed = publishOneAndAwaitDelivery(PATIENCE);
        LOG.info("Delivering again {} ms after ZooKeeper came back", resumed.toMillis());
        publish(10);
        assertNoneLostAtMostDuplicated(0);
        assertThat(a.isLeader() ^ b.isLeader()).as("exactly one instance leads").isTrue();
    }

    @Test
    void aContinuousFeedAcrossFailoversLosesNothingAndRepeatsAtMostOnePerFailover() throws Exception {
        startLeaderAndStandby();
        studio().startGenerator(100);
        try {
            await().atMost(PATIENCE).until(() -> deliveries.count("A") >= 50);
            // 1: the leader dies in the middle of the feed.
            a.killSession();
            await("B takes over").atMost(PATIENCE).until(() -> deliveries.count("B") >= 50);
            // 2: A comes back as the standby, then B stops in the middle of the feed.
            a.close();
            a = instance("A2");
            await("A2 stands by").atMost(PATIENCE)
                    .until(() -> candidates("/camel-studio/cluster") == 2);
            b.close();
            b = null;
            await("A2 takes over").atMost(PATIENCE).until(() -> deliveries.count("A2") >= 50);
        } finally {
            studio().stopGenerator();
        }
        assertNoneLostAtMostDuplicated(2);
    }
}
