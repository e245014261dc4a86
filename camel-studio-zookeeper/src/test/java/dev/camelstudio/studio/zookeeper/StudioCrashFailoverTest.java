package dev.camelstudio.studio.zookeeper;

import java.time.Duration;
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
 * The leader's JVM is killed (SIGKILL) in the middle of a feed, on an ensemble ticking as ZooKeeper's sample
 * configuration (and Debian's) does, every 2 s, after a day of {@value #DAY} messages: the leader, A, runs in a child
 * JVM and asks for a 3 s session; the standby, B, in the test's JVM next to ZooKeeper and the simulator. Nobody tells
 * the ensemble that A is gone, so B takes over once A's session expired: what is measured is that whole failover, from
 * the kill to B's first delivery of a message published after it, and where its time goes. Nothing is lost, and at
 * most the one Exchange A had in flight comes twice.
 */
class StudioCrashFailoverTest extends FailoverTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StudioCrashFailoverTest.class);
    private static final Duration TICK = Duration.ofSeconds(2);
    /** What A asks for; the ensemble grants at least two ticks, 4 s. */
    private static final Duration ASKED_SESSION_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration GRANTED_SESSION_TIMEOUT = TICK.multipliedBy(2);
    /**
     * The bound the README states: the granted session timeout, up to one tick (sessions expire on tick boundaries),
     * camel-master's 1 s, and a margin for the connect, the replay and a loaded 2-core machine.
     */
    private static final Duration CRASH_FAILOVER = GRANTED_SESSION_TIMEOUT.plus(TICK).plus(Duration.ofSeconds(1))
            .plus(Duration.ofSeconds(3));
    private static final int DAY = 3000;
    private static final int MESSAGES_PER_SECOND = 100;

    private ClusterInstanceProcess leader;

    @Override
    Duration zooKeeperTick() {
        return TICK;
    }

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
    void whenTheLeadersJvmIsKilledTheStandbyTakesOverAfterTheGrantedSessionTimeout() throws Exception {
        String uri = uri("includeControlMessages=true");
        leader = ClusterInstanceProcess.start("A", ClusterInstanceMain.class, uri, deliveries, "A",
                zooKeeper.connectString(), Long.toString(ASKED_SESSION_TIMEOUT.toMillis()));
        await("A leads").atMost(PATIENCE).until(leader::leads);
        studio().publishActivity(ACCOUNT, DAY);
        await("A delivers the day").atMost(PATIENCE).until(() -> deliveries.last() == DAY);
        b = ClusterInstance.start("B", zooKeeper.connectString(), uri, deliveries);
        await("B joined the election").atMost(PATIENCE).until(() -> candidates("/camel-studio/cluster") == 2);

        ClusterDeliveries.FailoverPhases phases;
        studio().startGenerator(MESSAGES_PER_SECOND);
        try {
            await("A delivers the feed").atMost(PATIENCE).until(() -> deliveries.count("A") >= DAY + 50);
            long killed = System.nanoTime();
            leader.kill();
            // Read after the kill: every later sequence was published after it.
            long publishedBeforeKill = lastPublished();
            phases = await("B delivers a message published after the kill").atMost(CRASH_FAILOVER)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> deliveries.failoverPhases("B", killed, publishedBeforeKill), Optional::isPresent)
                    .orElseThrow();
            LOG.info("Failover on a killed leader JVM after a day of {} messages (tick {} ms, session timeout {} ms "
                    + "granted): {}", DAY, TICK.toMillis(), GRANTED_SESSION_TIMEOUT.toMillis(), phases);
            long fromB = deliveries.count("B");
            await("B delivers the feed").atMost(PATIENCE).until(() -> deliveries.count("B") >= fromB + 50);
        } finally {
            studio().stopGenerator();
        }

        assertNoneLostAtMostOneDuplicated();
        // A's client last pinged at most a third of the session timeout before the kill.
        assertThat(phases.elected()).as("not before the ensemble expired A's session")
                .isGreaterThanOrEqualTo(GRANTED_SESSION_TIMEOUT.multipliedBy(2).dividedBy(3));
        assertThat(phases.firstNew()).isLessThan(CRASH_FAILOVER);
    }

    /**
     * Every published sequence delivered by A or B, each instance in order, one repeated at most. A's lines reach
     * this JVM through a pipe, so the order across the two instances is not compared.
     */
    private void assertNoneLostAtMostOneDuplicated() {
        long last = lastPublished();
        await("all " + last + " delivered").atMost(PATIENCE).until(() -> deliveries.sequences().contains(last));
        LOG.info("{} sequences delivered, {} of them twice", last, deliveries.duplicates());
        assertThat(deliveries.problems(last, 1)).as("what the failover broke").isEmpty();
    }
}
