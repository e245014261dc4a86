package dev.camelstudio.studio.zookeeper;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import dev.camelstudio.simulator.cluster.ClusterDeliveries;
import dev.camelstudio.simulator.cluster.ClusterInstanceProcess;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The leader's JVM is killed (SIGKILL) in the middle of a feed: the leader, A, runs in a child JVM; the standby, B,
 * in the test's JVM next to ZooKeeper and the simulator. Nobody tells the ensemble that A is gone, so B takes over
 * once A's session timed out: what is measured here is that whole failover, from the kill to B's first delivery of a
 * message published after it. Nothing is lost, and at most the one Exchange A had in flight comes twice.
 */
class StudioCrashFailoverTest extends FailoverTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StudioCrashFailoverTest.class);
    /**
     * The bound asserted: the session timeout and a margin wide enough for a loaded 2-core machine; what was measured
     * is logged (and in the README).
     */
    private static final Duration CRASH_FAILOVER = ClusterInstance.SESSION_TIMEOUT.plus(Duration.ofSeconds(8));
    private static final int MESSAGES_PER_SECOND = 100;

    private ClusterInstanceProcess leader;

    @AfterEach
    void killLeader() throws InterruptedException {
        if (leader != null) {
            leader.close();
        }
    }

    private long lastPublished() {
        return studio().ledger(ACCOUNT).lastSequence();
    }

    @Test
    void whenTheLeadersJvmIsKilledTheStandbyTakesOverAfterTheSessionTimeout() throws Exception {
        leader = ClusterInstanceProcess.start("A", ClusterInstanceMain.class, uri(), deliveries, "A",
                zooKeeper.connectString());
        await("A leads").atMost(PATIENCE).until(leader::leads);
        studio().publishActivity(ACCOUNT, 5);
        await("A delivers").atMost(PATIENCE).until(() -> deliveries.last() == 5);
        b = ClusterInstance.start("B", zooKeeper.connectString(), uri(), deliveries);
        await("B joined the election").atMost(PATIENCE).until(() -> candidates("/camel-studio/cluster") == 2);

        Duration failover;
        studio().startGenerator(MESSAGES_PER_SECOND);
        try {
            await("A delivers the feed").atMost(PATIENCE).until(() -> deliveries.count("A") >= 55);
            long killed = System.nanoTime();
            leader.kill();
            // Read after the kill: every later sequence was published after it.
            long publishedBeforeKill = lastPublished();
            ClusterDeliveries.Delivery first = await("B delivers a message published after the kill")
                    .atMost(CRASH_FAILOVER).pollInterval(Duration.ofMillis(10))
                    .until(() -> deliveries.firstAfter("B", publishedBeforeKill), Optional::isPresent).orElseThrow();
            failover = Duration.ofNanos(first.atNanos() - killed);
            LOG.info("Failover on a killed leader JVM: {} ms (session timeout {} ms)", failover.toMillis(),
                    ClusterInstance.SESSION_TIMEOUT.toMillis());
            long fromB = deliveries.count("B");
            await("B delivers the feed").atMost(PATIENCE).until(() -> deliveries.count("B") >= fromB + 50);
        } finally {
            studio().stopGenerator();
        }

        assertNoneLostAtMostOneDuplicated();
        assertThat(failover).isLessThan(CRASH_FAILOVER);
    }

    /**
     * Every published sequence delivered by A or B, each instance in order, one repeated at most. A's lines reach
     * this JVM through a pipe, so the order across the two instances is not compared.
     */
    private void assertNoneLostAtMostOneDuplicated() {
        long last = lastPublished();
        await("all " + last + " delivered").atMost(PATIENCE).until(() -> deliveries.sequences().contains(last));
        List<Long> received = deliveries.sequences();
        assertThat(received.stream().sorted().distinct().toList()).as("each sequence")
                .isEqualTo(LongStream.rangeClosed(1, last).boxed().toList());
        for (String instance : List.of("A", "B")) {
            assertThat(deliveries.sequences(instance)).as("what %s delivered", instance).isSorted()
                    .doesNotHaveDuplicates();
        }
        LOG.info("{} sequences delivered, {} of them twice", last, deliveries.duplicates());
        assertThat(deliveries.duplicates()).as("repeated deliveries in %s", received).isLessThanOrEqualTo(1);
    }
}
