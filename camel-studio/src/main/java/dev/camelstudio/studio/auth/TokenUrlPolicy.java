package dev.camelstudio.studio.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which token URLs the client secret may be sent to: {@code https://} anywhere, plain {@code http://} only to this
 * machine (a local simulator or proxy), where nobody on the network can read the secret.
 */
final class TokenUrlPolicy {

    private TokenUrlPolicy() {
    }

    /**
     * The URL, if the policy allows it.
     *
     * @throws IllegalArgumentException naming the {@code tokenUrl} option and the fix otherwise
     */
    static URI check(String tokenUrl) {
        if (tokenUrl == null || tokenUrl.isBlank()) {
            throw new IllegalArgumentException("The tokenUrl option is empty: leave it unset for "
                    + ClientCredentialsTokenProvider.DEFAULT_TOKEN_URL + " or set it to the OAuth2 token endpoint");
        }
        URI uri;
        try {
            uri = new URI(tokenUrl.strip());
        } catch (URISyntaxException e) {
            // Not chained and the URL not echoed: it may hold a password.
            throw new IllegalArgumentException("The tokenUrl option is not a valid URL (" + e.getReason()
                    + " at index " + e.getIndex() + "): set it to an https:// URL such as "
                    + ClientCredentialsTokenProvider.DEFAULT_TOKEN_URL);
        }
        if (uri.getRawUserInfo() != null) {
            // Not echoed: the user info may hold a password.
            throw new IllegalArgumentException("The tokenUrl option must not contain user credentials "
                    + "(user:password@): remove them, the client id and secret are sent in the request body");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("The tokenUrl option " + uri + " is not an http(s) URL with a host: "
                    + "set it to an https:// URL such as " + ClientCredentialsTokenProvider.DEFAULT_TOKEN_URL);
        }
        if (scheme.equals("http") && !LoopbackHosts.contains(uri.getHost())) {
            throw new IllegalArgumentException("The tokenUrl option " + uri + " uses plain http://, which would send "
                    + "the client secret unencrypted: use https:// (http:// is only allowed for localhost, 127.0.0.1 "
                    + "and ::1)");
        }
        return uri;
    }
}
