package dev.camelstudio.studio.auth;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Always the same access token, given by the user (e.g. obtained with {@code stuctl login}). It cannot be refreshed:
 * once Studio refuses it, a person has to replace it.
 */
public final class FixedTokenProvider implements StudioTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(FixedTokenProvider.class);

    private final AccessToken token;
    private final AtomicBoolean rejectionReported = new AtomicBoolean();

    /**
     * A token whose expiry is read from its JWT {@code exp} claim, or is unknown ({@link Instant#MAX}) when the token
     * is not a JWT.
     *
     * @param token the raw token; surrounding whitespace (e.g. the newline of a file it was read from) is removed
     * @throws IllegalArgumentException if the token is blank
     */
    public FixedTokenProvider(String token) {
        this(token, token == null ? Instant.MAX : JwtExpiry.of(token.strip()).orElse(Instant.MAX));
    }

    /**
     * A token with a known expiry.
     *
     * @param token     the raw token; surrounding whitespace is removed
     * @param expiresAt when it expires
     * @throws IllegalArgumentException if the token is blank
     */
    public FixedTokenProvider(String token, Instant expiresAt) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The access token is empty: set the accessToken option to a Studio "
                    + "access token, or set clientId and clientSecret to have tokens requested automatically");
        }
        this.token = new AccessToken(token.strip(), expiresAt);
    }

    /** The fixed token, whatever its expiry: there is no other to give. */
    @Override
    public AccessToken token() {
        return token;
    }

    /** Nothing can replace a fixed token, so this only tells the operator, once. */
    @Override
    public void tokenRejected(AccessToken rejected) {
        if (rejectionReported.compareAndSet(false, true)) {
            LOG.warn("Studio rejected the fixed access token (expiry {}): replace the accessToken option with a new "
                    + "token, or set clientId and clientSecret to have tokens requested and refreshed automatically",
                    token.expiresAt().equals(Instant.MAX) ? "unknown" : token.expiresAt());
        }
    }

    /** Shows the expiry only; the token is a credential. */
    @Override
    public String toString() {
        return "FixedTokenProvider[" + token + "]";
    }
}
