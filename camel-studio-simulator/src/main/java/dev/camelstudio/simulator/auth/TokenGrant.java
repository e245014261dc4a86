package dev.camelstudio.simulator.auth;

import java.time.Instant;
import java.util.Set;

/**
 * What the simulator knows about one access token: who it was issued to, which accounts it may subscribe to,
 * when it expires and whether it was revoked. Expiry and revocation can change under the simulator's faults,
 * so those two fields are volatile; the token text itself is never exposed by {@link #toString()}.
 */
public final class TokenGrant {

    private final String token;
    private final String clientId;
    private final Set<String> accounts;
    private volatile Instant expiresAt;
    private volatile boolean revoked;

    TokenGrant(String token, String clientId, Set<String> accounts, Instant expiresAt) {
        this.token = token;
        this.clientId = clientId;
        this.accounts = Set.copyOf(accounts);
        this.expiresAt = expiresAt;
    }

    String token() {
        return token;
    }

    /**
     * The client the token was issued to, or the label of a fixed token.
     *
     * @return the client id, or {@code fixed-token} for a fixed token
     */
    public String clientId() {
        return clientId;
    }

    /**
     * The accounts the token may subscribe to.
     *
     * @return the account ids, unmodifiable
     */
    public Set<String> accounts() {
        return accounts;
    }

    /**
     * When the token expires; {@link TokenRegistry#expireAll()} brings it forward to the moment of that call.
     *
     * @return the expiry instant
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Whether the token was revoked by {@link TokenRegistry#revokeAll()}.
     *
     * @return true once revoked
     */
    public boolean isRevoked() {
        return revoked;
    }

    /**
     * True when the token can no longer be used at {@code now}: expired or revoked.
     *
     * @param now the instant to judge the token at
     * @return true if the token was revoked, or its expiry is not after {@code now}
     */
    public boolean isDeadAt(Instant now) {
        return revoked || !now.isBefore(expiresAt);
    }

    void expireAt(Instant instant) {
        this.expiresAt = instant;
    }

    void revoke() {
        this.revoked = true;
    }

    @Override
    public String toString() {
        return "TokenGrant[clientId=" + clientId + ", accounts=" + accounts + ", expiresAt=" + expiresAt
                + ", revoked=" + revoked + "]";
    }
}
