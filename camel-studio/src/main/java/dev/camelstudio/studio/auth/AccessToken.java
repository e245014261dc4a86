package dev.camelstudio.studio.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A Studio access token and the instant it stops being valid. The value is a credential: {@link #toString()} masks
 * it, so the token can be logged or put into an exception message without leaking it.
 *
 * @param value     the raw token, as sent in the {@code authorization} field of a subscribe frame (no
 *                  {@code Bearer } prefix)
 * @param expiresAt when the token expires; {@link Instant#MAX} when that is not known
 */
public record AccessToken(String value, Instant expiresAt) {

    /**
     * Refuses a blank value with an {@link IllegalArgumentException}.
     *
     * @param value     the raw token, without a {@code Bearer } prefix; not {@code null} or blank
     * @param expiresAt when the token expires; not {@code null}
     */
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An access token cannot be blank");
        }
    }

    /**
     * Whether the token is still valid {@code margin} after {@code now}: a token about to expire is treated as expired
     * so that it is replaced before a server can refuse it.
     *
     * @param now    the current instant
     * @param margin how long the token must still be valid after {@code now}
     * @return {@code true} if the token expires strictly after {@code now} plus {@code margin}
     */
    public boolean isValidAt(Instant now, Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    /** Shows the expiry only; the value is a credential. */
    @Override
    public String toString() {
        return "AccessToken[value=****, expiresAt=" + expiresAt + "]";
    }
}
