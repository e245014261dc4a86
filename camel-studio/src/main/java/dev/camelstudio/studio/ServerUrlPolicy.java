package dev.camelstudio.studio;

import java.net.URI;

import dev.camelstudio.studio.support.SecretUrlPolicy;

/**
 * Which WebSocket URLs a token may be sent to: {@code wss://} anywhere, plain {@code ws://} only to this machine (the
 * simulator, a local proxy), where nobody on the network can read the token in the subscribe frame.
 */
public final class ServerUrlPolicy {

    private static final SecretUrlPolicy POLICY = new SecretUrlPolicy("serverUrl", "wss", "ws", "a ws(s):// URL",
            "a wss:// URL", "wss://api.clearstreet.io/studio/v2/ws", "the access token");

    private ServerUrlPolicy() {
    }

    /**
     * The URL, if the policy allows it.
     *
     * @param serverUrl the {@code serverUrl} option as configured; surrounding white space is ignored
     * @return the parsed URL
     * @throws IllegalArgumentException naming the {@code serverUrl} option and the fix otherwise
     */
    public static URI check(String serverUrl) {
        return POLICY.check(serverUrl);
    }
}
