package dev.camelstudio.studio.auth;

import java.time.Instant;

import dev.camelstudio.studio.support.LogCapture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FixedTokenProviderTest {

    @RegisterExtension
    final LogCapture logs = LogCapture.eachTest();

    @Test
    void givesTheTokenWithItsJwtExpiry() {
        Instant exp = Instant.parse("2026-06-01T00:00:00Z");
        String jwt = TestJwts.expiringAt(exp);

        AccessToken token = new FixedTokenProvider(jwt + "\n").token();

        assertThat(token.value()).isEqualTo(jwt);
        assertThat(token.expiresAt()).isEqualTo(exp);
    }

    @Test
    void anOpaqueTokenNeverExpiresUnlessToldSo() {
        Instant expiry = Instant.parse("2026-06-01T00:00:00Z");

        assertThat(new FixedTokenProvider("opaque-token").token().expiresAt()).isEqualTo(Instant.MAX);
        assertThat(new FixedTokenProvider("opaque-token", expiry).token().expiresAt()).isEqualTo(expiry);
    }

    @Test
    void aRejectionIsReportedOnceWithoutTheToken() {
        FixedTokenProvider provider = new FixedTokenProvider("fixed-token-value");

        provider.tokenRejected(provider.token());
        long warnings = rejectionWarnings();
        provider.tokenRejected(provider.token());

        assertThat(warnings).isPositive();
        assertThat(rejectionWarnings()).isEqualTo(warnings);
        assertThat(provider.token().value()).isEqualTo("fixed-token-value");
        assertThat(logs.text()).contains("replace the accessToken option").doesNotContain("fixed-token-value");
    }

    private long rejectionWarnings() {
        return logs.lines().stream().filter(line -> line.contains("rejected the fixed access token")).count();
    }

    @Test
    void toStringMasksTheToken() {
        assertThat(new FixedTokenProvider("fixed-token-value").toString())
                .doesNotContain("fixed-token-value").contains("****");
    }

    @Test
    void refusesAnEmptyToken() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FixedTokenProvider(" "))
                .withMessageContaining("accessToken");
        assertThatIllegalArgumentException().isThrownBy(() -> new FixedTokenProvider(null))
                .withMessageContaining("accessToken");
    }
}
