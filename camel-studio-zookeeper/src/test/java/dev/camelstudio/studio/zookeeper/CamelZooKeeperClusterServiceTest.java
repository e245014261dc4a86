package dev.camelstudio.studio.zookeeper;

import java.time.Duration;

import dev.camelstudio.simulator.cluster.ClusteredStudioContext.Election;

import org.apache.camel.component.zookeeper.ZooKeeperCuratorConfiguration;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/**
 * Why the README recommends {@link ZooKeeperLeaderLatchClusterService} and not camel-zookeeper's
 * {@code ZooKeeperClusterService} (Camel 4.18.0): when the leader's ZooKeeper session is lost, the other instance is
 * elected, but the old leader's {@code master:} consumer is never stopped, so both consume the account. Should a
 * Camel upgrade fix this, this test fails and the README's advice can change.
 */
class CamelZooKeeperClusterServiceTest extends FailoverTestSupport {

    private ClusterInstance instance(String id) throws Exception {
        ClusterInstance instance = ClusterInstance.prepare(id, zooKeeper.connectString());
        ZooKeeperClusterService cluster = new ZooKeeperClusterService(new ZooKeeperCuratorConfiguration());
        cluster.setId(id);
        cluster.setCuratorFramework(instance.client());
        cluster.setBasePath("/camel/cluster");
        return instance.start(cluster, uri(), deliveries, Election.MASTER_ENDPOINT);
    }

    @Test
    void afterTheLeadersSessionIsLostBothInstancesConsume() throws Exception {
        a = instance("A");
        long first = studio().publishActivity(ACCOUNT, 1);
        await("A delivers").atMost(PATIENCE).until(() -> deliveries.last() == first);
        b = instance("B");
        await("B joined the election").atMost(PATIENCE)
                .until(() -> candidates("/camel/cluster") == 2);

        a.killSession();
        await("B is elected").atMost(PATIENCE).until(() -> b.isLeader());

        // ...but A's master consumer is never stopped: once B's consumer runs too, both deliver each new message.
        await("A and B deliver the same message").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    studio().publishActivity(ACCOUNT, 1);
                    return deliveries.deliveredByBoth("A", "B");
                });
    }
}
