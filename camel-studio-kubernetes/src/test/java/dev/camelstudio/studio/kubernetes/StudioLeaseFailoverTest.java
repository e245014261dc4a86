package dev.camelstudio.studio.kubernetes;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import dev.camelstudio.simulator.cluster.ClusteredStudioContext.Election;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of one application on a Kubernetes API server and the simulator, elected by
 * {@link KubernetesLeaseClusterService}: one consumes the account, the other stands by; when the leader stops or
 * loses the API server, the other takes over after the last position the leader saved in the ConfigMap. Across every
 * failover: never two leaders at once, nothing lost, at most one message delivered twice.
 */
class StudioLeaseFailoverTest extends FailoverTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StudioLeaseFailoverTest.class);

    /** How a replica loses the API server. */
    enum LinkFailure {
        /** Connections reset and refused: the API server is down, or its address unreachable. */
        CUT(ApiServerLink::cut),
        /** Connections accepted, nothing answered: a partition that drops packets. */
        SILENT(ApiServerLink::silence);

        final Consumer<ApiServerLink> apply;

        LinkFailure(Consumer<ApiServerLink> apply) {
            this.apply = apply;
        }
    }

    private ApiServerLink linkA;
    private ApiServerLink linkB;

    /** A starts first and leads; B joins and stands by. */
    private void startLeaderAndStandby() throws Exception {
        startLeaderAndStandby(Election.MASTER_ENDPOINT);
    }

    private void startLeaderAndStandby(Election election) throws Exception {
        linkA = link();
        linkB = link();
        String uri = uri("includeControlMessages=true");
        a = ClusterInstance.start("A", linkA.url(), uri, deliveries, election);
        publish(5);
        await("A delivers").atMost(PATIENCE).until(() -> deliveries.last() == 5);
        b = ClusterInstance.start("B", linkB.url(), uri, deliveries, election);
        await("B reads the Lease").pollDelay(ClusterInstance.RETRY_PERIOD.multipliedBy(2)).atMost(PATIENCE)
                .until(() -> "A".equals(holder()));
    }

    @Test
    void theLeaderDeliversTheStandbyDoesNotAndThePositionIsInTheConfigMap() throws Exception {
        startLeaderAndStandby();
        publish(20);
        assertNoneLostAtMostDuplicated(0);
        assertThat(deliveries.count("B")).isZero();
        assertThat(a.positions().getState("studio:" + ACCOUNT)).endsWith(":25");
        assertThat(lease().getSpec().getLeaseDurationSeconds()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Election.class)
    void whenTheLeaderStopsItGivesTheLeaseUpAndTheStandbyGoesOnAfterItsLastPosition(Election election)
            throws Exception {
        startLeaderAndStandby(election);
        publish(10);
        await().atMost(PATIENCE).until(() -> deliveries.last() == 15);

        long stopping = System.nanoTime();
        a.close();
        a = null;
        assertThat(holder()).as("A gave its Lease up as it stopped").isNotEqualTo("A");
        long published = lastPublished();
        publishOneAndAwaitDelivery(PATIENCE);
        LOG.info("Failover on a stopped leader ({}): from the start of its stop, {}", election,
                await().atMost(PATIENCE).until(() -> deliveries.failoverPhases("B", stopping, published),
                        Optional::isPresent).orElseThrow());

        publish(10);
        // A stopped cleanly: its last position was saved, so nothing came twice.
        assertNoneLostAtMostDuplicated(0);
        assertThat(deliveries.count("B")).isEqualTo(11);
        assertThat(deliveries.overlappingLeaderships()).isZero();
    }

    @ParameterizedTest
    @EnumSource(LinkFailure.class)
    void whenTheLeaderLosesTheApiServerItStopsBeforeTheStandbyTakesOver(LinkFailure failure) throws Exception {
        startLeaderAndStandby();
        long lost = System.nanoTime();
        failure.apply.accept(linkA);
        await("A steps down").atMost(PATIENCE).until(() -> !a.isLeader());
        LOG.info("A ({}) stepped down after {} ms", failure, Duration.ofNanos(System.nanoTime() - lost).toMillis());
        Duration failover = publishOneAndAwaitDelivery(PATIENCE);
        LOG.info("Failover on a leader cut off from the API server ({}): {} ms after the cut", failure,
                Duration.ofNanos(System.nanoTime() - lost).toMillis());
        assertThat(failover).isPositive();
        assertThat(holder()).isEqualTo("B");

        // A comes back and stands by.
        linkA.restore();
        long fromA = deliveries.count("A");
        publish(10);
        assertNoneLostAtMostDuplicated(1);
        assertThat(deliveries.count("A")).as("the deposed leader delivers nothing more").isEqualTo(fromA);
        assertThat(deliveries.overlappingLeaderships()).isZero();
        assertThat(a.isLeader()).isFalse();
    }

    @Test
    void whileNobodyReachesTheApiServerNobodyDeliversAndAfterwardsOneReplicaGoesOn() throws Exception {
        startLeaderAndStandby();
        linkA.cut();
        linkB.cut();
        await("A steps down").atMost(PATIENCE).until(() -> !a.isLeader());
        long deliveredWhileDown = deliveries.all().size();
        publish(10);
        await("nobody delivers while the API server is unreachable").during(Duration.ofMillis(1500))
                .atMost(PATIENCE).until(() -> deliveries.all().size() == deliveredWhileDown);

        linkA.restore();
        linkB.restore();
        Duration resumed = publishOneAndAwaitDelivery(PATIENCE);
        LOG.info("Delivering again {} ms after the API server came back", resumed.toMillis());
        publish(10);
        assertNoneLostAtMostDuplicated(0);
        assertThat(a.isLeader() ^ b.isLeader()).as("exactly one replica leads").isTrue();
        assertThat(deliveries.overlappingLeaderships()).isZero();
    }

    @Test
    void aContinuousFeedAcrossFailoversLosesNothingAndRepeatsAtMostOnePerFailover() throws Exception {
        startLeaderAndStandby();
        studio().startGenerator(100);
        try {
            await().atMost(PATIENCE).until(() -> deliveries.count("A") >= 50);
            // 1: the leader loses the API server in the middle of the feed.
            linkA.cut();
            await("B takes over").atMost(PATIENCE).until(() -> deliveries.count("B") >= 50);
            // 2: A comes back as the standby, then B stops in the middle of the feed.
            linkA.restore();
            await("A stands by").pollDelay(ClusterInstance.RETRY_PERIOD.multipliedBy(2)).atMost(PATIENCE)
                    .until(() -> !a.isLeader());
            long fromA = deliveries.count("A");
            b.close();
            b = null;
            await("A takes over").atMost(PATIENCE).until(() -> deliveries.count("A") >= fromA + 50);
        } finally {
            studio().stopGenerator();
        }
        assertNoneLostAtMostDuplicated(2);
        assertThat(deliveries.overlappingLeaderships()).isZero();
    }
}
