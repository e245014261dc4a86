package dev.camelstudio.studio;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.connection.StudioSubscriptionException;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Consumers of several accounts with the same server and credentials share one WebSocket, one subscription each. */
class StudioSharedConnectionTest extends StudioCamelTestSupport {

    private static final String FIRST = "100000";
    private static final String SECOND = "100001";
    private static final String NOT_ENTITLED = "100002";

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .tls(tls())
            .account(FIRST, "ACC0001")
            .account(SECOND, "ACC0002")
            .account(NOT_ENTITLED, "ACC0003")
            .client("client", "secret", FIRST, SECOND)
            .frameRecordCapacity(0));

    private StudioSimulator studio() {
        return simulator.simulator();
    }

    private String uri(String account, String... options) {
        return studio().endpointUri(account, options);
    }

    @Test
    void twoAccountsShareOneConnection() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(FIRST)).to("mock:first");
                from(uri(SECOND)).to("mock:second");
            }
        });
        awaitSubscribed(studio(), FIRST);
        awaitSubscribed(studio(), SECOND);
        studio().publishActivity(FIRST, 300);
        studio().publishActivity(SECOND, 200);
        assertSequencesOneTo(getMockEndpoint("mock:first"), 300);
        assertSequencesOneTo(getMockEndpoint("mock:second"), 200);
        assertThat(studio().openConnections()).isEqualTo(1);
    }

    @Test
    void anEndpointCanHaveItsOwnConnection() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(FIRST)).to("mock:first");
                from(uri(SECOND, "sharedConnection=false")).to("mock:second");
            }
        });
        awaitSubscribed(studio(), FIRST);
        awaitSubscribed(studio(), SECOND);
        assertThat(studio().openConnections()).isEqualTo(2);
    }

    @Test
    void aRefusedAccountDoesNotDisturbTheOthers() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(StudioSubscriptionException.class).handled(true).to("mock:refused");
                from(uri(FIRST)).to("mock:first");
                // The same credentials as the others, so that it joins their connection and is refused there.
                from(uri(NOT_ENTITLED, "clientId=client", "clientSecret=RAW(secret)", "bridgeErrorHandler=true"))
                        .to("mock:never");
            }
        });
        awaitSubscribed(studio(), FIRST);
        MockEndpoint refused = getMockEndpoint("mock:refused");
        await().atMost(Duration.ofSeconds(10)).until(() -> refused.getReceivedCounter() > 0);
        studio().publishActivity(FIRST, 50);
        assertSequencesOneTo(getMockEndpoint("mock:first"), 50);
        assertThat(studio().openConnections()).isEqualTo(1);
        assertThat(getMockEndpoint("mock:never").getReceivedCounter()).isZero();
    }

    @Test
    void aSlowRouteMovesToItsOwnConnectionWithoutHoldingUpTheOthersOrLosingAnything() throws Exception {
        CountDownLatch slowMayGoOn = new CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(FIRST)).to("mock:first");
                from(uri(SECOND, "deliveryBufferSize=20", "slowRouteTimeout=200ms"))
                        .process(exchange -> slowMayGoOn.await())
                        .to("mock:second");
            }
        });
        awaitSubscribed(studio(), FIRST);
        awaitSubscribed(studio(), SECOND);
        studio().publishActivity(SECOND, 500);
        studio().publishActivity(FIRST, 500);
        // The fast account gets everything while the slow one is stuck; the slow one left the shared connection.
        assertSequencesOneTo(getMockEndpoint("mock:first"), 500);
        await().atMost(Duration.ofSeconds(10)).until(() -> studio().openConnections() == 2);

        slowMayGoOn.countDown();
        assertSequencesOneTo(getMockEndpoint("mock:second"), 500);
    }

    @Test
    void threadsDoNotGrowWithTheNumberOfAccounts() throws Exception {
        for (int i = 0; i < 20; i++) {
            String account = "2000" + i;
            studio().registerClient("client", "secret", FIRST, SECOND, account);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri(account)).to("mock:more");
                }
            });
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> studio().recorder().subscriptions().size() >= 20);
        assertThat(studio().openConnections()).isEqualTo(1);
        // One session: its own thread and its connecting thread; routes run on the fixed delivery pool. With
        // transport=jdk, the JDK client's threads too: a few, not one per account.
        assertThat(threadsNamed("Studio[session-") - threadsNamed("]-websocket")).isEqualTo(2);
        assertThat(threadsNamed("]-websocket")).isLessThanOrEqualTo(4);
        assertThat(threadsNamed("StudioDelivery")).isLessThanOrEqualTo(4);
    }

    /** This context's live threads whose name has the part (Camel names them "Camel (<context>) thread #n - ..."). */
    private long threadsNamed(String part) {
        String ofThisContext = "(" + context.getName() + ")";
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> thread.getName().contains(ofThisContext) && thread.getName().contains(part))
                .count();
    }

}
