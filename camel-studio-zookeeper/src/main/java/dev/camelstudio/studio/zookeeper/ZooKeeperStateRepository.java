package dev.camelstudio.studio.zookeeper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelstudio.studio.StudioRefusedPositions;
import dev.camelstudio.studio.cluster.CompareAndSetPositions;
import dev.camelstudio.studio.delivery.SequencePosition;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Studio positions in ZooKeeper, shared by every instance of an application: the {@code sequenceStateRepository} of
 * the studio consumer when one instance at a time consumes an account (see {@link ZooKeeperLeaderLatchClusterService})
 * and the instance that takes over must go on where the other stopped.
 * <p>
 * One znode per key under {@link #setBasePath basePath} (the consumer's keys are {@code studio:<accountId>}), holding
 * the position {@code yyyy-MM-dd:sequence}. Writes are conditional: a position is written only over an earlier one,
 * with the version read (a compare-and-set), so that an instance that was deposed while its last exchange ran cannot
 * move an account back behind what the new leader delivered since; such a write is refused and counted.
 * <p>
 * Reading fails loudly when ZooKeeper cannot be reached (the consumer does not start, rather than replay the whole
 * day); a write that fails is logged (once, not per message) and thrown: the position stays at the last one saved,
 * and the consumer delivers nothing more until it can save again.
 */
public class ZooKeeperStateRepository extends ServiceSupport
        implements StateRepository<String, String>, StudioRefusedPositions {

    private static final Logger LOG = LoggerFactory.getLogger(ZooKeeperStateRepository.class);

    private final CompareAndSetPositions writes = new CompareAndSetPositions(LOG, () -> "ZooKeeper (" + where() + ")");
    private final AtomicLong refusedWrites = new AtomicLong();
    /** The refused writes per key, for the consumer's meters. */
    private final Map<String, AtomicLong> refusedByKey = new ConcurrentHashMap<>();
    /** Per key, the znode as this instance last read or wrote it; a write that finds it changed reads it again. */
    private final Map<String, Known> lastSeen = new ConcurrentHashMap<>();

    private final ZooKeeperConnection zooKeeper;
    private String basePath = "/camel-studio/positions";

    /** A repository whose ensemble is still to be set through {@link #getZooKeeper()}. */
    public ZooKeeperStateRepository() {
        this(null);
    }

    /**
     * A repository on the ensemble {@code nodes}, e.g. {@code zk1:2181,zk2:2181,zk3:2181}.
     *
     * @param nodes the ZooKeeper ensemble, {@code host:port[,host:port...]}
     */
    public ZooKeeperStateRepository(String nodes) {
        this.zooKeeper = new ZooKeeperConnection(nodes);
    }

    @Override
    protected void doStart() throws Exception {
        if (!basePath.startsWith("/") || basePath.endsWith("/")) {
            throw new IllegalArgumentException("The basePath option must start with / and not end with one (it is "
                    + basePath + "), e.g. /camel-studio/positions");
        }
        zooKeeper.open();
    }

    @Override
    protected void doStop() throws Exception {
        zooKeeper.close();
    }

    @Override
    public String getState(String key) {
        try {
            byte[] data = client().getData().forPath(path(key));
            return new String(data, StandardCharsets.UTF_8);
        } catch (KeeperException.NoNodeException e) {
            return null;
        } catch (Exception e) {
            throw new RuntimeCamelException("Could not read the position " + key + " from ZooKeeper (" + where()
                    + "): " + e.getMessage() + ". Check that the ensemble is reachable", e);
        }
    }

    /** Writes {@code value} unless the znode already holds a later position; see the class comment. */
    @Override
    public void setState(String key, String value) {
        writes.save(key, value, this::tryWrite);
    }

    /**
     * One compare-and-set round; false if the znode changed under it. It starts from the znode as this instance last
     * read or wrote it, so the usual write (the next position of an account this instance consumes) is one round
     * trip; a znode that another instance wrote since makes the write fail, and it is read again.
     */
    private boolean tryWrite(String key, SequencePosition proposed) throws Exception {
        CuratorFramework client = client();
        String path = path(key);
        byte[] bytes = proposed.toString().getBytes(StandardCharsets.UTF_8);
        Known known = lastSeen.get(key);
        if (known == null) {
            Stat stat = new Stat();
            byte[] current;
            try {
                current = client.getData().storingStatIn(stat).forPath(path);
            } catch (KeeperException.NoNodeException e) {
                try {
                    client.create().creatingParentsIfNeeded().forPath(path, bytes);
                    lastSeen.put(key, new Known(proposed, 0));
                    return true;
                } catch (KeeperException.NodeExistsException created) {
                    return false;
                }
            }
            known = new Known(savedPosition(key, current), stat.getVersion());
        }
        if (known.position() != null && known.position().compareTo(proposed) >= 0) {
            if (known.position().compareTo(proposed) > 0) {
                refusedWrites.incrementAndGet();
                refusedByKey.computeIfAbsent(key, refused -> new AtomicLong()).incrementAndGet();
                LOG.warn("Position {}={} not saved: ZooKeeper holds {}, a later one, written by the instance that "
                        + "consumes the account now", key, proposed, known.position());
            }
            lastSeen.put(key, known);
            return true;
        }
        try {
            Stat written = client.setData().withVersion(known.version()).forPath(path, bytes);
            lastSeen.put(key, new Known(proposed, written.getVersion()));
            return true;
        } catch (KeeperException.BadVersionException | KeeperException.NoNodeException e) {
            lastSeen.remove(key);
            return false;
        }
    }

    /**
     * A znode's position (null if it held none) at a version, as this instance last read or wrote it: as long as the
     * version is still the znode's, the position is what the znode holds.
     */
    private record Known(SequencePosition position, int version) {
    }

    /** The position a znode holds, or null (and a warning) for one that is not a position: it is overwritten. */
    private static SequencePosition savedPosition(String key, byte[] current) {
        String text = new String(current, StandardCharsets.UTF_8);
        try {
            return SequencePosition.parse(text);
        } catch (IllegalArgumentException e) {
            LOG.warn("The ZooKeeper value of {} is not a Studio position; it is overwritten: {}", key, e.getMessage());
            return null;
        }
    }

    private CuratorFramework client() {
        return zooKeeper.client();
    }

    private String path(String key) {
        if (key.isEmpty() || key.contains("/")) {
            throw new IllegalArgumentException("A ZooKeeperStateRepository key must be one znode name, without '/': "
                    + key);
        }
        return basePath + "/" + key;
    }

    private String where() {
        return zooKeeper.describe() + ", " + basePath;
    }

    /**
     * Writes refused because ZooKeeper held a later position (a deposed instance's last save).
     *
     * @return how many writes were refused since this repository was created
     */
    public long getRefusedWrites() {
        return refusedWrites.get();
    }

    @Override
    public long refusedWrites(String key) {
        AtomicLong refused = refusedByKey.get(key);
        return refused == null ? 0 : refused.get();
    }

    /**
     * Where ZooKeeper is: nodes, timeouts, or a Curator client of your own.
     *
     * @return the connection settings, to be changed before the repository starts
     */
    public ZooKeeperConnection getZooKeeper() {
        return zooKeeper;
    }

    /** {@return the znode under which each key is one znode} */
    public String getBasePath() {
        return basePath;
    }

    /**
     * The znode under which each key is one znode; default {@code /camel-studio/positions}.
     *
     * @param basePath the znode path: starting with {@code /} and not ending with one
     */
    public void setBasePath(String basePath) {
        this.basePath = basePath;
    }
}
