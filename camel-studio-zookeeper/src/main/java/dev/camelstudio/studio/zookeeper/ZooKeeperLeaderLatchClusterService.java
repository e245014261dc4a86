package dev.camelstudio.studio.zookeeper;

import org.apache.camel.support.cluster.AbstractCamelClusterService;

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

    private final ZooKeeperConnection zooKeeper;
    private String basePath = "/camel-studio/cluster";

    /** A cluster service whose ensemble is still to be set through {@link #getZooKeeper()}. */
    public ZooKeeperLeaderLatchClusterService() {
        this(null);
    }

    /**
     * A cluster service on the ensemble {@code nodes}, e.g. {@code zk1:2181,zk2:2181,zk3:2181}.
     *
     * @param nodes the ZooKeeper ensemble, {@code host:port[,host:port...]}
     */
    public ZooKeeperLeaderLatchClusterService(String nodes) {
        this.zooKeeper = new ZooKeeperConnection(nodes);
    }

    @Override
    protected LeaderLatchClusterView createView(String namespace) {
        return new LeaderLatchClusterView(this, namespace, zooKeeper::client, basePath + "/" + namespace);
    }

    @Override
    protected void doStart() throws Exception {
        if (getId() == null) {
            throw new IllegalArgumentException("A ZooKeeperLeaderLatchClusterService needs an id, unique per instance "
                    + "(e.g. the host name), so that the logs say who leads");
        }
        zooKeeper.open();
        zooKeeper.reportGrantedSessionTimeout();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        zooKeeper.close();
    }

    /**
     * Where ZooKeeper is: nodes, timeouts (the session timeout bounds a failover), or a Curator client of your own.
     *
     * @return the connection settings, to be changed before the service starts
     */
    public ZooKeeperConnection getZooKeeper() {
        return zooKeeper;
    }

    /** {@return the znode under which each namespace holds its election} */
    public String getBasePath() {
        return basePath;
    }

    /**
     * The znode under which each namespace holds its election; default {@code /camel-studio/cluster}.
     *
     * @param basePath the znode path, e.g. {@code /my-app/cluster}
     */
    public void setBasePath(String basePath) {
        this.basePath = basePath;
    }
}
