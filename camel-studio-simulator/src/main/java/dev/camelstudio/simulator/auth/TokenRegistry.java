package dev.camelstudio.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelstudio.simulator.protocol.Json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simulator's table of OAuth2 clients and issued tokens (docs/protocol.md §6-14: the WebSocket "accepts opaque
 * tokens from a configured table mapping each token to its set of accounts and its expiry").
 * <p>
 * Issued tokens are shaped like the real ones, JWTs, with the {@code exp} claim a client may decode; they are not
 * signed with a real key, as no client is expected to verify them.
 */
public final class TokenRegistry {

    private static final Base64.Encoder BASE64_URL = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;
    private final String audience;
    // In the order clients were first registered, so that "the first client registered for an account" is defined.
    private final Map<String, RegisteredClient> clients = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, TokenGrant> grants = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private volatile Duration tokenLifetime;

    /**
     * A table with no client and no token yet.
     *
     * @param clock         the clock that issue times and expiry are measured on
     * @param tokenLifetime the lifetime of issued tokens, until {@link #tokenLifetime(Duration)} changes it
     * @param audience      the {@code aud} claim of issued tokens: the audience the token endpoint serves
     */
    public TokenRegistry(Clock clock, Duration tokenLifetime, String audience) {
        this.clock = clock;
        this.audience = audience;
        this.tokenLifetime = tokenLifetime;
    }

    /**
     * Registers a client; one registered before under the same id is replaced, and keeps its place in the order.
     *
     * @param client the client
     */
    public void register(RegisteredClient client) {
        clients.put(client.clientId(), client);
    }

    /**
     * The registered clients, in the order they were first registered.
     *
     * @return a snapshot of the registered clients
     */
    public Collection<RegisteredClient> clients() {
        synchronized (clients) {
            return List.copyOf(clients.values());
        }
    }

    /**
     * The lifetime of tokens issued from now on (default 24 h, docs/protocol.md §2.1).
     *
     * @param lifetime the lifetime of each new token; tokens already issued keep their expiry
     */
    public void tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
    }

    /**
     * The lifetime of tokens issued from now on; the token endpoint's {@code expires_in}.
     *
     * @return the current token lifetime
     */
    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    /**
     * Finds the client whose id and secret both match; the secret is compared in constant time.
     *
     * @param clientId     the client id presented, may be {@code null}
     * @param clientSecret the client secret presented, may be {@code null}
     * @return the client, or empty if the id is unknown or the secret does not match
     */
    public Optional<RegisteredClient> authenticate(String clientId, String clientSecret) {
        RegisteredClient client = clientId == null ? null : clients.get(clientId);
        if (client == null || clientSecret == null) {
            return Optional.empty();
        }
        boolean same = MessageDigest.isEqual(
                client.clientSecret().getBytes(StandardCharsets.UTF_8), clientSecret.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.of(client) : Optional.empty();
    }

    /**
     * Issues a new JWT-shaped token for a client, valid for the current token lifetime.
     *
     * @param client the client to issue the token to; its accounts are the token's
     * @return the new token's grant
     */
    public TokenGrant issue(RegisteredClient client) {
        Instant expiresAt = clock.instant().plus(tokenLifetime);
        return add(newJwt(client.clientId(), expiresAt), client.clientId(), client.accounts(), expiresAt);
    }

    /**
     * Registers a fixed token, as a user of the fixed-token provider would paste it. The token text is chosen by the
     * caller.
     *
     * @param token    the token text; a token registered before with the same text is replaced
     * @param accounts the accounts the token may subscribe to
     * @param lifetime how long from now the token is valid
     * @return the token's grant
     */
    public TokenGrant addFixedToken(String token, Set<String> accounts, Duration lifetime) {
        return add(token, "fixed-token", accounts, clock.instant().plus(lifetime));
    }

    private TokenGrant add(String token, String clientId, Set<String> accounts, Instant expiresAt) {
        TokenGrant grant = new TokenGrant(token, clientId, accounts, expiresAt);
        grants.put(token, grant);
        return grant;
    }

    /**
     * The grant of a token, if the simulator issued or registered it. Expired and revoked ones are found too.
     *
     * @param token the token text, may be {@code null}
     * @return the token's grant, or empty if the token is {@code null} or unknown
     */
    public Optional<TokenGrant> find(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(grants.get(token));
    }

    /**
     * The token text of a grant; only for handing it to the party it was issued to.
     *
     * @param grant the grant
     * @return the token text
     */
    public static String tokenOf(TokenGrant grant) {
        return grant.token();
    }

    /** Makes every token known so far expire now. */
    public void expireAll() {
        Instant now = clock.instant();
        grants.values().forEach(grant -> grant.expireAt(now));
    }

    /** Revokes every token known so far. */
    public void revokeAll() {
        grants.values().forEach(TokenGrant::revoke);
    }

    private String newJwt(String clientId, Instant expiresAt) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        long issuedAt = clock.instant().getEpochSecond();
        ObjectNode header = Json.object().put("alg", "none").put("typ", "JWT");
        ObjectNode claims = Json.object()
                .put("iss", "camel-studio-simulator")
                .put("sub", clientId + "@clients")
                .put("aud", audience)
                .put("iat", issuedAt)
                .put("exp", expiresAt.getEpochSecond())
                .put("jti", BASE64_URL.encodeToString(nonce));
        return encode(header) + "." + encode(claims) + "." + BASE64_URL.encodeToString(nonce);
    }

    private static String encode(ObjectNode json) {
        return BASE64_URL.encodeToString(Json.write(json).getBytes(StandardCharsets.UTF_8));
    }
}
