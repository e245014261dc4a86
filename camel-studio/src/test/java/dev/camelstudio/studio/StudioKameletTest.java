package dev.camelstudio.studio;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.LogCapture;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.component.kamelet.KameletComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kamelet {@code studio-activity-source} that the component jar ships: run through camel-kamelet against the
 * simulator, and checked against the component's own option metadata so that it cannot drift from the options.
 */
class StudioKameletTest extends StudioCamelTestSupport {

    private static final String KAMELET = "kamelets/studio-activity-source.kamelet.yaml";
    private static final String ACCOUNT = "100000";
    private static final String CLIENT = "kamelet-client";
    /** Every character a URI would change or cut: it reaches Studio only if the Kamelet passes it on untouched. */
    private static final String SECRET = "k&a+m%2Be=l)e%t";

    /** The README's Kamelet quick start, word for word (readmeShowsThisQuickStart keeps the two the same). */
    static final String QUICK_START = """
            - route:
                id: studio-activity
                from:
                  uri: kamelet:studio-activity-source
                  parameters:
                    accountId: "100000"
                    clientId: "{{studio.client-id}}"
                    clientSecret: "RAW({{studio.client-secret}})"
                    # the simulator; leave these three out to reach Studio itself
                    serverUrl: "{{studio.server-url}}"
                    tokenUrl: "{{studio.token-url}}"
                    sslContextParameters: "#studioSimulatorTls"
                  steps:
                    - to: log:studio-activity
            """;

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .account(ACCOUNT, "ACC0001")
            .client(CLIENT, SECRET, ACCOUNT));

    @Override
    public void configureContext(CamelContextConfiguration camelContextConfiguration) {
        super.configureContext(camelContextConfiguration);
        // The quick start ends in log:, as a user's first route would; the test watches it through a mock.
        camelContextConfiguration.withMockEndpoints("log:studio-activity*");
    }

    private void useSimulator(StudioSimulator studio) {
        context.getPropertiesComponent().addInitialProperty("studio.client-id", CLIENT);
        context.getPropertiesComponent().addInitialProperty("studio.client-secret", SECRET);
        context.getPropertiesComponent().addInitialProperty("studio.server-url", studio.webSocketUrl().toString());
        context.getPropertiesComponent().addInitialProperty("studio.token-url", studio.tokenUrl().toString());
    }

    private void load(String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("kamelet-route.camel.yaml", yaml));
    }

    private StudioEndpoint studioEndpoint() {
        return context.getEndpoints().stream().filter(StudioEndpoint.class::isInstance).map(StudioEndpoint.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("the Kamelet created no studio: endpoint"));
    }

    @Test
    void theQuickStartReceivesActivityInOrderWithTheSecretIntact() throws Exception {
        StudioSimulator studio = simulator.simulator();
        useSimulator(studio);
        try (LogCapture logs = LogCapture.capture()) {
            load(QUICK_START);
            // The simulator accepts the subscription only with a token issued for the exact secret.
            awaitSubscribed(studio, ACCOUNT);
            studio.publishActivity(ACCOUNT, 25);
            MockEndpoint activity = getMockEndpoint("mock:log:studio-activity");
            assertSequencesOneTo(activity, 25);

            StudioConfiguration config = studioEndpoint().getConfiguration();
            assertThat(config.getClientSecret()).isEqualTo(SECRET);
            assertThat(config.getClientId()).isEqualTo(CLIENT);
            assertThat(config.getAccountId()).isEqualTo(ACCOUNT);
            assertThat(config.getServerUrl()).isEqualTo(studio.webSocketUrl().toString());
            // "#studioSimulatorTls" went through the Kamelet as text and was looked up as a bean by the component.
            assertThat(config.getSslContextParameters())
                    .isSameAs(context.getRegistry().lookupByName(SimulatorTls.BEAN_NAME));
            assertThat(logs.text()).doesNotContain(SECRET).doesNotContain("written in a plain endpoint URI");
        }
    }

    @Test
    void aSecretWithoutRawIsCutByTheKameletUri() throws Exception {
        // Why the quick start says RAW(..): Camel knows no secret options of kamelet: endpoints, so the YAML DSL
        // writes the resolved secret into the kamelet: URI as it is, where '&' ends it. If Camel ever protects it,
        // this fails and the README can drop the RAW(..).
        useSimulator(simulator.simulator());
        load(QUICK_START.replace("\"RAW({{studio.client-secret}})\"", "\"{{studio.client-secret}}\""));
        assertThat(studioEndpoint().getConfiguration().getClientSecret()).isNotEqualTo(SECRET);
    }

    @Test
    void theSecretCanComeFromKameletPropertiesInsteadOfTheUri() throws Exception {
        StudioSimulator studio = simulator.simulator();
        useSimulator(studio);
        // camel-kamelet reads camel.kamelet.<name>.<property>: the secret never goes through a URI on this side.
        context.getPropertiesComponent().addInitialProperty("camel.kamelet.studio-activity-source.clientSecret",
                SECRET);
        load("""
                - route:
                    from:
                      uri: kamelet:studio-activity-source
                      parameters:
                        accountId: "100000"
                        clientId: "{{studio.client-id}}"
                        serverUrl: "{{studio.server-url}}"
                        tokenUrl: "{{studio.token-url}}"
                        sslContextParameters: "#studioSimulatorTls"
                      steps:
                        - to: mock:activity
                """);
        awaitSubscribed(studio, ACCOUNT);
        assertThat(studioEndpoint().getConfiguration().getClientSecret()).isEqualTo(SECRET);
    }

    @Test
    void optionalPropertiesGetTheComponentDefaultsAndBeanReferencesReachTheEndpoint() throws Exception {
        StudioSimulator studio = simulator.simulator();
        useSimulator(studio);
        MemoryStateRepository positions = new MemoryStateRepository();
        context.getRegistry().bind("studioPositions", positions);
        load("""
                - route:
                    from:
                      uri: kamelet:studio-activity-source
                      parameters:
                        accountId: "100000"
                        clientId: "{{studio.client-id}}"
                        clientSecret: "RAW({{studio.client-secret}})"
                        serverUrl: "{{studio.server-url}}"
                        tokenUrl: "{{studio.token-url}}"
                        sslContextParameters: "#studioSimulatorTls"
                        sequenceStateRepository: "#studioPositions"
                        bodyType: map
                      steps:
                        - to: mock:positions
                """);
        awaitSubscribed(studio, ACCOUNT);
        studio.publishActivity(ACCOUNT, 3);
        MockEndpoint out = getMockEndpoint("mock:positions");
        assertSequencesOneTo(out, 3);
        assertThat(out.getReceivedExchanges())
                .allSatisfy(e -> assertThat(e.getMessage().getBody()).isInstanceOf(Map.class));

        StudioConfiguration config = studioEndpoint().getConfiguration();
        assertThat(config.getSequenceStateRepository()).isSameAs(positions);
        assertThat(config.getBodyType()).isEqualTo(StudioBodyType.MAP);
        assertThat(config.isIncludeControlMessages()).isFalse();
        assertThat(config.getStartFrom()).isEqualTo(StudioStartFrom.REPLAY);
        await().untilAsserted(() -> assertThat(positions.getState("studio:" + ACCOUNT)).endsWith(":3"));
    }

    @Test
    void theKameletIsInTheComponentJarWhereCamelLooksByDefault() {
        KameletComponent kamelet = context.getComponent("kamelet", KameletComponent.class);
        assertThat(kamelet.getLocation()).isEqualTo("classpath:kamelets");
        URL url = getClass().getClassLoader().getResource(KAMELET);
        assertThat(url).as(KAMELET + " on the classpath").isNotNull();
        // From src/main/resources (target/classes), so that it is packaged in the jar, not only seen by tests.
        assertThat(url.toString()).contains("/target/classes/");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKameletNeedsTheJarOfThisBuild() throws Exception {
        String version = new ObjectMapper()
                .readTree(((CatalogCamelContext) context).getComponentParameterJsonSchema("studio"))
                .get("component").get("version").asText();
        Map<String, Object> spec = (Map<String, Object>) kamelet().get("spec");

        // The build writes its version in (a release's Kamelet must not name the development build).
        assertThat((List<String>) spec.get("dependencies"))
                .contains("mvn:dev.camelstudio:camel-studio:" + version);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyKameletPropertyIsAComponentOptionOfTheSameKind() throws Exception {
        Map<String, Object> kamelet = kamelet();
        JsonNode component = new ObjectMapper()
                .readTree(((CatalogCamelContext) context).getComponentParameterJsonSchema("studio"));
        JsonNode options = component.get("properties");

        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        Map<String, Object> metadata = (Map<String, Object>) kamelet.get("metadata");
        assertThat(metadata).containsEntry("name", "studio-activity-source");
        assertThat((Map<String, Object>) metadata.get("labels"))
                .containsEntry("camel.apache.org/kamelet.type", "source");
        assertThat((Map<String, Object>) metadata.get("annotations"))
                .containsEntry("camel.apache.org/provider", "camel-studio")
                .containsKeys("camel.apache.org/kamelet.support.level", "camel.apache.org/kamelet.group")
                .hasEntrySatisfying("camel.apache.org/kamelet.icon",
                        icon -> assertThat((String) icon).startsWith("data:image/svg+xml;base64,"));

        Map<String, Object> spec = (Map<String, Object>) kamelet.get("spec");
        Map<String, Object> definition = (Map<String, Object>) spec.get("definition");
        assertThat((String) definition.get("title")).endsWith("Source");
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) definition.get("properties");
        List<String> required = (List<String>) definition.get("required");
        assertThat(properties).containsKeys(required.toArray(String[]::new));

        for (Map.Entry<String, Map<String, Object>> entry : properties.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> property = entry.getValue();
            JsonNode option = options.get(name);
            assertThat(option).as("option %s of the studio component", name).isNotNull();
            assertThat(option.get("kind").asText()).as(name).isEqualTo("parameter");
            assertThat(property).as(name).containsKeys("title", "description", "type");
            assertThat(property.get("type")).as("type of " + name).isEqualTo(kameletType(option));
            if (option.has("enum")) {
                Set<String> values = new HashSet<>();
                option.get("enum").forEach(v -> values.add(v.asText()));
                assertThat((List<String>) property.get("enum")).as("values of " + name)
                        .containsExactlyInAnyOrderElementsOf(values);
            }
            if (property.containsKey("default")) {
                // A Kamelet default that differed from the component's would make the two documentations disagree.
                assertThat(String.valueOf(property.get("default"))).as("default of " + name)
                        .isEqualTo(option.get("defaultValue").asText());
            }
            boolean secret = option.path("secret").asBoolean();
            if (secret) {
                assertThat(property).as(name + " is a secret").containsEntry("format", "password");
                assertThat((List<String>) property.get("x-descriptors")).as(name)
                        .contains("urn:camel:group:credentials");
            } else {
                assertThat(property).as(name + " is no secret").doesNotContainEntry("format", "password");
            }
        }
        // Every required option of the endpoint but the path (fixed in the template's URI) is required here too.
        options.fields().forEachRemaining(option -> {
            if (option.getValue().path("required").asBoolean() && option.getValue().get("kind").asText()
                    .equals("parameter")) {
                assertThat(required).contains(option.getKey());
            }
        });

        Map<String, Object> from = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("from");
        assertThat(from).containsEntry("uri", "studio:activity");
        Map<String, Object> parameters = (Map<String, Object>) from.get("parameters");
        assertThat(parameters.keySet()).isEqualTo(properties.keySet());
        parameters.forEach((name, value) -> assertThat(value).as("template parameter " + name)
                .isEqualTo(required.contains(name) ? "{{" + name + "}}" : "{{?" + name + "}}"));
        assertThat((List<Object>) from.get("steps")).containsExactly(Map.of("to", "kamelet:sink"));

        assertThat((List<String>) spec.get("dependencies")).contains("camel:kamelet",
                "mvn:dev.camelstudio:camel-studio:" + component.get("component").get("version").asText());

        Map<String, Object> out = (Map<String, Object>) ((Map<String, Object>) spec.get("dataTypes")).get("out");
        Set<String> headers = new HashSet<>();
        component.get("headers").fieldNames().forEachRemaining(headers::add);
        assertThat(((Map<String, Object>) out.get("headers")).keySet()).containsExactlyInAnyOrderElementsOf(headers);
    }

    @Test
    void readmeShowsThisQuickStart() throws IOException {
        // Surefire runs in the module's folder; the README is the repository's.
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("```yaml\n" + QUICK_START + "```");
    }

    private static String kameletType(JsonNode option) {
        return switch (option.get("type").asText()) {
            case "boolean" -> "boolean";
            case "integer" -> "integer";
            // Enumerations, durations, text and bean references are all written as text in a Kamelet.
            default -> "string";
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kamelet() throws IOException {
        try (InputStream in = StudioKameletTest.class.getClassLoader().getResourceAsStream(KAMELET)) {
            assertThat(in).as(KAMELET).isNotNull();
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
    }
}
