package dev.camelstudio.studio.zookeeper;

import java.time.Duration;

import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.apache.curator.framework.CuratorFramework;

/**
 * A Camel cluster service on ZooKeeper whose leader stops leading as soon as it cannot prove that it leads: for
 * {@code master:} endpoints and {@code ClusteredRoutePolicy}, like camel-zookeeper's {@code ZooKeeperClusterService},
 * on Curator's {@code LeaderLatch}, one per namespace under {@link #setBasePath basePath}.
 * <p>
 * Why not camel-zookeeper's: in Camel 4.18 its leader is told "leadership changed" while it still holds the election,
 * so a {@code master:} consumer goes on consuming after its ZooKeeper session was lost, next to the instance that was
 * elected in its place (both deliver), and it never stands for election again. Here the leader is told it lost
 * leadership when its connection is suspended (no answer from ZooKeeper within two thirds of the session timeout),
 * before the ensemble can expire its session and elect another, and it stands again when it reconnects.
 */
public class ZooKeeperLeaderLatchClusterService extends AbstractCamelClusterService<LeaderLatchClusterView> {

    private String nodes;
    private String basePath = "/camel-studio/cluster";
    private Duration sessionTimeout = Duration.ofSeconds(10);
    private Duration connectionTimeout = Duration.ofSeconds(3);
    private CuratorFramework curatorFramework;
    /** Set while started, by the Camel lifecycle's thread. */
    private volatile CuratorConnection connection;

    public ZooKeeperLeaderLatchClusterService() {
    }

    /** A cluster service on the ensemble {@code nodes}, e.g. {@code zk1:2181,zk2:2181,zk3:2181}. */
    public ZooKeeperLeaderLatchClusterService(String nodes) {
        this.nodes = nodes;
    }

    @Override
    protected LeaderLatchClusterView createView(String namespace) {
        return new LeaderLatchClusterView(this, namespace, () -> connection.client(), basePath + "/" + namespace);
    }

    @Override
    protected void doStart() throws Exception {
        if (getId() == null) {
            throw new IllegalArgumentException("A ZooKeeperLeaderLatchClusterService needs an id, unique per instance "
                                               + "(e.g. the host name), so that the logs say who leads");
        }
        connection = CuratorConnection.open(curatorFramework, nodes, sessionTimeout, connectionTimeout, "nodes");
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        CuratorConnection open = connection;
        connection = null;
        if (open != null) {
            open.close();
        }
    }

    public String getNodes() {
        return nodes;
    }

    /** The ZooKeeper ensemble, {@code host:port[,host:port...]}; not needed with curatorFramework. */
    public void setNodes(String nodes) {
        this.nodes = nodes;
    }

    public String getBasePath() {
        return basePath;
    }

    /** The znode under which each namespace holds its election; default {@code /camel-studio/cluster}. */
    public void setBasePath(String basePath) {
        this.basePath = basePath;
    }

    public Duration getSessionTimeout() {
        return sessionTimeout;
    }

    /**
     * The ZooKeeper session timeout of the client made from nodes; default 10 s. It bounds the failover when a leader
     * dies: its election node goes when the ensemble expires its session.
     */
    public void setSessionTimeout(Duration sessionTimeout) {
        this.sessionTimeout = sessionTimeout;
    }

    public Duration getConnectionTimeout() {
        return connectionTimeout;
    }

    /** How long the client made from nodes waits for a connection; default 3 s. */
    public void setConnectionTimeout(Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    public CuratorFramework getCuratorFramework() {
        return curatorFramework;
    }

    /** A started Curator client to use instead of nodes; it is not closed here. */
    public void setCuratorFramework(CuratorFramework curatorFramework) {
        this.curatorFramework = curatorFramework;
    }
}
