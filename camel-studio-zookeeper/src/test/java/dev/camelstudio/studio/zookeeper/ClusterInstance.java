package dev.camelstudio.studio.zookeeper;

import java.time.Duration;

import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.simulator.cluster.ClusterDeliveries;
import dev.camelstudio.simulator.cluster.ClusterListener;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.master.MasterConsumer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.test.KillSession;

/**
 * One instance of a clustered application, as a user would run it on one machine: a CamelContext with a cluster
 * service and a {@link ZooKeeperStateRepository} on one ZooKeeper session (so that killing the session is what a dead
 * or cut-off JVM looks like to the ensemble), and the route {@code master:<namespace>:<studio uri>} telling a
 * {@link ClusterListener} what it delivered: {@link ClusterDeliveries} in the test's JVM, {@link ClusterInstanceMain} in a JVM of its
 * own.
 */
final class ClusterInstance implements AutoCloseable {

    /** What runs the Studio consumer on the leader only. */
    enum Election {
        /** {@code master:<namespace>:studio:activity?...}: camel-master starts the consumer 1 s after an election. */
        MASTER_ENDPOINT,
        /** {@code studio:activity?...} under a {@code ClusteredRoutePolicy}: the route starts as soon as elected. */
        ROUTE_POLICY
    }

    /** Short, so that tests are quick: a dead instance's session expires after 2 s. */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(2);
    static final String NAMESPACE = "studio-100000";

    private final String id;
    private final CuratorFramework client;
    private final ZooKeeperStateRepository positions = new ZooKeeperStateRepository();
    private final CamelContext camel = new DefaultCamelContext();

    private ClusterInstance(String id, String zooKeeper, Duration sessionTimeout) {
        this.id = id;
        this.client = CuratorFrameworkFactory.builder().connectString(zooKeeper)
                .sessionTimeoutMs((int) sessionTimeout.toMillis()).connectionTimeoutMs(1000)
                .retryPolicy(new ExponentialBackoffRetry(100, 3)).build();
        client.start();
        positions.getZooKeeper().setCuratorFramework(client);
    }

    /** An instance on our cluster service, {@link ZooKeeperLeaderLatchClusterService}. */
    static ClusterInstance start(String id, String zooKeeper, String studioUri, ClusterListener listener)
            throws Exception {
        return start(id, zooKeeper, SESSION_TIMEOUT, studioUri, listener, Election.MASTER_ENDPOINT);
    }

    /**
     * An instance on {@link ZooKeeperLeaderLatchClusterService} that asks for a session timeout of its own, its route
     * run by {@code election}.
     */
    static ClusterInstance start(String id, String zooKeeper, Duration sessionTimeout, String studioUri,
            ClusterListener listener, Election election) throws Exception {
        ClusterInstance instance = new ClusterInstance(id, zooKeeper, sessionTimeout);
        ZooKeeperLeaderLatchClusterService cluster = new ZooKeeperLeaderLatchClusterService();
        cluster.setId(id);
        cluster.getZooKeeper().setCuratorFramework(instance.client);
        return instance.start(cluster, studioUri, listener, election);
    }

    /** An instance on another cluster service, configured by the caller but for its id and Curator client. */
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

    static ClusterInstance prepare(String id, String zooKeeper) {
        return new ClusterInstance(id, zooKeeper, SESSION_TIMEOUT);
    }

    CuratorFramework client() {
        return client;
    }

    String id() {
        return id;
    }

    ZooKeeperStateRepository positions() {
        return positions;
    }

    /** Whether this instance runs the Studio consumer: its master endpoint leads, or its route policy started the route. */
    boolean isLeader() {
        if (camel.getRoute("studio-" + id).getConsumer() instanceof MasterConsumer master) {
            return master.isMaster();
        }
        return camel.getRouteController().getRouteStatus("studio-" + id).isStarted();
    }

    /** The ensemble expires this instance's session, as for a JVM that died or was cut off. */
    void killSession() throws Exception {
        KillSession.kill(client.getZookeeperClient().getZooKeeper());
    }

    @Override
    public void close() {
        camel.stop();
        client.close();
    }
}
