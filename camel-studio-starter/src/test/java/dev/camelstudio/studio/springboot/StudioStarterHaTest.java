package dev.camelstudio.studio.springboot;

import java.io.File;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.camelstudio.studio.StudioComponent;
import dev.camelstudio.studio.kubernetes.ConfigMapStateRepository;
import dev.camelstudio.studio.kubernetes.KubernetesLeaseClusterService;
import dev.camelstudio.studio.zookeeper.ZooKeeperLeaderLatchClusterService;
import dev.camelstudio.studio.zookeeper.ZooKeeperStateRepository;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code studio.ha.*}: with a coordinator set, the starter makes the cluster service (which Camel adds to its
 * context, and which then holds elections) and the shared positions, and makes those the studio component's; nothing
 * without it, and the application's own beans win. On fabric8's mock API server and a real ZooKeeper, on loopback.
 */
class StudioStarterHaTest {

    private static final String NAMESPACE = "studio-100000";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, StudioComponentConverter.class,
                    StudioComponentAutoConfiguration.class, StudioKubernetesHaAutoConfiguration.class,
                    StudioZooKeeperHaAutoConfiguration.class))
            .withPropertyValues("camel.main.routes-include-pattern=classpath:no-yaml-routes/*");

    private KubernetesMockServer apiServer;
    private KubernetesClient client;
    private TestingServer zooKeeper;

    @BeforeEach
    void startCoordinators() throws Exception {
        apiServer = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(),
                new HashMap<>(), new KubernetesMixedDispatcher(new HashMap<>()), false);
        apiServer.init(InetAddress.getByName("127.0.0.1"), 0);
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl("http://127.0.0.1:" + apiServer.getPort())
                .withNamespace("studio").build();
        client = new KubernetesClientBuilder().withConfig(config).build();
        zooKeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, 200, -1,
                Map.of("clientPortAddress", "127.0.0.1"), "127.0.0.1"), true);
    }

    @AfterEach
    void stopCoordinators() throws Exception {
        client.close();
        apiServer.destroy();
        zooKeeper.close();
    }

    @Test
    void withoutACoordinatorNothingIsConfigured() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CamelClusterService.class)
                .doesNotHaveBean("studioPositions"));
    }

    @Test
    void onKubernetesTheReplicaTakesPartInTheElectionOnALeaseAndThePositionsAreTheComponents() {
        runner.withBean(KubernetesClient.class, () -> client)
                .withPropertyValues("studio.ha.coordinator=kubernetes", "studio.ha.id=pod-a",
                        "studio.ha.kubernetes.lease-duration=4s", "studio.ha.kubernetes.renew-deadline=3s",
                        "studio.ha.kubernetes.retry-period=500ms", "studio.ha.kubernetes.config-map-name=positions")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    KubernetesLeaseClusterService cluster = context.getBean(KubernetesLeaseClusterService.class);
                    assertThat(cluster.getId()).isEqualTo("pod-a");
                    assertThat(cluster.getLeaseDurationMillis()).isEqualTo(4000);
                    assertThat(cluster.getRetryPeriodMillis()).isEqualTo(500);
                    ConfigMapStateRepository positions = context.getBean("studioPositions",
                            ConfigMapStateRepository.class);
                    assertThat(positions.getConfigMapName()).isEqualTo("positions");
                    assertThat(componentPositions(context.getBean(CamelContext.class))).isSameAs(positions);

                    // Camel runs the service: a master: route's view holds an election on the Lease.
                    assertThat(context.getBean(CamelContext.class).hasService(cluster)).isTrue();
                    cluster.getView(NAMESPACE);
                    await().atMost(Duration.ofSeconds(10)).until(() -> cluster.isLeader(NAMESPACE));
                    Lease lease = client.leases().withName("camel-studio-" + NAMESPACE).get();
                    assertThat(lease.getSpec().getHolderIdentity()).isEqualTo("pod-a");
                });
    }

    @Test
    void onZooKeeperTheInstanceTakesPartInTheElectionAndThePositionsAreTheComponents() {
        runner.withPropertyValues("studio.ha.coordinator=zookeeper", "studio.ha.id=host-a",
                "studio.ha.zookeeper.nodes=" + zooKeeper.getConnectString(),
                "studio.ha.zookeeper.session-timeout=4s", "studio.ha.zookeeper.positions-path=/app/positions")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ZooKeeperLeaderLatchClusterService cluster = context
                            .getBean(ZooKeeperLeaderLatchClusterService.class);
                    assertThat(cluster.getId()).isEqualTo("host-a");
                    assertThat(cluster.getZooKeeper().getSessionTimeout()).isEqualTo(Duration.ofSeconds(4));
                    ZooKeeperStateRepository positions = context.getBean("studioPositions",
                            ZooKeeperStateRepository.class);
                    assertThat(positions.getBasePath()).isEqualTo("/app/positions");
                    assertThat(componentPositions(context.getBean(CamelContext.class))).isSameAs(positions);

                    cluster.getView(NAMESPACE);
                    await().atMost(Duration.ofSeconds(10)).until(() -> cluster.isLeader(NAMESPACE));
                });
    }

    @Test
    void theApplicationsOwnPositionsWin() {
        FileStateRepository own = FileStateRepository.fileStateRepository(new File("target/own-positions"));
        runner.withBean(KubernetesClient.class, () -> client)
                .withBean("studioPositions", FileStateRepository.class, () -> own)
                .withPropertyValues("studio.ha.coordinator=kubernetes", "studio.ha.id=pod-a")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(componentPositions(context.getBean(CamelContext.class))).isSameAs(own);
                });
    }

    private static Object componentPositions(CamelContext camel) {
        return camel.getComponent("studio", StudioComponent.class).getConfiguration().getSequenceStateRepository();
    }
}
