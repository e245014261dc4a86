package dev.camelstudio.studio;

import java.net.URI;

import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;

import org.apache.camel.CatalogCamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudioEndpointTest extends CamelTestSupport {

    private static final StudioTokenProvider VAULT = () -> new AccessToken("vault-token", java.time.Instant.MAX);

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("tls", SimulatorTls.sslContextParameters());
    }

    @Test
    void bindsEveryOptionFromTheUri() {
        StudioEndpoint endpoint = context.getEndpoint("studio:activity?accountId=100000&environment=sandbox"
                + "&serverUrl=wss://proxy.example.com/studio/v2/ws"
                + "&clientId=my-client&clientSecret=RAW(s3cr&t+%)"
                + "&tokenUrl=https://auth.example.com/oauth/token"
                + "&audience=https://aud.example.com&tokenRefreshMargin=2m"
                + "&sslContextParameters=#tls&bodyType=map"
                + "&includeControlMessages=true&connectTimeout=3s"
                + "&subscribeTimeout=1500&bridgeErrorHandler=true",
                StudioEndpoint.class);
        StudioConfiguration config = endpoint.getConfiguration();
        assertThat(endpoint.getChannel()).isEqualTo("activity");
        assertThat(config.getAccountId()).isEqualTo("100000");
        assertThat(config.getEnvironment()).isEqualTo(StudioEnvironment.SANDBOX);
        assertThat(config.getServerUrl()).isEqualTo("wss://proxy.example.com/studio/v2/ws");
        assertThat(config.getClientId()).isEqualTo("my-client");
        assertThat(config.getClientSecret()).isEqualTo("s3cr&t+%");
        assertThat(config.getTokenUrl()).isEqualTo("https://auth.example.com/oauth/token");
        assertThat(config.getAudience()).isEqualTo("https://aud.example.com");
        assertThat(config.getTokenRefreshMargin()).isEqualTo(120_000L);
        assertThat(config.getSslContextParameters()).isInstanceOf(SSLContextParameters.class);
        assertThat(config.getBodyType()).isEqualTo(StudioBodyType.MAP);
        assertThat(config.isIncludeControlMessages()).isTrue();
        assertThat(config.getConnectTimeout()).isEqualTo(3_000L);
        assertThat(config.getSubscribeTimeout()).isEqualTo(1_500L);
        assertThat(endpoint.isBridgeErrorHandler()).isTrue();
        assertThat(endpoint.serverUri()).isEqualTo(URI.create("wss://proxy.example.com/studio/v2/ws"));
    }

    @Test
    void defaultsFollowTheProtocol() {
        StudioEndpoint endpoint =
                context.getEndpoint("studio:activity?accountId=1&accessToken=t", StudioEndpoint.class);
        StudioConfiguration config = endpoint.getConfiguration();
        assertThat(endpoint.serverUri()).isEqualTo(URI.create("wss://api.clearstreet.io/studio/v2/ws"));
        assertThat(config.getTokenUrl()).isEqualTo("https://auth.clearstreet.io/oauth/token");
        assertThat(config.getAudience()).isEqualTo("https://api.clearstreet.io");
        assertThat(config.getBodyType()).isEqualTo(StudioBodyType.JSON);
        assertThat(config.isIncludeControlMessages()).isFalse();
        assertThat(config.getTokenRefreshMargin()).isEqualTo(300_000L);
    }

    @Test
    void sandboxEnvironmentMapsToItsUrl() {
        StudioEndpoint endpoint = context.getEndpoint("studio:activity?accountId=1&accessToken=t&environment=sandbox",
                StudioEndpoint.class);
        assertThat(endpoint.serverUri()).isEqualTo(URI.create("wss://sandbox-api.clearstreet.io/studio/v2/ws"));
    }

    @Test
    void componentOptionsAreEndpointDefaults() {
        StudioComponent component = context.getComponent("studio", StudioComponent.class);
        component.getConfiguration().setClientId("shared-client");
        component.getConfiguration().setClientSecret("shared-secret");
        StudioEndpoint first = context.getEndpoint("studio:activity?accountId=1", StudioEndpoint.class);
        StudioEndpoint second = context.getEndpoint("studio:activity?accountId=2&clientId=other&clientSecret=x",
                StudioEndpoint.class);
        assertThat(first.getConfiguration().getClientId()).isEqualTo("shared-client");
        assertThat(second.getConfiguration().getClientId()).isEqualTo("other");
        assertThat(component.getConfiguration().getClientId()).isEqualTo("shared-client");
    }

    @Test
    void aTokenProviderBeanIsPickedUpByReference() {
        context.getRegistry().bind("vault", VAULT);
        StudioEndpoint endpoint = context.getEndpoint("studio:activity?accountId=1&tokenProvider=#vault",
                StudioEndpoint.class);
        assertThat(endpoint.createTokenProvider(null)).isSameAs(VAULT);
    }

    @Test
    void theOnlyTokenProviderBeanIsAutowired() {
        context.getRegistry().bind("vault", VAULT);
        StudioEndpoint endpoint = context.getEndpoint("studio:activity?accountId=1", StudioEndpoint.class);
        assertThat(endpoint.createTokenProvider(null)).isSameAs(VAULT);
    }

    @Test
    void unknownChannelListsTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("studio:orders?accountId=1&accessToken=t"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasRootCauseMessage("Unknown Studio channel 'orders' in studio:orders. Valid channels: activity, "
                        + "e.g. studio:activity?accountId=...");
    }

    @Test
    void accountIdIsRequired() {
        assertThatThrownBy(() -> context.getEndpoint("studio:activity?accessToken=t"))
                .hasRootCauseMessage(
                        "The accountId option is required: studio:activity?accountId=<your Studio account ID>");
    }

    @Test
    void credentialsAreRequired() {
        assertThatThrownBy(() -> context.getEndpoint("studio:activity?accountId=100000"))
                .rootCause().hasMessageContaining("No Studio credentials for account 100000")
                .hasMessageContaining("clientId and clientSecret").hasMessageContaining("accessToken")
                .hasMessageContaining("tokenProvider");
    }

    @Test
    void clientIdNeedsItsSecret() {
        assertThatThrownBy(() -> context.getEndpoint("studio:activity?accountId=1&clientId=c"))
                .rootCause().hasMessageContaining("The clientSecret option is missing");
        assertThatThrownBy(() -> context.getEndpoint("studio:activity?accountId=1&clientSecret=s"))
                .rootCause().hasMessageContaining("The clientId option is missing").hasMessageNotContaining("=s");
    }

    @Test
    void plainWebSocketOnlyToLoopback() {
        assertThatThrownBy(() -> context.getEndpoint("studio:activity?accountId=1&accessToken=t"
                + "&serverUrl=ws://studio.example.com/studio/v2/ws"))
                .rootCause().hasMessageContaining("uses plain ws://").hasMessageContaining("use wss://");
        assertThat(context.getEndpoint("studio:activity?accountId=1&accessToken=t&serverUrl=ws://127.0.0.1:1/x"))
                .isNotNull();
        assertThatThrownBy(() -> context.getEndpoint("studio:activity?accountId=1&accessToken=t"
                + "&serverUrl=https://studio.example.com"))
                .rootCause().hasMessageContaining("is not a ws(s):// URL");
    }

    @Test
    void badEnumOrDurationIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("studio:activity?accountId=1&accessToken=t&bodyType=xml"))
                .isInstanceOf(ResolveEndpointFailedException.class).hasMessageContaining("bodyType");
        assertThatThrownBy(() -> context.getEndpoint("studio:activity?accountId=1&accessToken=t&connectTimeout=0"))
                .rootCause().hasMessageContaining("The connectTimeout option must be positive");
    }

    @Test
    void producerIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to("studio:activity?accountId=1&accessToken=t");
            }
        })).rootCause().hasMessage("The studio component only consumes: use studio:activity in from(...), "
                + "e.g. from(\"studio:activity?accountId=100000\")");
    }

    @Test
    void secretsAreMaskedInTheEndpointUri() {
        StudioEndpoint withSecret = context.getEndpoint("studio:activity?accountId=1&clientId=c&clientSecret=topsecret",
                StudioEndpoint.class);
        StudioEndpoint withToken = context.getEndpoint("studio:activity?accountId=1&accessToken=tok3n",
                StudioEndpoint.class);
        // What Camel shows (logs, JMX) is the sanitized URI; the raw one is only the registry key.
        assertThat(withSecret.toString()).doesNotContain("topsecret");
        assertThat(withToken.toString()).doesNotContain("tok3n");
        assertThat(URISupport.sanitizeUri(withSecret.getEndpointUri())).doesNotContain("topsecret");
        assertThat(URISupport.sanitizeUri(withToken.getEndpointUri())).doesNotContain("tok3n");
    }

    @Test
    void generatedMetadataIsFoundAtRuntime() throws Exception {
        String json = ((CatalogCamelContext) context).getComponentParameterJsonSchema("studio");
        assertThat(json).contains("\"accountId\"", "\"clientSecret\"", "\"secret\": true", "\"bodyType\"",
                "\"CamelStudioSequence\"", "\"CamelStudioMessageType\"", "\"consumerOnly\": true");
        assertThat(PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("studio-endpoint", context))
                .isNotNull();
        assertThat(PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("studio-component", context))
                .isNotNull();
        assertThat(PluginHelper.getUriFactoryResolver(context).resolveFactory("studio", context)).isNotNull();
    }
}
