package dev.camelstudio.studio.zookeeper;

import java.time.Duration;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;

import org.apache.camel.component.zookeeper.ZooKeeperCuratorConfiguration;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Why the README recommends {@link ZooKeeperLeaderLatchClusterService} and not camel-zookeeper's
 * {@code ZooKeeperClusterService} (Camel 4.18.0): when the leader's ZooKeeper session is lost, the other instance is
 * elected, but the old leader's {@code master:} consumer is never stopped, so both consume the account. Should a
 * Camel upgrade fix this, this test fails and the README's advice can change.
 */
class CamelZooKeeperClusterServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @RegisterExtension
    EmbeddedZooKeeper zooKeeper = new EmbeddedZooKeeper();

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> StudioSimulator.demoBuilder()
            .heartbeatInterval(Duration.ofMillis(150)));

    private final Deliveries deliveries = new Deliveries();
    private ClusterInstance a;
    private ClusterInstance b;

    @AfterEach
    void stopInstances() {
        for (ClusterInstance instance : new ClusterInstance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    private ClusterInstance instance(String id) throws Exception {
        ClusterInstance instance = ClusterInstance.prepare(id, zooKeeper.connectString());
        ZooKeeperClusterService cluster = new ZooKeeperClusterService(new ZooKeeperCuratorConfiguration());
        cluster.setId(id);
        cluster.setCuratorFramework(instance.client());
        cluster.setBasePath("/camel/cluster");
        return instance.start(cluster, simulator.simulator().endpointUri("100000", "reconnectInitialDelay=50"),
                deliveries);
    }

    @Test
    void afterTheLeadersSessionIsLostBothInstancesConsume() throws Exception {
        a = instance("A");
        await("A leads").atMost(PATIENCE).until(() -> a.isLeader());
        b = instance("B");
        await("B joined the election").atMost(PATIENCE)
                .until(() -> zooKeeper.children("/camel/cluster/" + ClusterInstance.NAMESPACE).size() == 2);

        a.killSession();
        await("B is elected").atMost(PATIENCE).until(() -> b.isLeader());
        assertThat(a.isLeader()).as("A knows it lost the election").isFalse();

        long fromA = deliveries.count("A");
        long fromB = deliveries.count("B");
        simulator.simulator().publishActivity("100000", 5);
        // ...but A's master consumer was never told: A and B both deliver every new message.
        await("both deliver the new messages").atMost(PATIENCE)
                .until(() -> deliveries.count("A") == fromA + 5 && deliveries.count("B") == fromB + 5);
    }
}
