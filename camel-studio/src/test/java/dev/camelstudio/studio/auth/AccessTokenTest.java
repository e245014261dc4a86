package dev.camelstudio.studio.auth;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccessTokenTest {

    private static final Instant EXPIRY = Instant.parse("2026-01-01T12:00:00Z");
    private final AccessToken token = new AccessToken("token-value-123", EXPIRY);

    @Test
    void isValidUntilTheMarginBeforeExpiry() {
        Duration margin = Duration.ofMinutes(5);

        assertThat(token.isValidAt(EXPIRY.minus(margin).minusMillis(1), margin)).isTrue();
        assertThat(token.isValidAt(EXPIRY.minus(margin), margin)).isFalse();
        assertThat(token.isValidAt(EXPIRY.minusMillis(1), Duration.ZERO)).isTrue();
        assertThat(token.isValidAt(EXPIRY, Duration.ZERO)).isFalse();
    }

    @Test
    void aTokenOfUnknownExpiryStaysValid() {
        assertThat(new AccessToken("t", Instant.MAX).isValidAt(Instant.now(), Duration.ofDays(365))).isTrue();
    }

    @Test
    void toStringMasksTheValue() {
        assertThat(token.toString()).doesNotContain("token-value-123").contains("****", EXPIRY.toString());
    }

    @Test
    void refusesABlankValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AccessToken(" ", EXPIRY));
    }
}
