package dev.camelstudio.studio.zookeeper;

import java.time.Duration;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;

/**
 * The ZooKeeper client of a cluster service or a position repository: the user's own {@link CuratorFramework}, left
 * to its owner, or one made from a connect string and closed with its user.
 */
final class CuratorConnection {

    /** Retries of one ZooKeeper call while the connection is down: 100 ms doubling, 3 times. */
    private static final int RETRY_BASE_MILLIS = 100;
    private static final int RETRIES = 3;

    private final CuratorFramework client;
    private final boolean owned;

    private CuratorConnection(CuratorFramework client, boolean owned) {
        this.client = client;
        this.owned = owned;
    }

    /**
     * The user's client when given, else a new started one on {@code nodes}.
     *
     * @param option the option that names the ensemble, for the error when neither is set
     */
    static CuratorConnection open(CuratorFramework shared, String nodes, Duration sessionTimeout,
                                  Duration connectionTimeout, String option) {
        if (shared != null) {
            return new CuratorConnection(shared, false);
        }
        if (nodes == null || nodes.isBlank()) {
            throw new IllegalArgumentException("No ZooKeeper ensemble: set " + option + " (e.g. "
                                               + "zk1:2181,zk2:2181,zk3:2181) or curatorFramework");
        }
        CuratorFramework client = CuratorFrameworkFactory.builder()
                .connectString(nodes)
                .sessionTimeoutMs(Math.toIntExact(sessionTimeout.toMillis()))
                .connectionTimeoutMs(Math.toIntExact(connectionTimeout.toMillis()))
                .retryPolicy(new ExponentialBackoffRetry(RETRY_BASE_MILLIS, RETRIES))
                .build();
        client.start();
        return new CuratorConnection(client, true);
    }

    CuratorFramework client() {
        return client;
    }

    /** Closes the client if it was made here. */
    void close() {
        if (owned) {
            client.close();
        }
    }
}
