package dev.camelstudio.studio;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StudioDevConsoleTest extends StudioCamelTestSupport {

    private static final String SECRET = "console-secret";

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .account("100000", "ACC0001")
            .client("client", SECRET, "100000"));

    @Test
    @SuppressWarnings("unchecked")
    void showsEachConsumersStateAndCountersWithoutSecrets() throws Exception {
        StudioSimulator studio = simulator.simulator();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio.endpointUri("100000")).routeId("activity").to("mock:out");
            }
        });
        studio.publishActivity("100000", 4);
        await().atMost(Duration.ofSeconds(10)).until(() -> getMockEndpoint("mock:out").getReceivedCounter() == 4);

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("studio");
        assertThat(console).isNotNull();
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertThat(text).contains("Route activity", "account.id: 100000", "state: LIVE", "messages.delivered: 4")
                .doesNotContain(SECRET);
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        List<Map<String, Object>> consumers = (List<Map<String, Object>>) json.get("consumers");
        assertThat(consumers).singleElement().satisfies(consumer -> {
            assertThat(consumer).containsEntry("route.id", "activity").containsEntry("state", "LIVE");
            assertThat(consumer.toString()).doesNotContain(SECRET);
        });
    }
}
