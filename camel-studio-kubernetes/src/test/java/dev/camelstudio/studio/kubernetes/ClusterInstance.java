package dev.camelstudio.studio.kubernetes;

import java.time.Duration;

import dev.camelstudio.simulator.cluster.ClusterDeliveries;
import dev.camelstudio.simulator.cluster.ClusterListener;
import dev.camelstudio.simulator.cluster.ClusteredStudioContext;
import dev.camelstudio.simulator.cluster.ClusteredStudioContext.Election;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.apache.camel.cluster.CamelClusterService;

/**
 * One replica of a clustered application, as it runs in a pod: a {@link ClusteredStudioContext} with a cluster
 * service and a {@link ConfigMapStateRepository} on one Kubernetes client (through an {@link ApiServerLink} when the
 * test cuts it off), telling a {@link ClusterListener} what it delivered: {@link ClusterDeliveries} in the test's JVM,
 * {@link ClusterInstanceMain} in a JVM of its own.
 */
final class ClusterInstance implements AutoCloseable {

    /**
     * Short, so that tests are quick: a Lease is its holder's for 2 s after its last change, the holder leads 1.2 s
     * after its last renewal, and every instance reads the Lease every 300 ms.
     */
    static final Duration LEASE_DURATION = Duration.ofSeconds(2);
    static final Duration RENEW_DEADLINE = Duration.ofMillis(1200);
    static final Duration RETRY_PERIOD = Duration.ofMillis(300);
    static final String NAMESPACE = "studio-100000";

    private final String id;
    private final KubernetesClient client;
    private final ConfigMapStateRepository positions;
    private ClusteredStudioContext camel;

    private ClusterInstance(String id, String apiServerUrl) {
        this.id = id;
        this.client = KubernetesApiServer.clientOf(apiServerUrl);
        this.positions = new ConfigMapStateRepository(client);
    }

    /** A replica on our cluster service, {@link KubernetesLeaseClusterService}, with the test's short durations. */
    static ClusterInstance start(String id, String apiServerUrl, String studioUri, ClusterListener listener)
            throws Exception {
        return start(id, apiServerUrl, studioUri, listener, Election.MASTER_ENDPOINT);
    }

    /** A replica on {@link KubernetesLeaseClusterService} whose route is run by {@code election}. */
    static ClusterInstance start(String id, String apiServerUrl, String studioUri, ClusterListener listener,
            Election election) throws Exception {
        ClusterInstance instance = prepare(id, apiServerUrl);
        KubernetesLeaseClusterService cluster = new KubernetesLeaseClusterService(instance.client);
        cluster.setId(id);
        cluster.setLeaseDurationMillis(LEASE_DURATION.toMillis());
        cluster.setRenewDeadlineMillis(RENEW_DEADLINE.toMillis());
        cluster.setRetryPeriodMillis(RETRY_PERIOD.toMillis());
        return instance.start(cluster, studioUri, listener, election);
    }

    static ClusterInstance prepare(String id, String apiServerUrl) {
        return new ClusterInstance(id, apiServerUrl);
    }

    /** A replica on a cluster service configured by the caller, its route run by {@code election}. */
    ClusterInstance start(CamelClusterService cluster, String studioUri, ClusterListener listener, Election election)
            throws Exception {
        camel = ClusteredStudioContext.start(id, cluster, positions, NAMESPACE, studioUri, listener, election);
        return this;
    }

    String id() {
        return id;
    }

    KubernetesClient client() {
        return client;
    }

    ConfigMapStateRepository positions() {
        return positions;
    }

    /** Whether this replica runs the Studio consumer. */
    boolean isLeader() {
        return camel.isLeader();
    }

    @Override
    public void close() {
        if (camel != null) {
            camel.close();
        }
        client.close();
    }
}
