package dev.camelstudio.studio.kubernetes;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.cluster.ClusterDeliveries;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the tests with two replicas share: a fresh API server and simulator per test, a link per replica that the test
 * can cut, the deliveries of both replicas in one list, and replicas A and B stopped after each test.
 */
abstract class FailoverTestSupport {

    static final String ACCOUNT = "100000";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @RegisterExtension
    KubernetesApiServer apiServer = new KubernetesApiServer();

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> StudioSimulator.demoBuilder()
            .heartbeatInterval(Duration.ofMillis(150)));

    final ClusterDeliveries deliveries = new ClusterDeliveries();
    private final List<AutoCloseable> closeAfter = new ArrayList<>();
    ClusterInstance a;
    ClusterInstance b;

    @AfterEach
    void stopReplicas() throws Exception {
        for (ClusterInstance instance : new ClusterInstance[]{a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
        for (AutoCloseable closeable : closeAfter) {
            closeable.close();
        }
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

    /** A link from a replica to the API server, closed after the test. */
    ApiServerLink link() throws IOException {
        ApiServerLink link = new ApiServerLink(apiServer.port());
        closeAfter.add(link);
        return link;
    }

    ClusterInstance replica(String id, ApiServerLink link) throws Exception {
        return ClusterInstance.start(id, link.url(), uri(), deliveries);
    }

    /** The Lease of the account's cluster namespace, as the API server holds it; null before the first election. */
    Lease lease() {
        return apiServer.client().leases().withName("camel-studio-" + ClusterInstance.NAMESPACE).get();
    }

    String holder() {
        Lease lease = lease();
        return lease == null ? null : lease.getSpec().getHolderIdentity();
    }

    long publish(int count) {
        return studio().publishActivity(ACCOUNT, count);
    }

    long lastPublished() {
        return studio().ledger(ACCOUNT).lastSequence();
    }

    /** Publishes one message and waits until some replica delivered it; returns how long that took. */
    Duration publishOneAndAwaitDelivery(Duration atMost) {
        long started = System.nanoTime();
        long sequence = publish(1);
        await("sequence " + sequence + " delivered").atMost(atMost).pollInterval(Duration.ofMillis(10))
                .until(() -> deliveries.sequences().contains(sequence));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Every published sequence delivered, each replica in order, at most {@code duplicates} repeats across replicas.
     */
    void assertNoneLostAtMostDuplicated(long duplicates) {
        long last = lastPublished();
        await("all " + last + " delivered").atMost(PATIENCE).until(() -> deliveries.sequences().contains(last));
        assertThat(deliveries.problems(last, duplicates)).as("what the failovers broke").isEmpty();
    }
}
