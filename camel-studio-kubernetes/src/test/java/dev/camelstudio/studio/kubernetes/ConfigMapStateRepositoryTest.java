package dev.camelstudio.studio.kubernetes;

import dev.camelstudio.studio.delivery.PositionNotSavedException;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Positions in a ConfigMap on a Kubernetes API server (fabric8's mock server in CRUD mode, on loopback): read and
 * written, forward only, two replicas' accounts side by side, stale writes refused and counted, and an API server that
 * cannot be reached.
 */
@EnableKubernetesMockClient(crud = true)
class ConfigMapStateRepositoryTest {

    private static final String KEY = "studio:100000";

    /** Set by the mock server's extension: a client of the API server it runs. */
    static KubernetesClient client;

    private ConfigMapStateRepository repository;

    @BeforeEach
    void start() {
        repository = started(new ConfigMapStateRepository(client));
    }

    @AfterEach
    void stop() {
        repository.stop();
        // One API server for the class: each test starts from no ConfigMap.
        client.configMaps().inAnyNamespace().delete();
    }

    private static ConfigMapStateRepository started(ConfigMapStateRepository repository) {
        repository.start();
        return repository;
    }

    @Test
    void aPositionIsSavedUnderTheKeyWithADotForItsColonAndReadBack() {
        assertThat(repository.getState(KEY)).isNull();

        repository.setState(KEY, "2026-03-02:41");

        assertThat(repository.getState(KEY)).isEqualTo("2026-03-02:41");
        ConfigMap map = client.configMaps().withName("camel-studio-positions").get();
        assertThat(map.getData()).containsEntry("studio.100000", "2026-03-02:41");
    }

    @Test
    void aWriteBehindThePositionHeldIsRefusedAndCountedAndALaterDayIsAhead() {
        repository.setState(KEY, "2026-03-02:41");
        repository.setState(KEY, "2026-03-02:40");
        repository.setState(KEY, "2026-03-01:900");
        assertThat(repository.getState(KEY)).isEqualTo("2026-03-02:41");
        assertThat(repository.refusedWrites(KEY)).isEqualTo(2);

        repository.setState(KEY, "2026-03-02:41");
        repository.setState(KEY, "2026-03-03:1");
        assertThat(repository.getState(KEY)).isEqualTo("2026-03-03:1");
        assertThat(repository.refusedWrites(KEY)).as("the same position again is no refusal").isEqualTo(2);
        assertThat(repository.refusedWrites("studio:another")).isZero();
    }

    @Test
    void twoReplicasKeepEachOthersAccountsAndADeposedOneCannotMoveAnAccountBack() {
        ConfigMapStateRepository other = started(new ConfigMapStateRepository(client));
        try {
            repository.setState(KEY, "2026-03-02:10");
            other.setState("studio:100001", "2026-03-02:5");
            other.setState(KEY, "2026-03-02:20");
            // The deposed replica's last exchange completes after the new leader went on.
            repository.setState(KEY, "2026-03-02:11");

            assertThat(repository.getState(KEY)).isEqualTo("2026-03-02:20");
            assertThat(repository.getState("studio:100001")).isEqualTo("2026-03-02:5");
            assertThat(repository.refusedWrites(KEY)).isEqualTo(1);
        } finally {
            other.stop();
        }
    }

    @Test
    void theNamespaceAndNameAreTheUsers() {
        ConfigMapStateRepository named = new ConfigMapStateRepository(client);
        named.setNamespace("trading");
        named.setConfigMapName("studio-positions");
        started(named).setState(KEY, "2026-03-02:7");

        assertThat(client.configMaps().inNamespace("trading").withName("studio-positions").get().getData())
                .containsEntry("studio.100000", "2026-03-02:7");
        named.stop();
    }

    @Test
    void anUnreachableApiServerFailsAReadAndAWriteLoudly() {
        Config unreachable = new ConfigBuilder().withMasterUrl("https://127.0.0.1:1").withNamespace("default")
                .withRequestRetryBackoffLimit(0)
                .withConnectionTimeout(500).withRequestTimeout(500).build();
        try (KubernetesClient down = new KubernetesClientBuilder().withConfig(unreachable).build()) {
            ConfigMapStateRepository cut = started(new ConfigMapStateRepository(down));

            assertThatThrownBy(() -> cut.getState(KEY)).isInstanceOf(RuntimeCamelException.class)
                    .hasMessageContaining("Could not read the position " + KEY + " from ConfigMap")
                    .hasMessageContaining("may get configmaps");
            // The consumer then delivers nothing more until the position is saved.
            assertThatThrownBy(() -> cut.setState(KEY, "2026-03-02:1")).isInstanceOf(PositionNotSavedException.class)
                    .hasMessageContaining("Could not save the position " + KEY + "=2026-03-02:1 in ConfigMap");
            cut.stop();
        }
    }

    @Test
    void aKeyAConfigMapCannotHoldIsRefused() {
        assertThatThrownBy(() -> ConfigMapStateRepository.dataKey("studio:100 000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("studio:100 000");
        assertThat(ConfigMapStateRepository.dataKey("studio:100000")).isEqualTo("studio.100000");
    }

    @Test
    void theApiServerRefusesAWriteOnAStaleResourceVersionWhichTheRepositoryReliesOn() {
        repository.setState(KEY, "2026-03-02:1");
        ConfigMap stale = client.configMaps().withName("camel-studio-positions").get();
        repository.setState(KEY, "2026-03-02:2");

        stale.getData().put("studio.100000", "2026-03-02:0");
        assertThatThrownBy(() -> client.configMaps().resource(stale).update())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        assertThat(repository.getState(KEY)).isEqualTo("2026-03-02:2");
    }
}
