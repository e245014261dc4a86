package dev.camelstudio.studio.kubernetes;

import java.time.Duration;

import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.simulator.cluster.ClusterDeliveries;
import dev.camelstudio.simulator.cluster.ClusterListener;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.master.MasterConsumer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;

/**
 * One replica of a clustered application, as it runs in a pod: a CamelContext with a cluster service and a
 * {@link ConfigMapStateRepository} on one Kubernetes client (through an {@link ApiServerLink} when the test cuts it
 * off), and the route {@code master:<namespace>:<studio uri>} telling a {@link ClusterListener} what it delivered:
 * {@link ClusterDeliveries} in the test's JVM, {@link ClusterInstanceMain} in a JVM of its own.
 */
final class ClusterInstance implements AutoCloseable {

    /** What runs the Studio consumer on the leader only. */
    enum Election {
        /** {@code master:<namespace>:studio:activity?...}: camel-master starts the consumer 1 s after an election. */
        MASTER_ENDPOINT,
        /** {@code studio:activity?...} under a {@code ClusteredRoutePolicy}: the route starts as soon as elected. */
        ROUTE_POLICY
    }

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
    private final CamelContext camel = new DefaultCamelContext();

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

    /** A replica on another cluster service, configured by the caller. */
    ClusterInstance start(CamelClusterService cluster, String studioUri, ClusterListener listener) throws Exception {
        return start(cluster, studioUri, listener, Election.MASTER_ENDPOINT);
    }

    /** An instance whose route is run by {@code election}. */
    ClusterInstance start(CamelClusterService cluster, String studioUri, ClusterListener listener, Election election)
            throws Exception {
        camel.getCamelContextExtension().setName(id);
        camel.addService(cluster);
        CamelClusterEventListener.Leadership leadership = (view, leader) -> listener.leads(id,
                leader != null && leader.isLocal());
        // Before the start, so that the first election is heard too.
        cluster.getView(NAMESPACE).addEventListener(leadership);
        SimulatorTls.bindTo(camel.getRegistry());
        camel.getRegistry().bind("positions", positions);
        camel.getShutdownStrategy().setTimeout(5);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                String studio = studioUri + "&sequenceStateRepository=#positions";
                if (election == Election.ROUTE_POLICY) {
                    from(studio).routeId("studio-" + id)
                            .routePolicy(ClusteredRoutePolicy.forNamespace(cluster, NAMESPACE))
                            .process(ClusterListener.reporting(id, listener));
                } else {
                    from("master:" + NAMESPACE + ":" + studio).routeId("studio-" + id)
                            .process(ClusterListener.reporting(id, listener));
                }
            }
        });
        camel.start();
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

    /** Whether this replica runs the Studio consumer: its master endpoint leads, or its route policy started the route. */
    boolean isLeader() {
        if (camel.getRoute("studio-" + id).getConsumer() instanceof MasterConsumer master) {
            return master.isMaster();
        }
        return camel.getRouteController().getRouteStatus("studio-" + id).isStarted();
    }

    @Override
    public void close() {
        camel.stop();
        client.close();
    }
}
