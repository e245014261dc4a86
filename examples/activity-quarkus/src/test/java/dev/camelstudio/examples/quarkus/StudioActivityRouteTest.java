package dev.camelstudio.examples.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;

import jakarta.inject.Inject;

import dev.camelstudio.studio.StudioComponent;
import dev.camelstudio.studio.StudioConfiguration;
import dev.camelstudio.studio.StudioConstants;
import dev.camelstudio.studio.StudioEnvironment;
import dev.camelstudio.studio.protocol.MessageType;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example on Camel Quarkus against the simulator over TLS: the component, which is no Quarkus extension, is found
 * and configured from configuration; the route receives the account's activity with typed headers, in sequence
 * order; and the Studio consumer's readiness check is UP.
 */
@QuarkusTest
@QuarkusTestResource(StudioSimulatorResource.class)
class StudioActivityRouteTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int MESSAGES = 20;
    private static final String JANDEX_INDEX = "META-INF/jandex.idx";

    @Inject
    CamelContext context;

    @Inject
    ActivityRecorder recorder;

    @ConfigProperty(name = "camel.component.studio.server-url")
    String serverUrl;

    @Test
    void theComponentIsDiscoveredAndConfiguredFromConfiguration() {
        // Camel Quarkus bound the component into its registry at build time, from the jar's
        // META-INF/services/org/apache/camel/component/studio; Camel Main then set camel.component.studio.* on it.
        assertThat(context.getRegistry().lookupByName("studio")).isInstanceOf(StudioComponent.class);
        StudioConfiguration configuration = context.getComponent("studio", StudioComponent.class).getConfiguration();
        assertThat(configuration.getServerUrl()).isEqualTo(serverUrl).startsWith("wss://127.0.0.1:");
        assertThat(configuration.getClientId()).isEqualTo("demo-client");
        // From application.properties itself (the component's default is production).
        assertThat(configuration.getEnvironment()).isEqualTo(StudioEnvironment.SANDBOX);
        // #studioSimulatorTls, the CDI bean of SimulatorTlsProducer.
        assertThat(configuration.getSslContextParameters()).isNotNull();
    }

    @Test
    void camelStudioCarriesTheJandexIndexQuarkusNeedsToFindIt() throws Exception {
        // Camel Quarkus reads Camel's service files only in the jars Quarkus indexes: those that carry
        // META-INF/jandex.idx or that quarkus.index-dependency names. A camel-studio jar without its index fails the
        // start with "cannot find component with name studio". Built in this reactor, Quarkus loads camel-studio's
        // classes folder, which it indexes anyway: so this checks that what the jar is made of carries the index.
        Path location = Path.of(StudioComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            assertThat(location.resolve(JANDEX_INDEX)).isRegularFile();
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                assertThat(jar.getEntry(JANDEX_INDEX)).as("%s in %s", JANDEX_INDEX, location).isNotNull();
            }
        }
    }

    @Test
    void receivesTheAccountsActivityWithTypedHeadersInSequenceOrder() {
        await().atMost(PATIENCE).until(() -> recorder.headers().size() >= MESSAGES);
        List<Map<String, Object>> received = recorder.headers();
        for (int i = 0; i < received.size(); i++) {
            Map<String, Object> headers = received.get(i);
            // Every account's sequence starts at 1: nothing lost, duplicated or reordered since the first.
            assertThat(headers.get(StudioConstants.SEQUENCE)).as("message %d", i + 1).isEqualTo(i + 1L);
            assertThat(headers.get(StudioConstants.MESSAGE_TYPE)).isInstanceOf(MessageType.class);
            assertThat(headers.get(StudioConstants.ACCOUNT_ID)).isEqualTo("100000");
            assertThat(headers.get(StudioConstants.TIMESTAMP)).isInstanceOf(Instant.class);
            assertThat(headers.get(StudioConstants.REPLAY)).isInstanceOf(Boolean.class);
            assertThat(headers.get(StudioConstants.CONNECTION_ID)).isInstanceOf(String.class);
        }
    }

    @Test
    void theStudioConsumerIsReady() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            Optional<HealthCheck.Result> result = HealthCheckHelper.invokeReadiness(context).stream()
                    .filter(check -> check.getCheck().getId().equals("consumer:" + StudioActivityRoute.ROUTE_ID))
                    .findFirst();
            assertThat(result).as("the Studio consumer's check").hasValueSatisfying(check -> {
                assertThat(check.getState()).isEqualTo(HealthCheck.State.UP);
                assertThat(check.getDetails()).containsEntry("account.id", "100000");
            });
        });
    }
}
