package dev.camelstudio.studio;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad option values are refused when the endpoint is created (or the component configured), with the fix named. */
class StudioOptionsTest extends CamelTestSupport {

    private static final String BASE = "studio:activity?accountId=1&accessToken=t";
    private static final List<String> DURATIONS = List.of("connectTimeout", "subscribeTimeout", "heartbeatTimeout",
            "reconnectInitialDelay", "reconnectMaxDelay", "tokenRefreshMargin", "tokenRotationMargin",
            "slowRouteTimeout");

    @Test
    void theDurationOptionsAreTheOnesTestedHere() throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(((CatalogCamelContext) context).getComponentParameterJsonSchema("studio"));
        assertThat(durations(json.get("properties"))).containsExactlyInAnyOrderElementsOf(DURATIONS);
        assertThat(durations(json.get("componentProperties"))).containsExactlyInAnyOrderElementsOf(DURATIONS);
    }

    private static List<String> durations(JsonNode options) {
        return options.properties().stream()
                .filter(option -> "duration".equals(option.getValue().path("type").asText()))
                .map(Map.Entry::getKey).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"connectTimeout", "subscribeTimeout", "heartbeatTimeout", "reconnectInitialDelay",
            "reconnectMaxDelay", "tokenRefreshMargin", "tokenRotationMargin", "slowRouteTimeout"})
    void everyDurationOptionRefusesWhatCamelWouldMisread(String option) {
        // Camel's own converter reads 1m30 as one minute and 30sec as 30 seconds.
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&" + option + "=1m30"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("due to: The " + option + " option is not a duration: '1m30'")
                .rootCause().hasMessage("The " + option + " option is not a duration: '1m30'. Write it as "
                        + "milliseconds (90000) or with units: 500ms, 10s, 2m, 1h, 1m30s (ISO-8601 "
                        + "such as PT10S works too)");
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&" + option + "=30sec"))
                .rootCause().hasMessageStartingWith("The " + option + " option is not a duration: '30sec'");
    }

    @Test
    void aDurationThatIsNotOneAtAllSaysSoInsteadOfMustBePositive() {
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&heartbeatTimeout=abc"))
                .rootCause().hasMessageStartingWith("The heartbeatTimeout option is not a duration: 'abc'. Write it "
                        + "as milliseconds (e.g. 30000)");
    }

    @Test
    void theAcceptedDurationFormsBind() {
        StudioConfiguration config = context.getEndpoint(BASE + "&connectTimeout=2000&subscribeTimeout=500ms"
                + "&heartbeatTimeout=1m30s&reconnectInitialDelay=PT2S"
                + "&reconnectMaxDelay=1h&tokenRefreshMargin=10m"
                + "&tokenRotationMargin=0", StudioEndpoint.class)
                .getConfiguration();
        assertThat(config.getConnectTimeout()).isEqualTo(2_000L);
        assertThat(config.getSubscribeTimeout()).isEqualTo(500L);
        assertThat(config.getHeartbeatTimeout()).isEqualTo(90_000L);
        assertThat(config.getReconnectInitialDelay()).isEqualTo(2_000L);
        assertThat(config.getReconnectMaxDelay()).isEqualTo(3_600_000L);
        assertThat(config.getTokenRefreshMargin()).isEqualTo(600_000L);
        assertThat(config.getTokenRotationMargin()).isZero();
    }

    @Test
    void optionNamesInAnotherCaseAreCheckedToo() {
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&heartbeattimeout=30sec"))
                .rootCause().hasMessageStartingWith("The heartbeatTimeout option is not a duration: '30sec'");
    }

    @Test
    void aYamlRouteWithABadDurationFailsToLoad() {
        String yaml = """
                - route:
                    from:
                      uri: studio:activity
                      parameters:
                        accountId: "1"
                        accessToken: t
                        heartbeatTimeout: 30sec
                      steps:
                        - to: mock:out
                """;
        assertThatThrownBy(() -> PluginHelper.getRoutesLoader(context)
                .loadRoutes(ResourceHelper.fromString("bad.camel.yaml", yaml)))
                .rootCause().hasMessageStartingWith("The heartbeatTimeout option is not a duration: '30sec'");
    }

    @Test
    void aBadComponentLevelDurationIsRefusedWhereCamelMainBindsIt() {
        StudioComponent component = context.getComponent("studio", StudioComponent.class);
        // How Camel Main (and Camel's other property binders) set camel.component.studio.heartbeat-timeout=1m30.
        assertThatThrownBy(() -> PropertyBindingSupport.build()
                .withConfigurer(component.getComponentPropertyConfigurer()).withIgnoreCase(true)
                .bind(context, component, "heartbeatTimeout", "1m30"))
                .isInstanceOf(PropertyBindingException.class)
                .rootCause().hasMessageStartingWith("The heartbeatTimeout option is not a duration: '1m30'");
        PropertyBindingSupport.build().withConfigurer(component.getComponentPropertyConfigurer()).withIgnoreCase(true)
                .bind(context, component, "heartbeatTimeout", "1m30s");
        assertThat(context.getEndpoint(BASE, StudioEndpoint.class).getConfiguration().getHeartbeatTimeout())
                .isEqualTo(90_000L);
    }

    @ParameterizedTest
    @CsvSource({"bodyType, xml, 'json, message, map'", "environment, staging, 'production, sandbox'",
            "gapHandling, x, 'resubscribe, warn, error'", "startFrom, x, 'replay, live'"})
    void aBadEnumValueListsTheValidOnes(String option, String value, String valid) {
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&" + option + "=" + value))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("due to: The " + option + " option must be one of")
                .rootCause().hasMessage("The " + option + " option must be one of " + valid + ": '" + value + "'");
    }

    @Test
    void enumValuesAreReadInAnyCase() {
        StudioConfiguration config = context.getEndpoint(BASE + "&bodyType=MAP&environment=Sandbox&gapHandling=warn"
                + "&startFrom=LIVE", StudioEndpoint.class).getConfiguration();
        assertThat(config.getBodyType()).isEqualTo(StudioBodyType.MAP);
        assertThat(config.getEnvironment()).isEqualTo(StudioEnvironment.SANDBOX);
        assertThat(config.getGapHandling()).isEqualTo(GapHandling.WARN);
        assertThat(config.getStartFrom()).isEqualTo(StudioStartFrom.LIVE);
    }

    @Test
    void aBadComponentLevelEnumListsTheValidOnes() {
        StudioComponent component = context.getComponent("studio", StudioComponent.class);
        assertThatThrownBy(() -> PropertyBindingSupport.build()
                .withConfigurer(component.getComponentPropertyConfigurer()).withIgnoreCase(true)
                .bind(context, component, "environment", "staging"))
                .rootCause().hasMessage("The environment option must be one of production, sandbox: 'staging'");
    }

    @Test
    void negativeTokenMarginsAreRefused() {
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&tokenRefreshMargin=-1m"))
                .rootCause().hasMessage("The tokenRefreshMargin option must be 0 (each token is used until it expires) "
                        + "or more (it is -60000 ms), e.g. tokenRefreshMargin=5m");
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&tokenRotationMargin=-PT30S"))
                .rootCause().hasMessage("The tokenRotationMargin option must be 0 (no rotation) or more (it is -30000 "
                        + "ms), e.g. tokenRotationMargin=2m");
    }

    @Test
    void aSlowRouteTimeoutBindsAndMayNotBeNegative() {
        assertThat(context.getEndpoint(BASE + "&slowRouteTimeout=1m30s", StudioEndpoint.class).getConfiguration()
                .getSlowRouteTimeout()).isEqualTo(90_000L);
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&slowRouteTimeout=-1s"))
                .rootCause().hasMessage("The slowRouteTimeout option must be 0 (the account moves as soon as its "
                        + "buffer is full) or more (it is -1000 ms), e.g. slowRouteTimeout=2s");
    }

    @Test
    void zeroTokenMarginsMeanOff() {
        StudioConfiguration config = context.getEndpoint(BASE + "&tokenRefreshMargin=0&tokenRotationMargin=0s",
                StudioEndpoint.class).getConfiguration();
        assertThat(config.getTokenRefreshMargin()).isZero();
        assertThat(config.getTokenRotationMargin()).isZero();
    }

    @Test
    void aNegativeComponentLevelMarginFailsTheEndpoint() {
        context.getComponent("studio", StudioComponent.class).getConfiguration().setTokenRefreshMargin(-1);
        assertThatThrownBy(() -> context.getEndpoint(BASE))
                .rootCause().hasMessageStartingWith("The tokenRefreshMargin option must be 0");
    }

    @Test
    void aTimeoutOfZeroSaysWhatItIs() {
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&heartbeatTimeout=0ms"))
                .rootCause().hasMessage("The heartbeatTimeout option must be positive (it is 0 ms), e.g. "
                        + "heartbeatTimeout=10s");
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&reconnectInitialDelay=5s&reconnectMaxDelay=2s"))
                .rootCause().hasMessageStartingWith("The reconnectMaxDelay option must not be shorter than "
                        + "reconnectInitialDelay (they are 2000 ms and 5000 ms)");
    }

    @Test
    void anAccessTokenWithClientCredentialsIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("studio:activity?accountId=1&accessToken=tok3n&clientId=c"
                + "&clientSecret=s3cret"))
                .rootCause().hasMessageStartingWith("Both accessToken and clientId/clientSecret are set for account 1: "
                        + "keep one of them")
                .hasMessageNotContaining("tok3n").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> context.getEndpoint("studio:activity?accountId=1&accessToken=t&clientSecret=s"))
                .rootCause().hasMessageStartingWith("Both accessToken and clientId/clientSecret are set");
    }

    @Test
    void anAccessTokenOnTheEndpointConflictsWithClientCredentialsOnTheComponent() {
        StudioComponent component = context.getComponent("studio", StudioComponent.class);
        component.getConfiguration().setClientId("shared-client");
        component.getConfiguration().setClientSecret("shared-secret");
        assertThatThrownBy(() -> context.getEndpoint(BASE))
                .rootCause().hasMessageContaining("keep one of them, on the endpoint and on the component");
    }

    @Test
    void aTokenProviderBeanTakesPrecedenceOverBoth() {
        StudioTokenProvider vault = () -> new AccessToken("vault-token", Instant.MAX);
        context.getRegistry().bind("vault", vault);
        StudioEndpoint endpoint = context.getEndpoint(BASE + "&clientId=c&clientSecret=s&tokenProvider=#vault",
                StudioEndpoint.class);
        assertThat(endpoint.createTokenProvider(null)).isSameAs(vault);
    }

    @Test
    void reconnectDelaysHaveAFloor() {
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&reconnectInitialDelay=1ms&reconnectMaxDelay=1ms"))
                .rootCause().hasMessageContaining("The reconnectInitialDelay option must be at least 10ms")
                .hasMessageContaining("hammers");
        assertThat(context.getEndpoint(BASE + "&reconnectInitialDelay=10ms&reconnectMaxDelay=50ms")).isNotNull();
    }

    @Test
    void maxFrameSizeBindsAndHasAFloor() {
        assertThat(context.getEndpoint(BASE + "&maxFrameSize=8388608", StudioEndpoint.class).getConfiguration()
                .getMaxFrameSize()).isEqualTo(8_388_608);
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&maxFrameSize=100"))
                .rootCause().hasMessageContaining("The maxFrameSize option must be at least 1024 bytes");
    }
}
