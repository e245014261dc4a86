package dev.camelstudio.studio.readme;

import java.time.Instant;

/**
 * A secret of the README's vault.
 *
 * @param value     the secret
 * @param expiresAt when it expires
 */
public record VaultSecret(String value, Instant expiresAt) {
}
