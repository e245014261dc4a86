package dev.camelstudio.studio.auth;

import java.time.Instant;

import dev.camelstudio.studio.support.ServerText;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TokenResponsesTest {

    private static final Instant REQUESTED_AT = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    void expiresInCountsFromTheRequest() {
        String body = "{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":86400}";

        AccessToken token = TokenResponses.grant(body, REQUESTED_AT).orElseThrow();

        assertThat(token.value()).isEqualTo("abc");
        assertThat(token.expiresAt()).isEqualTo(REQUESTED_AT.plusSeconds(86400));
    }

    @Test
    void withoutExpiresInTheJwtExpiryIsUsed() {
        Instant exp = REQUESTED_AT.plusSeconds(3600);
        String jwt = TestJwts.expiringAt(exp);

        assertThat(TokenResponses.grant("{\"access_token\":\"" + jwt + "\"}", REQUESTED_AT).orElseThrow().expiresAt())
                .isEqualTo(exp);
    }

    @Test
    void withoutAnyExpiryTheTokenIsAssumedToLiveADay() {
        assertThat(TokenResponses.grant("{\"access_token\":\"opaque\",\"expires_in\":0}", REQUESTED_AT).orElseThrow()
                .expiresAt()).isEqualTo(REQUESTED_AT.plus(TokenResponses.DEFAULT_LIFETIME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{}", "{\"access_token\":\"\"}", "{\"access_token\":42}",
            "{\"error\":\"x\"}"})
    void aBodyWithoutAnAccessTokenGrantsNothing(String body) {
        assertThat(TokenResponses.grant(body, REQUESTED_AT)).isEmpty();
    }

    @Test
    void describesAnOAuthErrorBody() {
        assertThat(TokenResponses.describeRefusal(
                "{\"error\":\"access_denied\",\"error_description\":\"Unauthorized\"}", "s3cret"))
                .isEqualTo("access_denied: Unauthorized");
    }

    @Test
    void describesAnyOtherBodyByItsStartOnOneLine() {
        String html = "<html>\n<body>\r\nBad gateway" + "x".repeat(500) + "</body></html>";

        String description = TokenResponses.describeRefusal(html, "s3cret");

        assertThat(description).startsWith("<html> <body> Bad gateway").doesNotContain("\n", "\r")
                .endsWith(" chars in total)").hasSizeLessThan(ServerText.MAX_CHARS + 30);
        assertThat(TokenResponses.describeRefusal("", "s3cret")).isEqualTo("no body");
    }

    @Test
    void masksTheSecretShouldTheServerEchoIt() {
        assertThat(TokenResponses.describeRefusal(
                "{\"error\":\"invalid_client\",\"error_description\":\"bad secret s3cret\"}", "s3cret"))
                .isEqualTo("invalid_client: bad secret ****");
        assertThat(TokenResponses.describeRefusal("bad secret s3cret", "s3cret")).isEqualTo("bad secret ****");
    }
}
