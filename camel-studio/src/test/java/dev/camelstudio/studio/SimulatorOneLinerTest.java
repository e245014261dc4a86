package dev.camelstudio.studio;

import java.util.List;
import java.util.stream.LongStream;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's test as the READMEs show it: nothing but the simulator's one-liners ({@code SimulatorTls.bindTo},
 * {@code endpointUri}), no helper of this project. Extends CamelTestSupport, not the project's base class, on purpose.
 */
class SimulatorOneLinerTest extends CamelTestSupport {

    private static final String ACCOUNT = "100000";
    private static final String ODD_ACCOUNT = "100001";
    /** Credentials with every character a URI would break on, and {@code )&}, which needs Camel's RAW{..} form. */
    private static final String ODD_CLIENT = "odd client&+%";
    private static final String ODD_SECRET = "s)&e+c%r=e}t";

    @RegisterExtension
    StudioSimulatorExtension studio = StudioSimulatorExtension.create(builder -> builder
            .account(ACCOUNT, "ACC0001")
            .client("my-client", "my-secret", ACCOUNT)
            .client(ODD_CLIENT, ODD_SECRET, ODD_ACCOUNT));

    @Override
    protected void bindToRegistry(Registry registry) {
        SimulatorTls.bindTo(registry);
    }

    private MockEndpoint consume(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:activity");
            }
        });
        return getMockEndpoint("mock:activity");
    }

    private static void assertReceivesOneToTen(StudioSimulator simulator, MockEndpoint activity) throws Exception {
        activity.expectedMessageCount(10);
        simulator.publishActivity(ACCOUNT, 10);
        activity.assertIsSatisfied(20_000);
        List<Long> sequences = activity.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(StudioConstants.SEQUENCE, Long.class)).toList();
        assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
    }

    @Test
    void receivesActivityOverTls() throws Exception {
        MockEndpoint activity = consume(studio.simulator().endpointUri(ACCOUNT));
        assertReceivesOneToTen(studio.simulator(), activity);
    }

    @Test
    void receivesActivityOverPlainWebSockets() throws Exception {
        try (StudioSimulator plain = StudioSimulator.builder().tls(false)
                .account(ACCOUNT, "ACC0001").client("my-client", "my-secret", ACCOUNT).start()) {
            String uri = plain.endpointUri(ACCOUNT);
            assertThat(uri).startsWith("studio:activity?accountId=100000&serverUrl=ws://")
                    .doesNotContain("sslContextParameters");
            assertReceivesOneToTen(plain, consume(uri));
        }
    }

    @Test
    void theEndpointGetsEveryValueExactlyAndTheBoundTrust() {
        StudioSimulator simulator = studio.simulator();
        StudioEndpoint endpoint = context.getEndpoint(simulator.endpointUri(ODD_ACCOUNT, "bodyType=map"),
                StudioEndpoint.class);
        StudioConfiguration config = endpoint.getConfiguration();
        assertThat(config.getAccountId()).isEqualTo(ODD_ACCOUNT);
        assertThat(config.getServerUrl()).isEqualTo(simulator.webSocketUrl().toString());
        assertThat(config.getTokenUrl()).isEqualTo(simulator.tokenUrl().toString());
        assertThat(config.getClientId()).isEqualTo(ODD_CLIENT);
        assertThat(config.getClientSecret()).isEqualTo(ODD_SECRET);
        assertThat(config.getBodyType()).isEqualTo(StudioBodyType.MAP);
        assertThat(config.getSslContextParameters())
                .isSameAs(context.getRegistry().lookupByName(SimulatorTls.BEAN_NAME));
    }
}
