package dev.camelstudio.studio.auth;

import java.net.URI;

import dev.camelstudio.studio.support.SecretUrlPolicy;

/**
 * Which token URLs the client secret may be sent to: {@code https://} anywhere, plain {@code http://} only to this
 * machine (a local simulator or proxy), where nobody on the network can read the secret.
 */
final class TokenUrlPolicy {

    private static final SecretUrlPolicy POLICY = new SecretUrlPolicy("tokenUrl", "https", "http",
            "an http(s):// URL", "an https:// URL", ClientCredentialsTokenProvider.DEFAULT_TOKEN_URL,
            "the client secret");

    private TokenUrlPolicy() {
    }

    /**
     * The URL, if the policy allows it.
     *
     * @throws IllegalArgumentException naming the {@code tokenUrl} option and the fix otherwise
     */
    static URI check(String tokenUrl) {
        return POLICY.check(tokenUrl);
    }
}
