package dev.camelstudio.studio.resilience;

import java.time.Duration;
import java.util.Map;

import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.studio.StudioConsumer;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators see: the consumer's readiness check (DOWN until the first replay is complete and while Studio is
 * gone for longer than heartbeatTimeout, UP when live, with the state and account in its details and never a token)
 * and its management attributes and reconnect operation.
 */
class HealthAndManagementTest extends ResilienceTestSupport {

    /** What camel-main and Spring Boot do by default: consumer health checks in the registry. */
    @BeforeEach
    void registerConsumerHealthChecks() {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        assertThat(registry).as("camel-health's registry").isNotNull();
        registry.register(registry.resolveById("consumers"));
    }

    private HealthCheck.Result readiness() {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(result -> result.getCheck().getId().equals("consumer:" + ROUTE))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No readiness check of route " + ROUTE + " among "
                        + HealthCheckHelper.invokeReadiness(context).stream().map(r -> r.getCheck().getId()).toList()));
    }

    private void awaitReadiness(HealthCheck.State state) {
        await("readiness " + state).atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> readiness().getState() == state);
    }

    private static void assertNoSecretIn(Map<String, Object> details) {
        assertThat(details.toString()).doesNotContain("eyJ").doesNotContain(SECRET).doesNotContain("s3cret");
    }

    @Test
    void downUntilTheFirstReplayIsCompleteThenUp() throws Exception {
        publish(ACCOUNT, 10);
        faults().down();
        consume(ROUTE, ACCOUNT);
        assertThat(readiness().getState()).isEqualTo(HealthCheck.State.DOWN);
        // Trying, and failing, to connect: still DOWN, and the details say why.
        await().atMost(PATIENCE).until(() -> consumer(ROUTE).getConnections() >= 2);
        HealthCheck.Result down = readiness();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails()).containsEntry("account.id", ACCOUNT).containsKey("state");
        assertThat(down.getDetails().get("state")).isIn("CONNECTING", "BACKOFF");
        assertNoSecretIn(down.getDetails());

        faults().up();
        awaitLive(ROUTE);
        HealthCheck.Result up = readiness();
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(up.getDetails()).containsEntry("account.id", ACCOUNT).containsEntry("state", "LIVE");
        assertNoSecretIn(up.getDetails());
        assertExactlyOnceInOrder(ACCOUNT);
    }

    @Test
    void staysUpDuringAShortReconnectAndGoesDownWhenStudioIsGoneLongerThanHeartbeatTimeout() throws Exception {
        consume(ROUTE, ACCOUNT, "heartbeatTimeout=3000", "reconnectInitialDelay=100", "reconnectMaxDelay=200");
        publish(ACCOUNT, 10);
        awaitLive(ROUTE);
        awaitReadiness(HealthCheck.State.UP);

        faults().down();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                .until(() -> !"LIVE".equals(consumer(ROUTE).getConnectionState()));
        // A reconnect shorter than the grace period (heartbeatTimeout, 3 s) does not flap readiness.
        assertThat(readiness().getState()).isEqualTo(HealthCheck.State.UP);
        awaitReadiness(HealthCheck.State.DOWN);
        HealthCheck.Result down = readiness();
        assertThat(down.getDetails()).containsEntry("account.id", ACCOUNT).containsKey("last.error");
        assertThat(down.getDetails().get("state")).isIn("CONNECTING", "BACKOFF");
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("not live"));
        assertNoSecretIn(down.getDetails());

        publish(ACCOUNT, 10);
        faults().up();
        awaitReadiness(HealthCheck.State.UP);
        assertNoSecretIn(readiness().getDetails());
        assertExactlyOnceInOrder(ACCOUNT);
    }

    @Test
    void theManagementAttributesAndTheReconnectOperation() throws Exception {
        publish(ACCOUNT, 30);
        // Exact connection counts below: no watchdog replacement on a busy machine.
        consume(ROUTE, ACCOUNT, "heartbeatTimeout=5000");
        awaitLive(ROUTE);
        publish(ACCOUNT, 20);
        awaitQuiescent(ACCOUNT);
        StudioConsumer consumer = consumer(ROUTE);
        assertThat(consumer.getConnectionState()).isEqualTo("LIVE");
        assertThat(consumer.getConnectionStatus()).startsWith("LIVE since");
        assertThat(consumer.getMessagesDelivered()).isEqualTo(50);
        assertThat(consumer.getDuplicatesDropped()).isZero();
        assertThat(consumer.getConnections()).isEqualTo(1);

        consumer.reconnect();
        awaitLiveAgain(ROUTE, 1);
        await().atMost(PATIENCE).until(() -> consumer.getDuplicatesDropped() == 50);
        assertThat(counter(Counter.CONNECTIONS_OPENED)).isEqualTo(2);
        assertThat(consumer.getConnections()).isEqualTo(2);
        // The new connection's replay was all old news.
        assertThat(consumer.getMessagesDelivered()).isEqualTo(50);
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(consumer.getMessagesDelivered()).isEqualTo(60);

        context.getRouteController().stopRoute(ROUTE);
        assertThat(consumer.getConnectionState()).isEqualTo("STOPPED");
    }
}
