package dev.camelstudio.simulator.cluster;

import dev.camelstudio.simulator.camel.SimulatorTls;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.master.MasterConsumer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.StateRepository;

/**
 * One instance of a clustered application under a failover test, as a user would run it on one machine: a
 * CamelContext with a cluster service and the positions every instance shares, and one route from a studio endpoint
 * that only the elected instance runs, telling a {@link ClusterListener} what it received and when it leads. The
 * cluster service and the positions are the caller's (ZooKeeper, Kubernetes, a file lock...); the endpoint's URI is
 * the simulator's ({@code StudioSimulator#endpointUri}), its TLS trust bound as {@link SimulatorTls} names it.
 * <p>
 * Needs camel-core-engine and camel-master on the classpath (optional dependencies of the simulator).
 */
public final class ClusteredStudioContext implements AutoCloseable {

    /** What runs the Studio consumer on the elected instance only. */
    public enum Election {
        /** {@code master:<namespace>:studio:activity?...}: camel-master starts the consumer 1 s after an election. */
        MASTER_ENDPOINT,
        /** {@code studio:activity?...} under Camel's {@code ClusteredRoutePolicy}: the route starts once elected. */
        ROUTE_POLICY
    }

    private final String id;
    private final String routeId;
    private final CamelContext camel = new DefaultCamelContext();

    private ClusteredStudioContext(String id) {
        this.id = id;
        this.routeId = "studio-" + id;
    }

    /**
     * Starts an instance.
     *
     * @param id        the instance's id, as its cluster service has it
     * @param cluster   its cluster service, not started
     * @param positions the positions every instance reads, bound as {@code positions}
     * @param namespace the Camel cluster namespace of the election, e.g. {@code studio-100000}
     * @param studioUri the studio endpoint's URI, with its query
     * @param listener  hears what the route receives and when the instance leads
     * @param election  what runs the consumer on the elected instance
     * @return the started instance
     * @throws Exception when Camel cannot start
     */
    public static ClusteredStudioContext start(String id, CamelClusterService cluster,
            StateRepository<String, String> positions, String namespace, String studioUri, ClusterListener listener,
            Election election) throws Exception {
        ClusteredStudioContext instance = new ClusteredStudioContext(id);
        CamelContext camel = instance.camel;
        camel.getCamelContextExtension().setName(id);
        camel.addService(cluster);
        CamelClusterEventListener.Leadership leadership = (view, leader) -> listener.leads(id,
                leader != null && leader.isLocal());
        // Before the start, so that the first election is heard too.
        cluster.getView(namespace).addEventListener(leadership);
        SimulatorTls.bindTo(camel.getRegistry());
        camel.getRegistry().bind("positions", positions);
        camel.getShutdownStrategy().setTimeout(5);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                String studio = studioUri + "&sequenceStateRepository=#positions";
                if (election == Election.ROUTE_POLICY) {
                    from(studio).routeId(instance.routeId)
                            .routePolicy(ClusteredRoutePolicy.forNamespace(cluster, namespace))
                            .process(ClusterListener.reporting(id, listener));
                } else {
                    from("master:" + namespace + ":" + studio).routeId(instance.routeId)
                            .process(ClusterListener.reporting(id, listener));
                }
            }
        });
        camel.start();
        return instance;
    }

    /** {@return the instance's id} */
    public String id() {
        return id;
    }

    /** {@return whether this instance runs the Studio consumer: its master endpoint leads, or its policy started the route} */
    public boolean isLeader() {
        if (camel.getRoute(routeId).getConsumer() instanceof MasterConsumer master) {
            return master.isMaster();
        }
        return camel.getRouteController().getRouteStatus(routeId).isStarted();
    }

    /** Stops the instance: its route, then its cluster service. */
    @Override
    public void close() {
        camel.stop();
    }
}
