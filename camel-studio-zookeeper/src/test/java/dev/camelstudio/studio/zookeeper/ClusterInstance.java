package dev.camelstudio.studio.zookeeper;

import java.time.Duration;

import dev.camelstudio.simulator.cluster.ClusterDeliveries;
import dev.camelstudio.simulator.cluster.ClusterListener;
import dev.camelstudio.simulator.cluster.ClusteredStudioContext;
import dev.camelstudio.simulator.cluster.ClusteredStudioContext.Election;

import org.apache.camel.cluster.CamelClusterService;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.test.KillSession;

/**
 * One instance of a clustered application, as a user would run it on one machine: a {@link ClusteredStudioContext}
 * with a cluster service and a {@link ZooKeeperStateRepository} on one ZooKeeper session (so that killing the session
 * is what a dead or cut-off JVM looks like to the ensemble), telling a {@link ClusterListener} what it delivered:
 * {@link ClusterDeliveries} in the test's JVM, {@link ClusterInstanceMain} in a JVM of its own.
 */
final class ClusterInstance implements AutoCloseable {

    /** Short, so that tests are quick: a dead instance's session expires after 2 s. */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(2);
    static final String NAMESPACE = "studio-100000";

    private final String id;
    private final CuratorFramework client;
    private final ZooKeeperStateRepository positions = new ZooKeeperStateRepository();
    private ClusteredStudioContext camel;

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

    static ClusterInstance prepare(String id, String zooKeeper) {
        return new ClusterInstance(id, zooKeeper, SESSION_TIMEOUT);
    }

    /** An instance on a cluster service configured by the caller but for its id and Curator client. */
    ClusterInstance start(CamelClusterService cluster, String studioUri, ClusterListener listener, Election election)
            throws Exception {
        camel = ClusteredStudioContext.start(id, cluster, positions, NAMESPACE, studioUri, listener, election);
        return this;
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

    /** Whether this instance runs the Studio consumer. */
    boolean isLeader() {
        return camel.isLeader();
    }

    /** The ensemble expires this instance's session, as for a JVM that died or was cut off. */
    void killSession() throws Exception {
        KillSession.kill(client.getZookeeperClient().getZooKeeper());
    }

    @Override
    public void close() {
        if (camel != null) {
            camel.close();
        }
        client.close();
    }
}
