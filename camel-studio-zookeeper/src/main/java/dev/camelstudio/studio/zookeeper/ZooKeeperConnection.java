package dev.camelstudio.studio.zookeeper;

import java.time.Duration;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.framework.state.ConnectionStateListener;
import org.apache.curator.retry.ExponentialBackoffRetry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a cluster service or a position repository reaches ZooKeeper: the ensemble and timeouts of a Curator client
 * made and closed with its user, or the user's own started {@link CuratorFramework}, left to its owner. Set through
 * {@code getZooKeeper()} of either (in properties: {@code zooKeeper.sessionTimeout=5s}).
 */
public final class ZooKeeperConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ZooKeeperConnection.class);

    /** Retries of one ZooKeeper call while the connection is down: 100 ms doubling, 3 times. */
    private static final int RETRY_BASE_MILLIS = 100;
    private static final int RETRIES = 3;

    private String nodes;
    private Duration sessionTimeout = Duration.ofSeconds(10);
    private Duration connectionTimeout = Duration.ofSeconds(3);
    private CuratorFramework curatorFramework;
    /** The client in use while open; the Camel lifecycle's thread sets it, its users' threads read it. */
    private volatile CuratorFramework client;
    private volatile boolean owned;
    /** Logs each new session's timeout while open; set and removed by the Camel lifecycle's thread. */
    private ConnectionStateListener report;

    ZooKeeperConnection(String nodes) {
        this.nodes = nodes;
    }

    /** Starts a client on {@link #setNodes nodes}, unless a curatorFramework was given. */
    void open() {
        if (curatorFramework != null) {
            owned = false;
            client = curatorFramework;
            return;
        }
        if (nodes == null || nodes.isBlank()) {
            throw new IllegalArgumentException("No ZooKeeper ensemble: set nodes (e.g. zk1:2181,zk2:2181,zk3:2181) "
                    + "or curatorFramework");
        }
        CuratorFramework made = CuratorFrameworkFactory.builder()
                .connectString(nodes)
                .sessionTimeoutMs(Math.toIntExact(sessionTimeout.toMillis()))
                .connectionTimeoutMs(Math.toIntExact(connectionTimeout.toMillis()))
                .retryPolicy(new ExponentialBackoffRetry(RETRY_BASE_MILLIS, RETRIES))
                .build();
        made.start();
        owned = true;
        client = made;
    }

    /**
     * Logs the session timeout the ensemble grants, on every new session: it is what bounds the failover when a leader
     * dies, and an ensemble keeps it between 2 and 20 times its tickTime, whatever was asked.
     */
    void reportGrantedSessionTimeout() {
        CuratorFramework open = client();
        report = (curator, state) -> {
            if (state == ConnectionState.CONNECTED || state == ConnectionState.RECONNECTED) {
                logGrantedSessionTimeout(curator);
            }
        };
        open.getConnectionStateListenable().addListener(report);
        if (open.getZookeeperClient().isConnected()) {
            logGrantedSessionTimeout(open);
        }
    }

    private void logGrantedSessionTimeout(CuratorFramework curator) {
        try {
            int granted = curator.getZookeeperClient().getZooKeeper().getSessionTimeout();
            if (owned && granted != sessionTimeout.toMillis()) {
                LOG.warn(
                        "ZooKeeper ({}) granted a session timeout of {} ms, not the {} ms asked for (an ensemble keeps "
                                + "it between 2 and 20 times its tickTime): a leader that dies is replaced after about {} ms "
                                + "plus up to one tickTime",
                        describe(), granted, sessionTimeout.toMillis(), granted);
            } else {
                LOG.info("ZooKeeper ({}) granted a session timeout of {} ms: a leader that dies is replaced after "
                        + "about that plus up to one tickTime of the ensemble", describe(), granted);
            }
        } catch (Exception e) {
            LOG.debug("Cannot read the session timeout ZooKeeper granted: {}", e.toString());
        }
    }

    /** The client in use; fails if not open. */
    CuratorFramework client() {
        CuratorFramework open = client;
        if (open == null) {
            throw new IllegalStateException("Not started: no ZooKeeper client yet");
        }
        return open;
    }

    /** Closes the client if it was made here. */
    void close() {
        CuratorFramework open = client;
        client = null;
        if (open != null && report != null) {
            open.getConnectionStateListenable().removeListener(report);
            report = null;
        }
        if (open != null && owned) {
            open.close();
        }
    }

    /** The ensemble for log lines and errors. */
    String describe() {
        return nodes != null ? nodes : "the given curatorFramework";
    }

    /** {@return the ZooKeeper ensemble, or null if not set} */
    public String getNodes() {
        return nodes;
    }

    /**
     * The ZooKeeper ensemble, {@code host:port[,host:port...]}; not needed with curatorFramework.
     *
     * @param nodes the ensemble, e.g. {@code zk1:2181,zk2:2181,zk3:2181}
     */
    public void setNodes(String nodes) {
        this.nodes = nodes;
    }

    /** {@return the session timeout of the client made from nodes} */
    public Duration getSessionTimeout() {
        return sessionTimeout;
    }

    /**
     * The ZooKeeper session timeout of the client made from nodes; default 10 s. For a cluster service it bounds the
     * failover when a leader dies: its election node goes when the ensemble expires its session.
     *
     * @param sessionTimeout the session timeout to ask for (the ensemble keeps it within its own bounds)
     */
    public void setSessionTimeout(Duration sessionTimeout) {
        this.sessionTimeout = sessionTimeout;
    }

    /** {@return how long the client made from nodes waits for a connection} */
    public Duration getConnectionTimeout() {
        return connectionTimeout;
    }

    /**
     * How long the client made from nodes waits for a connection; default 3 s.
     *
     * @param connectionTimeout the longest wait for a connection
     */
    public void setConnectionTimeout(Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    /** {@return the Curator client given to use instead of nodes, or null} */
    public CuratorFramework getCuratorFramework() {
        return curatorFramework;
    }

    /**
     * A started Curator client to use instead of nodes (e.g. one with ACLs or a chroot); it is not closed here.
     *
     * @param curatorFramework the started client, owned by the caller
     */
    public void setCuratorFramework(CuratorFramework curatorFramework) {
        this.curatorFramework = curatorFramework;
    }
}
