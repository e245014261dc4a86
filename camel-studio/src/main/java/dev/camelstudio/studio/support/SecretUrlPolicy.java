package dev.camelstudio.studio.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which URLs a secret may be sent to: its secure scheme anywhere, the plain twin only to this machine (the simulator,
 * a local proxy), where nobody on the network can read it. One rule for both places a secret goes: the WebSocket (the
 * access token in each subscribe frame) and the token endpoint (the client secret in the request). Messages name the
 * option and the fix, and never echo what may hold a password (an unparsable URL, user info).
 */
public final class SecretUrlPolicy {

    private final String option;
    private final String secureScheme;
    private final String plainScheme;
    private final String kind;
    private final String secureKind;
    private final String example;
    private final String secret;

    /**
     * The policy of one option.
     *
     * @param option       the option the URL comes from, e.g. {@code serverUrl}
     * @param secureScheme e.g. {@code wss}
     * @param plainScheme  e.g. {@code ws}, allowed only to this machine
     * @param kind         how the accepted URLs are called in a message, e.g. "a ws(s):// URL"
     * @param secureKind   how the secure ones are called, e.g. "a wss:// URL"
     * @param example      a URL to show in the fix
     * @param secret       what would travel in clear text, e.g. "the access token"
     */
    public SecretUrlPolicy(String option, String secureScheme, String plainScheme, String kind, String secureKind,
            String example, String secret) {
        this.option = option;
        this.secureScheme = secureScheme;
        this.plainScheme = plainScheme;
        this.kind = kind;
        this.secureKind = secureKind;
        this.example = example;
        this.secret = secret;
    }

    /**
     * The URL, if the policy allows it.
     *
     * @param url the URL as configured; surrounding white space is ignored
     * @return the parsed URL
     * @throws IllegalArgumentException naming the option and the fix otherwise
     */
    public URI check(String url) {
        String fix = "set it to " + secureKind + " such as " + example;
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The " + option + " option is empty: leave it unset for the default, or "
                    + fix);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            // Not chained and the URL not echoed: it may hold a password.
            throw new IllegalArgumentException("The " + option + " option is not a valid URL (" + e.getReason()
                    + " at index " + e.getIndex() + "): " + fix);
        }
        if (uri.getRawUserInfo() != null) {
            // Not echoed: the user info may hold a password.
            throw new IllegalArgumentException("The " + option + " option must not contain user credentials "
                    + "(user:password@): remove them");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals(secureScheme) || scheme.equals(plainScheme))) {
            throw new IllegalArgumentException("The " + option + " option " + uri + " is not " + kind
                    + " with a host: " + fix);
        }
        if (scheme.equals(plainScheme) && !LoopbackHosts.contains(uri.getHost())) {
            throw new IllegalArgumentException("The " + option + " option " + uri + " uses plain " + plainScheme
                    + "://, which would send " + secret + " unencrypted: use " + secureScheme + ":// (" + plainScheme
                    + ":// is only allowed for localhost, 127.0.0.1 and ::1)");
        }
        return uri;
    }
}
