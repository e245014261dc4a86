package dev.camelstudio.studio;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tokens that expire every 3 s while activity flows: before each expiry a second connection subscribes with a new
 * token and takes over, so Studio never has to end a connection, and the route sees every message once, in order.
 */
class StudioTokenRotationTest extends StudioCamelTestSupport {

    private static final String ACCOUNT = "100000";

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .account(ACCOUNT, "ACC0001")
            .client("client", "secret", ACCOUNT)
            .tokenLifetime(Duration.ofSeconds(3))
            .heartbeatInterval(Duration.ofMillis(200))
            .frameRecordCapacity(0));

    @Test
    void rotatesBeforeExpiryWithoutGapOrDuplicate() throws Exception {
        StudioSimulator studio = simulator.simulator();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio.endpointUri(ACCOUNT, "tokenRefreshMargin=2s", "tokenRotationMargin=1s",
                        "heartbeatTimeout=1s")).to("mock:out");
            }
        });
        awaitSubscribed(studio, ACCOUNT);
        studio.startGenerator(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> studio.recorder().counters().get(Counter.CONNECTIONS_OPENED) >= 3);
        studio.stopGenerator();

        MockEndpoint out = getMockEndpoint("mock:out");
        long last = studio.ledger(ACCOUNT).lastSequence();
        assertSequencesOneTo(out, last);
        assertThat(studio.recorder().counters().get(Counter.ERROR_NOTICES_SENT))
                .as("no connection reached its token's expiry").isZero();
        assertThat(studio.recorder().counters().get(Counter.TOKENS_ISSUED)).isGreaterThanOrEqualTo(3);
        Set<Object> connections = out.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(StudioConstants.CONNECTION_ID)).collect(Collectors.toSet());
        assertThat(connections).hasSizeGreaterThanOrEqualTo(2);
    }
}
