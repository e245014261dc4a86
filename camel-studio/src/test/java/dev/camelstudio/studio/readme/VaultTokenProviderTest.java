package dev.camelstudio.studio.readme;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's token provider, as a bean a route names: its tokens let the route in. */
class VaultTokenProviderTest extends CamelTestSupport {

    @RegisterExtension
    StudioSimulatorExtension studio = StudioSimulatorExtension.create(builder -> builder
            .account("100000", "ACC0001")
            .client("vault-client", "vault-secret", "100000"));

    /** A vault that hands out tokens the simulator issued, and counts the reads. */
    private final AtomicInteger reads = new AtomicInteger();

    @Override
    protected void bindToRegistry(Registry registry) {
        SimulatorTls.bindTo(registry);
    }

    @Test
    void theRouteSubscribesWithTheVaultsToken() throws Exception {
        VaultClient vault = new VaultClient() {
            @Override
            public VaultSecret read(String path) {
                reads.incrementAndGet();
                return new VaultSecret(studio.simulator().issueToken("vault-client"), Instant.now().plusSeconds(3600));
            }

            @Override
            public void invalidate(String path) {
            }
        };
        context.getRegistry().bind("vaultTokens", new VaultTokenProvider(vault));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio.simulator().endpointUri("100000", "tokenProvider=#vaultTokens")).to("mock:activity");
            }
        });
        MockEndpoint activity = getMockEndpoint("mock:activity");
        activity.expectedMessageCount(3);
        studio.simulator().publishActivity("100000", 3);
        activity.assertIsSatisfied(10_000);
        assertThat(reads).hasPositiveValue();
    }
}
