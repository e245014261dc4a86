package dev.camelstudio.studio.readme;

/** The vault of the README's token provider: what any secrets store's client offers. */
public interface VaultClient {

    /**
     * Reads a secret.
     *
     * @param path where the secret is kept
     * @return the secret
     */
    VaultSecret read(String path);

    /**
     * Marks a secret as no longer valid, so that the next read gets a new one.
     *
     * @param path where the secret is kept
     */
    void invalidate(String path);
}
