package dev.camelstudio.examples.ha;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.studio.zookeeper.ZooKeeperLeaderLatchClusterService;
import dev.camelstudio.studio.zookeeper.ZooKeeperStateRepository;

import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two instances of one application in one JVM, A and B, as two machines would run it: the route of
 * {@code camel/studio-activity-ha.camel.yaml} consumes the account only on the instance that leads, and the positions
 * are shared, so that the instance that takes over goes on where the other stopped. After {@code STOP_LEADER_AFTER}
 * seconds the instance that leads is stopped, and the log shows the other taking over.
 * <p>
 * {@code HA_CLUSTER=zookeeper} (the default): {@link ZooKeeperLeaderLatchClusterService} and
 * {@link ZooKeeperStateRepository} on {@code ZOOKEEPER_NODES}, or on an embedded ZooKeeper when that is not set.
 * {@code HA_CLUSTER=file}: the single-host recipe, Camel's {@code FileLockClusterService} and a
 * {@code FileStateRepository} in {@code HA_DIR}. Without Studio credentials it runs on the embedded simulator.
 */
public final class ActivityHaApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityHaApplication.class);
    /** Longer than Camel's own shutdown timeout (45 s), so that Camel gives up first. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, String> environment;
    private final DemoStudio demo;
    private final EmbeddedZooKeeper zooKeeper;
    private final List<HaInstance> instances = new ArrayList<>();

    /**
     * @param environment where the settings come from ({@link System#getenv()} when run)
     * @param overrides   properties that win over {@code application.properties} (tests use them)
     */
    ActivityHaApplication(Map<String, String> environment, Properties overrides) throws Exception {
        this.environment = environment;
        String clientId = environment.get("STUDIO_CLIENT_ID");
        demo = clientId == null || clientId.isBlank()
                ? DemoStudio.start(Double.parseDouble(environment.getOrDefault("DEMO_RATE", "2"))) : null;
        boolean file = "file".equals(environment.getOrDefault("HA_CLUSTER", "zookeeper"));
        String nodes = environment.get("ZOOKEEPER_NODES");
        zooKeeper = file || (nodes != null && !nodes.isBlank()) ? null : EmbeddedZooKeeper.start();
        for (String id : List.of("A", "B")) {
            Properties properties = new Properties();
            if (demo != null) {
                properties.putAll(demo.properties());
            }
            properties.putAll(overrides);
            HaInstance instance = file ? onFileLock(id, properties)
                    : onZooKeeper(id, zooKeeper != null ? zooKeeper.connectString() : nodes, properties);
            if (demo != null) {
                demo.bindTo(instance.main());
            }
            instances.add(instance);
        }
    }

    private static HaInstance onZooKeeper(String id, String nodes, Properties properties) {
        ZooKeeperLeaderLatchClusterService cluster = new ZooKeeperLeaderLatchClusterService(nodes);
        cluster.setId(id);
        LOG.info("Instance {}: leader election and positions in ZooKeeper at {}", id, nodes);
        return new HaInstance(id, cluster, new ZooKeeperStateRepository(nodes), properties);
    }

    private HaInstance onFileLock(String id, Properties properties) {
        File directory = new File(environment.getOrDefault("HA_DIR", "target/ha"));
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(id);
        cluster.setRoot(directory.getPath());
        // Followers try for the lock every second, so that the takeover is quick to see.
        cluster.setAcquireLockDelay(1, TimeUnit.SECONDS);
        cluster.setAcquireLockInterval(1, TimeUnit.SECONDS);
        StateRepository<String, String> positions =
                FileStateRepository.fileStateRepository(new File(directory, "positions.dat"));
        LOG.info("Instance {}: file lock and positions in {} (one host only)", id, directory.getAbsolutePath());
        return new HaInstance(id, cluster, positions, properties);
    }

    public static void main(String[] args) throws Exception {
        Duration stopLeaderAfter =
                Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("STOP_LEADER_AFTER", "20")));
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl+C (SIGTERM): tells this thread to stop, and holds the JVM, which ends when its shutdown hooks have,
        // until the instances, ZooKeeper and the simulator are closed, so that their stop is logged.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "example-shutdown"));
        try (ActivityHaApplication application = new ActivityHaApplication(System.getenv(), new Properties())) {
            application.start();
            if (!stopLeaderAfter.isZero() && !stopped.await(stopLeaderAfter.toMillis(), TimeUnit.MILLISECONDS)) {
                application.stopLeader();
            }
            stopped.await();
        } finally {
            closed.countDown();
        }
    }

    /** Starts A, then B: one leads (on ZooKeeper, A, the first), the other stands by. */
    void start() throws Exception {
        for (HaInstance instance : instances) {
            instance.start();
        }
    }

    /** Stops the instance that leads, as if its machine went down; returns its id, or null if none leads. */
    String stopLeader() throws Exception {
        String namespace = "studio-" + instances.get(0).main().getCamelContext().resolvePropertyPlaceholders(
                "{{studio.account-id}}");
        for (HaInstance instance : instances) {
            if (instance.leads(namespace)) {
                LOG.info("Stopping instance {}, the leader, as if its machine went down: the other takes over after "
                        + "its last position", instance.id());
                instance.stop();
                return instance.id();
            }
        }
        LOG.info("No instance leads {} yet; nothing stopped", namespace);
        return null;
    }

    @Override
    public void close() throws Exception {
        for (HaInstance instance : instances) {
            instance.stop();
        }
        if (zooKeeper != null) {
            zooKeeper.close();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
