package dev.camelstudio.studio;

import java.time.Instant;
import java.util.List;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.support.LogCapture;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Camel 4.18 makes of a secret typed into a plain URI string, and the one warning the component gives when it
 * can tell (never with the value).
 */
class StudioUriSecretsTest extends CamelTestSupport {

    private static final String BASE = "studio:activity?accountId=1&clientId=c";
    private static final String HINT = "written in a plain endpoint URI";

    @RegisterExtension
    final LogCapture logs = LogCapture.eachTest();

    private String secretOf(String uri) {
        return context.getEndpoint(uri, StudioEndpoint.class).getConfiguration().getClientSecret();
    }

    private List<String> warnings() {
        return logs.lines().stream().filter(line -> line.contains(HINT)).toList();
    }

    @Test
    void aPlusBecomesASpaceAndIsWarnedOfOnceWithoutTheValue() {
        assertThat(secretOf(BASE + "&clientSecret=pa+ss")).isEqualTo("pa ss");
        assertThat(warnings()).singleElement().asString()
                .contains("The clientSecret option was written in a plain endpoint URI")
                .contains("clientSecret=RAW({{my.secret}})").contains("YAML parameters:")
                .doesNotContain("pa ss").doesNotContain("pa+ss");
    }

    @Test
    void anEncodedPlusBecomesASpaceToo() {
        // %2B is what a URL encoder writes for '+'; Camel decodes it while normalizing, then reads the '+' as a space.
        assertThat(secretOf(BASE + "&clientSecret=pa%2Bss")).isEqualTo("pa ss");
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void aPercentThatIsNoEscapeIsKeptAndWarnedOf() {
        assertThat(secretOf(BASE + "&clientSecret=pa%zzss")).isEqualTo("pa%zzss");
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void aValidEscapeIsDecodedBeforeTheComponentCanSeeIt() {
        // The limit of the check: by the time the component sees the URI, %41 is an 'A' like any other.
        assertThat(secretOf(BASE + "&clientSecret=pa%41ss")).isEqualTo("paAss");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void rawKeepsTheValueAsTypedAndIsNotWarnedOf() {
        assertThat(secretOf(BASE + "&clientSecret=RAW(pa+ss%41%zz)")).isEqualTo("pa+ss%41%zz");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aPlaceholderInAPlainUriIsDecodedTooUnlessInRaw() throws Exception {
        context.getPropertiesComponent().addInitialProperty("studio.secret", "pa+ss");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(BASE + "&clientSecret={{studio.secret}}").routeId("plain").autoStartup(false).to("mock:out");
                from("studio:activity?accountId=2&clientId=c&clientSecret=RAW({{studio.secret}})").routeId("raw")
                        .autoStartup(false).to("mock:out");
            }
        });
        assertThat(((StudioEndpoint) context.getRoute("plain").getEndpoint()).getConfiguration().getClientSecret())
                .isEqualTo("pa ss");
        assertThat(((StudioEndpoint) context.getRoute("raw").getEndpoint()).getConfiguration().getClientSecret())
                .isEqualTo("pa+ss");
        assertThat(warnings()).singleElement().asString().contains("accountId=1").doesNotContain("pa ss")
                .doesNotContain("pa+ss");
    }

    @Test
    void twoMangledSecretsGiveOneWarningNamingBoth() {
        StudioTokenProvider vault = () -> new AccessToken("vault-token", Instant.MAX);
        context.getRegistry().bind("vault", vault);
        context.getEndpoint(BASE + "&clientSecret=qq+zz&accessToken=jj%2Bkk&tokenProvider=#vault");
        assertThat(warnings()).singleElement().asString()
                .contains("The accessToken and clientSecret options were written in a plain endpoint URI")
                .doesNotContain("qq").doesNotContain("zz").doesNotContain("jj").doesNotContain("kk");
    }

    @Test
    void aSecretWithoutSpecialCharactersIsNotWarnedOf() {
        assertThat(secretOf(BASE + "&clientSecret=s3cr3t-value_1")).isEqualTo("s3cr3t-value_1");
        assertThat(warnings()).isEmpty();
    }
}
