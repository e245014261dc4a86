package dev.camelstudio.examples.ha;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.simulator.DemoStudio;
import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.studio.kubernetes.ConfigMapStateRepository;
import dev.camelstudio.studio.kubernetes.KubernetesLeaseClusterService;
import dev.camelstudio.studio.zookeeper.ZooKeeperLeaderLatchClusterService;
import dev.camelstudio.studio.zookeeper.ZooKeeperStateRepository;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two instances of one application in one JVM, A and B, as two machines would run it: the route of
 * {@code camel/studio-activity-ha.camel.yaml} consumes the account only on the instance that leads, and the positions
 * are shared, so that the instance that takes over goes on where the other stopped. After {@code STOP_LEADER_AFTER}
 * seconds the instance that leads is stopped, and the log shows the other taking over. {@code HA_INSTANCES} names the
 * instances to run ({@code A,B} by default); a pod runs one, named after itself, which also serves Camel's health
 * endpoint.
 * <p>
 * {@code HA_CLUSTER=zookeeper} (the default): {@link ZooKeeperLeaderLatchClusterService} and
 * {@link ZooKeeperStateRepository} on {@code ZOOKEEPER_NODES}, or on an embedded ZooKeeper when that is not set.
 * {@code HA_CLUSTER=kubernetes}: {@link KubernetesLeaseClusterService} and {@link ConfigMapStateRepository}, in a pod
 * on its API server, else on {@code KUBERNETES_MASTER}, else on an embedded one. {@code HA_CLUSTER=file}: the
 * single-host recipe, Camel's {@code FileLockClusterService} and a {@code FileStateRepository} in {@code HA_DIR}.
 * Without Studio credentials it runs on the embedded simulator.
 */
public final class ActivityHaApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityHaApplication.class);
    /** Longer than Camel's own shutdown timeout (45 s), so that Camel gives up first. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, String> environment;
    /** The embedded Studio, or null when the instances consume the real one. */
    private final StudioSimulator demo;
    private final EmbeddedZooKeeper zooKeeper;
    private final EmbeddedKubernetes kubernetes;
    /** The instances' client of the API server, with HA_CLUSTER=kubernetes. */
    private final KubernetesClient kubernetesClient;
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
        String cluster = environment.getOrDefault("HA_CLUSTER", "zookeeper");
        String nodes = environment.get("ZOOKEEPER_NODES");
        zooKeeper = !"zookeeper".equals(cluster) || (nodes != null && !nodes.isBlank()) ? null
                : EmbeddedZooKeeper.start();
        kubernetes = "kubernetes".equals(cluster) && !inPod() && environment.get("KUBERNETES_MASTER") == null
                ? EmbeddedKubernetes.start() : null;
        kubernetesClient = "kubernetes".equals(cluster) ? kubernetesClient() : null;
        List<String> ids = List.of(environment.getOrDefault("HA_INSTANCES", "A,B").split(","));
        for (String id : ids) {
            Properties properties = new Properties();
            if (demo != null) {
                properties.putAll(demo.demoComponentProperties());
            }
            if (ids.size() > 1) {
                // Both instances would want the health endpoint's port.
                properties.setProperty("camel.management.enabled", "false");
            }
            properties.putAll(overrides);
            HaInstance instance = switch (cluster) {
                case "file" -> onFileLock(id, properties);
                case "kubernetes" -> onKubernetes(id, properties);
                case "zookeeper" -> onZooKeeper(id, zooKeeper != null ? zooKeeper.connectString() : nodes, properties);
                default -> throw new IllegalArgumentException("HA_CLUSTER=" + cluster
                        + " is none of zookeeper, kubernetes, file");
            };
            if (demo != null) {
                instance.main().bind(SimulatorTls.BEAN_NAME, SimulatorTls.sslContextParameters());
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

    /** In a pod: Kubernetes tells each container where its API server is. */
    private boolean inPod() {
        return environment.get("KUBERNETES_SERVICE_HOST") != null;
    }

    /** The pod's API server (its service account), else KUBERNETES_MASTER's, else the embedded one. */
    private KubernetesClient kubernetesClient() {
        if (inPod()) {
            return new KubernetesClientBuilder().build();
        }
        String master = kubernetes != null ? kubernetes.url() : environment.get("KUBERNETES_MASTER");
        return EmbeddedKubernetes.clientOf(master, environment.getOrDefault("KUBERNETES_NAMESPACE", "default"));
    }

    private HaInstance onKubernetes(String id, Properties properties) {
        KubernetesLeaseClusterService cluster = new KubernetesLeaseClusterService(kubernetesClient);
        cluster.setId(id);
        LOG.info("Instance {}: leader election on a Lease and positions in a ConfigMap, namespace {} of {}", id,
                kubernetesClient.getNamespace(), kubernetesClient.getMasterUrl());
        return new HaInstance(id, cluster, new ConfigMapStateRepository(kubernetesClient), properties);
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
        if (kubernetesClient != null) {
            kubernetesClient.close();
        }
        if (kubernetes != null) {
            kubernetes.close();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
