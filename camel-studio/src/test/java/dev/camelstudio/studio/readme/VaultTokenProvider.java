package dev.camelstudio.studio.readme;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;

/** The README's custom token provider, reading tokens from a vault. */
public final class VaultTokenProvider implements StudioTokenProvider {
    private final VaultClient vault;

    public VaultTokenProvider(VaultClient vault) {
        this.vault = vault;
    }

    @Override
    public AccessToken token() {
        VaultSecret secret = vault.read("studio/token");
        return new AccessToken(secret.value(), secret.expiresAt());
    }

    @Override
    public void tokenRejected(AccessToken rejected) {
        vault.invalidate("studio/token"); // Studio refused it: do not hand it out again
    }
}
