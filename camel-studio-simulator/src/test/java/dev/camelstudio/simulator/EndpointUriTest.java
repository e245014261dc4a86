package dev.camelstudio.simulator;

import java.net.URISyntaxException;
import java.util.Map;

import dev.camelstudio.simulator.support.Studios;

import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Studios.C;
import static dev.camelstudio.simulator.support.Studios.CLIENT_1;
import static dev.camelstudio.simulator.support.Studios.CLIENT_2;
import static dev.camelstudio.simulator.support.Studios.SECRET_1;
import static dev.camelstudio.simulator.support.Studios.SECRET_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link StudioSimulator#endpointUri}: the camel-studio URI that reaches the simulator, read back as Camel reads it;
 * and {@link StudioSimulator#demoComponentProperties()}, the same as component properties.
 */
class EndpointUriTest {

    private static StudioSimulator studio;

    @BeforeAll
    static void start() {
        studio = Studios.builder().account("100003", "ACC0004").start();
    }

    @AfterAll
    static void stop() {
        studio.close();
    }

    private static String base() {
        return "studio:activity?accountId=" + A + "&serverUrl=wss://127.0.0.1:" + studio.port() + "/studio/v2/ws"
                + "&tokenUrl=https://127.0.0.1:" + studio.port() + "/oauth/token";
    }

    /** The query as Camel's endpoint parsing sees it: RAW values resolved to what the component receives. */
    private static Map<String, Object> camelParameters(String uri) throws URISyntaxException {
        Map<String, Object> parameters = URISupport.parseQuery(URISupport.extractQuery(uri), false);
        URISupport.resolveRawParameterValues(parameters);
        return parameters;
    }

    @Test
    void overTlsItNamesTheServerTheFirstClientOfTheAccountAndTheTrustBean() {
        assertThat(studio.endpointUri(A)).isEqualTo(base() + "&clientId=" + CLIENT_1 + "&clientSecret=RAW("
                + SECRET_1 + ")&sslContextParameters=#studioSimulatorTls");
    }

    @Test
    void overPlainWebSocketsItHasNoTlsReference() {
        try (StudioSimulator plain = Studios.builder().tls(false).start()) {
            assertThat(plain.endpointUri(A)).isEqualTo("studio:activity?accountId=" + A
                    + "&serverUrl=ws://127.0.0.1:" + plain.port() + "/studio/v2/ws"
                    + "&tokenUrl=http://127.0.0.1:" + plain.port() + "/oauth/token"
                    + "&clientId=" + CLIENT_1 + "&clientSecret=RAW(" + SECRET_1 + ")");
        }
    }

    @Test
    void theClientIsTheFirstRegisteredForThatAccount() throws Exception {
        assertThat(camelParameters(studio.endpointUri(C)))
                .containsEntry("clientId", CLIENT_2).containsEntry("clientSecret", SECRET_2);
        // Registered later, while running: found for an account nobody else may see, not preferred for A.
        studio.registerClient("late-client", "late-secret", A, "100003");
        assertThat(camelParameters(studio.endpointUri("100003"))).containsEntry("clientId", "late-client");
        assertThat(camelParameters(studio.endpointUri(A))).containsEntry("clientId", CLIENT_1);
    }

    @Test
    void optionsAreAppendedAndOneNamedLikeOursReplacesIt() {
        assertThat(studio.endpointUri(A, "bodyType=map", "clientSecret=RAW(wrong)", "startFrom=live"))
                .isEqualTo(base() + "&clientId=" + CLIENT_1 + "&clientSecret=RAW(wrong)"
                        + "&sslContextParameters=#studioSimulatorTls&bodyType=map&startFrom=live");
        assertThat(studio.endpointUri(A, "sslContextParameters=#mine"))
                .endsWith("&sslContextParameters=#mine").doesNotContain("studioSimulatorTls");
    }

    @Test
    void optionsThatBringCredentialsLeaveTheSimulatorsClientOut() throws Exception {
        assertThat(camelParameters(studio.endpointUri(A, "accessToken=RAW(fixed)")))
                .containsEntry("accessToken", "fixed").doesNotContainKeys("clientId", "clientSecret");
        assertThat(camelParameters(studio.endpointUri(A, "tokenProvider=#vault")))
                .containsEntry("tokenProvider", "#vault").doesNotContainKeys("clientId", "clientSecret");
        // An account no client may see, reached with a client of one's choosing (e.g. to test a refusal).
        assertThat(camelParameters(studio.endpointUri("100009", "clientId=" + CLIENT_2,
                "clientSecret=RAW(" + SECRET_2 + ")")))
                .containsEntry("accountId", "100009")
                .containsEntry("clientId", CLIENT_2).containsEntry("clientSecret", SECRET_2);
    }

    @Test
    void anAccountWithoutAClientIsRefusedWithTheFix() {
        assertThatThrownBy(() -> studio.endpointUri("100009"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No client is registered for account 100009")
                .hasMessageContaining(".client(id, secret, \"100009\")");
        assertThatThrownBy(() -> studio.endpointUri(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOptionMustBeNameEqualsValue() {
        for (String option : new String[]{"bodyType", "=map", "a b=c", "x&y=z"}) {
            assertThatThrownBy(() -> studio.endpointUri(A, "bodyType=map", option))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Option 2 is not name=value");
        }
        assertThatThrownBy(() -> studio.endpointUri(A, "clientSecretRAW(s3cret)"))
                .hasMessageNotContaining("s3cret");
        assertThat(studio.endpointUri(A, "clientSecret=RAW(a=b)")).contains("&clientSecret=RAW(a=b)");
    }

    @Test
    void credentialsWithUriCharactersReachCamelUnchanged() throws Exception {
        String[][] credentials = {
                {"plain-id_1.x~", "p&ss+wo%rd=x"},
                {"id with&odd+chars%", "ends-with-a-bracket)"},
                {"id", "bracket)&ampersand"},
                {"id", "brace}&and)bracket"},
        };
        for (String[] client : credentials) {
            try (StudioSimulator one = StudioSimulator.builder().client(client[0], client[1], A).start()) {
                String uri = one.endpointUri(A);
                assertThat(camelParameters(uri)).as(uri)
                        .containsEntry("clientId", client[0]).containsEntry("clientSecret", client[1]);
            }
        }
    }

    @Test
    void aSecretNoUriCanCarryIsRefusedWithoutShowingIt() {
        try (StudioSimulator one = StudioSimulator.builder().client("id", "a)&b}&c", A).start()) {
            assertThatThrownBy(() -> one.endpointUri(A))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot be written into a Camel endpoint URI")
                    .hasMessageNotContaining("a)&b}&c");
        }
    }

    @Test
    void theDemoComponentPropertiesPointTheComponentAtTheSimulatorWithTheDemoClient() {
        assertThat(studio.demoComponentProperties()).containsExactly(
                Map.entry("camel.component.studio.server-url", "wss://127.0.0.1:" + studio.port() + "/studio/v2/ws"),
                Map.entry("camel.component.studio.token-url", "https://127.0.0.1:" + studio.port() + "/oauth/token"),
                Map.entry("camel.component.studio.client-id", StudioSimulatorMain.DEMO_CLIENT_ID),
                Map.entry("camel.component.studio.client-secret", StudioSimulatorMain.DEMO_CLIENT_SECRET),
                Map.entry("camel.component.studio.ssl-context-parameters", "#studioSimulatorTls"));
        try (StudioSimulator plain = Studios.builder().tls(false).start()) {
            assertThat(plain.demoComponentProperties()).doesNotContainKey(
                    "camel.component.studio.ssl-context-parameters");
        }
    }

    @Test
    void componentPropertiesNameAnyRegisteredClientAndRefuseAnUnknownOne() {
        studio.registerClient("other-client", "other-secret", "100000");
        assertThat(studio.componentProperties("other-client"))
                .containsEntry("camel.component.studio.client-id", "other-client")
                .containsEntry("camel.component.studio.client-secret", "other-secret")
                .containsKey("camel.component.studio.server-url");
        assertThatThrownBy(() -> studio.componentProperties("nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No client 'nobody' is registered");
    }
}
