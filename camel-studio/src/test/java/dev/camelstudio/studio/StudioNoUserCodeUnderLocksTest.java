package dev.camelstudio.studio;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.console.DevConsole;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * User code that blocks holds up only its own account: a route blocked on a connection of its own does not hold up
 * the stop of another route, the health check, JMX or the dev console; a user exception handler that blocks does not
 * stall the session, which reconnects and goes on delivering to the other accounts.
 */
class StudioNoUserCodeUnderLocksTest extends StudioCamelTestSupport {

    private static final String BLOCKED = "100000";
    private static final String OTHER = "100001";
    private static final Duration PROMPTLY = Duration.ofSeconds(3);

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .tls(tls())
            .account(BLOCKED, "ACC0001")
            .account(OTHER, "ACC0002")
            .client("client", "secret", BLOCKED, OTHER)
            .frameRecordCapacity(0));

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch blocked = new CountDownLatch(1);

    private StudioSimulator studio() {
        return simulator.simulator();
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        super.bindToRegistry(registry);
        registry.bind("blockingHandler", (ExceptionHandler) new BlockingHandler());
    }

    @AfterEach
    void letGo() {
        release.countDown();
    }

    private void awaitBlocked() throws InterruptedException {
        assertThat(blocked.await(10, TimeUnit.SECONDS)).as("the user code was reached").isTrue();
    }

    @Test
    void aRouteBlockedOnItsOwnConnectionHoldsUpNoStopHealthJmxOrConsole() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio().endpointUri(BLOCKED, "sharedConnection=false")).routeId("blocked")
                        .process(exchange -> {
                            blocked.countDown();
                            release.await();
                        });
                from(studio().endpointUri(OTHER, "sharedConnection=false")).routeId("other").to("mock:other");
            }
        });
        awaitSubscribed(studio(), BLOCKED);
        awaitSubscribed(studio(), OTHER);
        studio().publishActivity(BLOCKED, 5);
        awaitBlocked();
        StudioConsumer consumer = (StudioConsumer) context.getRoute("blocked").getConsumer();

        assertTimeoutPreemptively(PROMPTLY, () -> {
            assertThat(consumer.getConnectionState()).isNotNull();
            assertThat(consumer.getMessagesDelivered()).isGreaterThanOrEqualTo(1);
            assertThat(consumer.getHealthCheck().call().getState()).isNotNull();
            StudioDevConsole console = new StudioDevConsole();
            console.setCamelContext(context);
            assertThat(console.call(DevConsole.MediaType.TEXT, Map.of()).toString()).contains(BLOCKED);
            context.getRouteController().stopRoute("other");
        });
    }

    @Test
    void aBlockingExceptionHandlerDoesNotStallTheSessionTheOtherAccountsGoOn() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio().endpointUri(BLOCKED, "exceptionHandler=#blockingHandler")).routeId("blocked")
                        .to("mock:blocked");
                from(studio().endpointUri(OTHER)).routeId("other").to("mock:other");
            }
        });
        awaitSubscribed(studio(), BLOCKED);
        awaitSubscribed(studio(), OTHER);

        // The drop goes to every account's exception handler; this one blocks.
        studio().faults().dropConnections();
        awaitBlocked();

        MockEndpoint other = getMockEndpoint("mock:other");
        other.expectedMessageCount(3);
        awaitSubscribed(studio(), OTHER);
        studio().publishActivity(OTHER, 3);
        other.assertIsSatisfied(TimeUnit.SECONDS.toMillis(10));
    }

    /** An exception handler of the user's that blocks until the test lets it go. */
    private final class BlockingHandler implements ExceptionHandler {
        @Override
        public void handleException(Throwable exception) {
            handleException(null, null, exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handleException(message, null, exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            blocked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
