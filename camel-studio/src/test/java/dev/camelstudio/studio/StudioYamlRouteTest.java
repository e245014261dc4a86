package dev.camelstudio.studio;

import java.time.Duration;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.LogCapture;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A YAML DSL route, loaded by camel-yaml-dsl, whose client secret holds {@code &}, {@code +} and {@code %}. */
class StudioYamlRouteTest extends StudioCamelTestSupport {

    private static final String SECRET = "a&b+c%d=e";

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .account("100000", "ACC0001")
            .client("yaml-client", SECRET, "100000"));

    @Test
    void aYamlRouteConsumesActivity() throws Exception {
        StudioSimulator studio = simulator.simulator();
        context.getPropertiesComponent().addInitialProperty("studio.url", studio.webSocketUrl().toString());
        context.getPropertiesComponent().addInitialProperty("studio.token-url", studio.tokenUrl().toString());
        context.getPropertiesComponent().addInitialProperty("studio.secret", SECRET);
        String yaml = """
                - route:
                    id: studio-yaml
                    from:
                      uri: studio:activity
                      parameters:
                        accountId: "100000"
                        serverUrl: "{{studio.url}}"
                        tokenUrl: "{{studio.token-url}}"
                        clientId: yaml-client
                        clientSecret: "{{studio.secret}}"
                        sslContextParameters: "#studioSimulatorTls"
                      steps:
                        - filter:
                            simple: "${header.CamelStudioMessageType} == 'ORDER_UPDATE'"
                            steps:
                              - to: mock:orders
                """;
        try (LogCapture logs = LogCapture.capture()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("studio.camel.yaml", yaml));
            await().atMost(Duration.ofSeconds(10)).until(() -> studio.recorder().subscriptions().stream()
                    .anyMatch(s -> s.success()));
            studio.publishActivity("100000", 20);
            MockEndpoint orders = getMockEndpoint("mock:orders");
            await().atMost(Duration.ofSeconds(10)).until(() -> orders.getReceivedCounter() > 0);
            assertThat(orders.getReceivedExchanges()).allMatch(e -> e.getMessage().getBody(String.class)
                    .contains("\"order-update\""));
            assertThat(logs.text()).doesNotContain(SECRET);
            // parameters: puts secrets in RAW(...), so their '&', '+' and '%' survive and raise no URI warning.
            assertThat(logs.text()).doesNotContain("written in a plain endpoint URI");
        }
    }
}
