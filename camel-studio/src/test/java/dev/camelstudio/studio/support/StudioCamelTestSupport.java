package dev.camelstudio.studio.support;

import java.time.Duration;
import java.util.List;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.studio.StudioComponent;
import dev.camelstudio.studio.StudioConstants;
import dev.camelstudio.studio.StudioTransport;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Camel test against the simulator: its TLS trust bound as {@value SimulatorTls#BEAN_NAME} (what
 * {@link StudioSimulator#endpointUri} refers to), and common waits.
 */
public abstract class StudioCamelTestSupport extends CamelTestSupport {

    /**
     * Whether the test's simulator serves wss:// and https:// (the default) or plain ws:// and http://; the core
     * consumer and resilience tests run both ways, through subclasses that say false.
     */
    protected boolean tls() {
        return true;
    }

    /**
     * The WebSocket client of the test's endpoints, set on the component: Tyrus (the default), or the JDK's in the
     * subclasses of the conformance suite, which run the same tests on both transports.
     */
    protected StudioTransport transport() {
        return StudioTransport.TYRUS;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        camelContext.getComponent(StudioConstants.SCHEME, StudioComponent.class).getConfiguration()
                .setTransport(transport());
        return camelContext;
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        SimulatorTls.bindTo(registry);
    }

    /** Waits until the simulator accepted a subscription to the account. */
    protected static void awaitSubscribed(StudioSimulator studio, String accountId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> studio.recorder().subscriptions().stream()
                .anyMatch(s -> s.success() && s.accountId().equals(accountId)));
    }

    /** The CamelStudioSequence header of every Exchange the mock received, in order. */
    protected static List<Long> sequencesOf(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(StudioConstants.SEQUENCE, Long.class)).toList();
    }

    /** Waits for {@code count} Exchanges and asserts they carry sequences 1..count, each once, in order. */
    protected static void assertSequencesOneTo(MockEndpoint mock, long count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> mock.getReceivedCounter() >= count);
        List<Long> sequences = sequencesOf(mock);
        assertThat(sequences).hasSize((int) count);
        for (int i = 0; i < count; i++) {
            assertThat(sequences.get(i)).as("sequence at position %d", i).isEqualTo(i + 1L);
        }
    }
}
