package dev.camelstudio.studio;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The move of an account to a connection of its own against its consumer's lifecycle, each race made deterministic by
 * asking for the move (what the session's executor does) at the moment that used to be unsafe: again after it moved,
 * and after the route stopped. A shared session that other routes use is never closed by the move, and a stopped
 * consumer leases nothing.
 */
class StudioConsumerMoveTest extends StudioCamelTestSupport {

    private static final String MOVED = "100000";
    private static final String STAYS = "100001";

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .tls(tls())
            .account(MOVED, "ACC0001")
            .account(STAYS, "ACC0002")
            .client("client", "secret", MOVED, STAYS)
            .frameRecordCapacity(0));

    private StudioSimulator studio() {
        return simulator.simulator();
    }

    private StudioConsumer consumer(String routeId) {
        return (StudioConsumer) context.getRoute(routeId).getConsumer();
    }

    private StudioSessionRegistry sessions() {
        return context.getComponent("studio", StudioComponent.class).sessions();
    }

    private final CountDownLatch slowMayGoOn = new CountDownLatch(1);

    /** Both accounts on one connection; the route of MOVED waits for the test, behind a buffer of one. */
    private void twoAccountsOnOneConnection() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio().endpointUri(MOVED, "deliveryBufferSize=1", "slowRouteTimeout=0")).routeId("moved")
                        .process(exchange -> slowMayGoOn.await()).to("mock:moved");
                from(studio().endpointUri(STAYS)).routeId("stays").to("mock:stays");
            }
        });
        awaitSubscribed(studio(), MOVED);
        awaitSubscribed(studio(), STAYS);
        assertThat(studio().openConnections()).isEqualTo(1);
    }

    @Test
    void aRepeatedMoveRequestLeasesNothingMoreAndTheSharedSessionGoesOnForTheOthers() throws Exception {
        twoAccountsOnOneConnection();
        studio().publishActivity(MOVED, 20);
        await().atMost(Duration.ofSeconds(10)).until(() -> studio().openConnections() == 2);

        // The session's request again, late: the account is on its own connection already.
        consumer("moved").moveToOwnConnection();
        assertThat(sessions().size()).isEqualTo(2);

        slowMayGoOn.countDown();
        assertSequencesOneTo(getMockEndpoint("mock:moved"), 20);
        context.getRouteController().stopRoute("moved");
        // Had the shared lease been given back twice, the session of "stays" would be closed now.
        await().atMost(Duration.ofSeconds(10)).until(() -> studio().openConnections() == 1);
        studio().publishActivity(STAYS, 20);
        assertSequencesOneTo(getMockEndpoint("mock:stays"), 20);
        assertThat(sessions().size()).isEqualTo(1);
    }

    @Test
    void aMoveRequestThatArrivesAfterTheRouteStoppedLeasesNothing() throws Exception {
        twoAccountsOnOneConnection();
        StudioConsumer stopped = consumer("moved");
        slowMayGoOn.countDown();
        context.getRouteController().stopRoute("moved");

        stopped.moveToOwnConnection();

        assertThat(sessions().size()).isEqualTo(1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .until(() -> studio().openConnections() == 1);
    }
}
