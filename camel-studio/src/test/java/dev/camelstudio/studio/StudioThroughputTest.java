package dev.camelstudio.studio;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 messages for two accounts, published concurrently: each account's route sees its sequences 1..N exactly once
 * and in order (checked against the simulator's own sequence numbers). Correctness only: speed is the benchmarks'.
 */
class StudioThroughputTest extends StudioCamelTestSupport {

    private static final String FIRST = "100000";
    private static final String SECOND = "100001";
    private static final int PER_ACCOUNT = 5_000;

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .account(FIRST, "ACC0001")
            .account(SECOND, "ACC0002")
            .client("client", "secret", FIRST, SECOND)
            .frameRecordCapacity(0));

    @Test
    void everyMessageOnceAndInOrderForEachAccount() throws Exception {
        StudioSimulator studio = simulator.simulator();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio.endpointUri(FIRST)).to("mock:first");
                from(studio.endpointUri(SECOND)).to("mock:second");
            }
        });
        awaitSubscribed(studio, FIRST);
        awaitSubscribed(studio, SECOND);
        // Part before the subscribe would have been replayed; publishing after it proves the live path.
        // Two threads of their own, so that both accounts really publish at once.
        ExecutorService publishers = Executors.newFixedThreadPool(2);
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(
                () -> studio.publishActivity(FIRST, PER_ACCOUNT), publishers);
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(
                () -> studio.publishActivity(SECOND, PER_ACCOUNT), publishers);
        assertThat(first.join()).isEqualTo(PER_ACCOUNT);
        assertThat(second.join()).isEqualTo(PER_ACCOUNT);
        publishers.shutdown();

        assertInOrderOnce(getMockEndpoint("mock:first"), FIRST);
        assertInOrderOnce(getMockEndpoint("mock:second"), SECOND);
    }

    private static void assertInOrderOnce(MockEndpoint mock, String account) {
        assertSequencesOneTo(mock, PER_ACCOUNT);
        assertThat(mock.getReceivedExchanges())
                .allMatch(e -> account.equals(e.getMessage().getHeader(StudioConstants.ACCOUNT_ID)));
    }
}
