package dev.camelstudio.studio.zookeeper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.cluster.ClusterDeliveries;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the tests with two instances share: a fresh ZooKeeper and simulator per test, the deliveries of both
 * instances in one list, and instances A and B stopped after each test.
 */
abstract class FailoverTestSupport {

    static final String ACCOUNT = "100000";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @RegisterExtension
    EmbeddedZooKeeper zooKeeper = new EmbeddedZooKeeper(zooKeeperTick());

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> StudioSimulator.demoBuilder()
            .heartbeatInterval(Duration.ofMillis(150)));

    final ClusterDeliveries deliveries = new ClusterDeliveries();
    ClusterInstance a;
    ClusterInstance b;

    @AfterEach
    void stopInstances() {
        for (ClusterInstance instance : new ClusterInstance[]{a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    /** The tick of the test's ZooKeeper: short, unless a test measures what a usual ensemble does. */
    Duration zooKeeperTick() {
        return EmbeddedZooKeeper.SHORT_TICK;
    }

    StudioSimulator studio() {
        return simulator.simulator();
    }

    /** The account's endpoint URI on the simulator, with quick reconnects, and {@code options}. */
    String uri(String... options) {
        List<String> all = new ArrayList<>(List.of("reconnectInitialDelay=50", "reconnectMaxDelay=500",
                "heartbeatTimeout=600"));
        all.addAll(List.of(options));
        return studio().endpointUri(ACCOUNT, all.toArray(String[]::new));
    }

    /** How many instances take part in the election of the account's namespace under {@code basePath}. */
    int candidates(String basePath) throws Exception {
        return zooKeeper.children(basePath + "/" + ClusterInstance.NAMESPACE).size();
    }
}
