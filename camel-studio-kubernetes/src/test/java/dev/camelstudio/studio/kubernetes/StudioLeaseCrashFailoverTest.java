package dev.camelstudio.studio.kubernetes;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.camelstudio.simulator.cluster.ClusterDeliveries;
import dev.camelstudio.simulator.cluster.ClusterInstanceProcess;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The leader's JVM dies (SIGKILL) or freezes (SIGSTOP) in the middle of a feed, after a day of {@value #DAY} messages:
 * the leader, A, runs in a child JVM; the standby, B, in the test's JVM next to the API server and the simulator. Nobody gives the Lease up, so B takes
 * over once it saw the Lease unchanged for its lease duration: what is measured is that whole failover, from the kill
 * to B's first delivery of a message published after it. Nothing is lost; at most the Exchange A had in flight comes
 * twice after a kill.
 */
class StudioLeaseCrashFailoverTest extends FailoverTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StudioLeaseCrashFailoverTest.class);
    /**
     * The bound asserted: the lease duration, a retry period, camel-master's 1 s before it starts a consumer, and a
     * margin wide enough for a loaded 2-core machine; what was measured is logged (and in the README).
     */
    private static final Duration CRASH_FAILOVER = ClusterInstance.LEASE_DURATION.plus(Duration.ofSeconds(8));
    private static final int MESSAGES_PER_SECOND = 100;
    private static final int DAY = 3000;

    private ClusterInstanceProcess leader;

    @AfterEach
    void killLeader() throws InterruptedException {
        if (leader != null) {
            leader.close();
        }
    }

    /** A leads in its own JVM, delivering a day of {@code day} messages, then the generator's feed; B stands by here. */
    private void startFeedWithLeaderInChildJvm(int day) throws Exception {
        String uri = uri("includeControlMessages=true");
        leader = ClusterInstanceProcess.start("A", ClusterInstanceMain.class, uri, deliveries, "A",
                apiServer.url());
        await("A leads").atMost(PATIENCE).until(leader::leads);
        publish(day);
        await("A delivers the day").atMost(PATIENCE).until(() -> deliveries.last() == day);
        b = ClusterInstance.start("B", link().url(), uri, deliveries);
        await("B reads the Lease").pollDelay(ClusterInstance.RETRY_PERIOD.multipliedBy(2)).atMost(PATIENCE)
                .until(() -> "A".equals(holder()));
        studio().startGenerator(MESSAGES_PER_SECOND);
        await("A delivers the feed").atMost(PATIENCE).until(() -> deliveries.count("A") >= day + 50);
    }

    @Test
    void whenTheLeadersJvmIsKilledTheStandbyTakesOverAfterTheLeaseDuration() throws Exception {
        ClusterDeliveries.FailoverPhases phases;
        try {
            startFeedWithLeaderInChildJvm(DAY);
            long killed = System.nanoTime();
            leader.kill();
            // Read after the kill: every later sequence was published after it.
            long publishedBeforeKill = lastPublished();
            phases = await("B delivers a message published after the kill").atMost(CRASH_FAILOVER)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> deliveries.failoverPhases("B", killed, publishedBeforeKill), Optional::isPresent)
                    .orElseThrow();
            LOG.info("Failover on a killed leader JVM after a day of {} messages (lease duration {} ms): {}", DAY,
                    ClusterInstance.LEASE_DURATION.toMillis(), phases);
            long fromB = deliveries.count("B");
            await("B delivers the feed").atMost(PATIENCE).until(() -> deliveries.count("B") >= fromB + 50);
        } finally {
            studio().stopGenerator();
        }

        assertNoneLostAtMostDuplicated(1);
        // B saw A's last renewal at most a retry period before the kill.
        assertThat(phases.elected()).as("not before the Lease expired")
                .isGreaterThan(ClusterInstance.LEASE_DURATION.minus(ClusterInstance.RETRY_PERIOD));
        assertThat(phases.firstNew()).isLessThan(CRASH_FAILOVER);
    }

    @Test
    void whenTheLeadersJvmFreezesPastItsLeaseTheStandbyTakesOverAndTheThawedLeaderStepsDown() throws Exception {
        try {
            // A short day: what is measured here is the thaw, not the replay.
            startFeedWithLeaderInChildJvm(5);
            leader.freeze();
            long publishedBeforeFreeze = lastPublished();
            // Not a measured bound: the standby has to catch up with a feed that went on while A was frozen.
            await("B takes over").atMost(PATIENCE)
                    .until(() -> deliveries.firstAfter("B", publishedBeforeFreeze).isPresent());
            long thawed = System.nanoTime();
            leader.thaw();
            await("A steps down").atMost(PATIENCE).until(() -> !leader.leads());
            LOG.info("The thawed leader stepped down {} ms after SIGCONT",
                    Duration.ofNanos(System.nanoTime() - thawed).toMillis());
            long fromB = deliveries.count("B");
            await("B delivers the feed").atMost(PATIENCE).until(() -> deliveries.count("B") >= fromB + 50);
        } finally {
            studio().stopGenerator();
        }
        long last = lastPublished();
        await("all " + last + " delivered").atMost(PATIENCE).until(() -> deliveries.sequences().contains(last));
        assertThat(deliveries.sequences().stream().distinct().count()).as("each sequence").isEqualTo(last);
        assertThat(deliveries.sequences("B")).isSorted().doesNotHaveDuplicates();
        // A frozen JVM cannot know it was frozen: what its threads had in hand when it thawed may still be delivered
        // before it hears that it no longer leads. Reported, not bounded: the README says so.
        LOG.info("A frozen leader: {} sequences delivered, {} of them twice", last, deliveries.duplicates());
        assertThat(List.of(leader.leads())).containsExactly(false);
    }
}
