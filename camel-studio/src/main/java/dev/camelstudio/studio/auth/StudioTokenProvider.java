package dev.camelstudio.studio.auth;

/**
 * Where the Studio connector gets its access tokens from. This is the pluggable option: the built-in providers are
 * {@link ClientCredentialsTokenProvider} (OAuth2 client credentials, refreshed before expiry) and
 * {@link FixedTokenProvider} (one token given by the user); implement this interface to get tokens elsewhere, e.g.
 * from a vault, and bind the instance as the {@code tokenProvider} option.
 *
 * <pre>{@code
 * public final class VaultTokenProvider implements StudioTokenProvider {
 *     private final VaultClient vault;
 *
 *     public VaultTokenProvider(VaultClient vault) {
 *         this.vault = vault;
 *     }
 *
 *     public AccessToken token() {
 *         VaultSecret secret = vault.read("secret/studio/token");
 *         return new AccessToken(secret.value(), secret.expiresAt());
 *     }
 * }
 * }</pre>
 * <p>
 * Implementations must be thread-safe: {@link #token()} may be called from several threads at once.
 */
public interface StudioTokenProvider {

    /**
     * A token that is valid now. May block (e.g. on an HTTP request); never returns {@code null}.
     *
     * @return a token that is valid now
     * @throws StudioAuthenticationException if no token can be had; {@link StudioAuthenticationException#isPermanent()}
     *                                        tells whether trying again can help
     */
    AccessToken token() throws StudioAuthenticationException;

    /**
     * Tells the provider that Studio refused this token, so that the next {@link #token()} must not return it again
     * (a provider that caches tokens drops it). The default does nothing, for providers that cannot get another one.
     *
     * @param rejected the token that Studio refused
     */
    default void tokenRejected(AccessToken rejected) {
    }
}
