package dev.camelstudio.studio.connection;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import dev.camelstudio.studio.auth.LoopbackHosts;

/**
 * Which WebSocket URLs a token may be sent to: {@code wss://} anywhere, plain {@code ws://} only to this machine (the
 * simulator, a local proxy), where nobody on the network can read the token in the subscribe frame.
 */
public final class ServerUrlPolicy {

    private ServerUrlPolicy() {
    }

    /**
     * The URL, if the policy allows it.
     *
     * @throws IllegalArgumentException naming the {@code serverUrl} option and the fix otherwise
     */
    public static URI check(String serverUrl) {
        URI uri;
        try {
            uri = new URI(serverUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The serverUrl option is not a valid URL (" + e.getReason()
                    + "): set it to a wss:// URL such as wss://api.clearstreet.io/studio/v2/ws");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("wss") || scheme.equals("ws"))) {
            throw new IllegalArgumentException("The serverUrl option " + uri + " is not a ws(s):// URL with a host: "
                    + "set it to a wss:// URL such as wss://api.clearstreet.io/studio/v2/ws");
        }
        if (scheme.equals("ws") && !LoopbackHosts.contains(uri.getHost())) {
            throw new IllegalArgumentException("The serverUrl option " + uri + " uses plain ws://, which would send "
                    + "the access token unencrypted: use wss:// (ws:// is only allowed for localhost, 127.0.0.1 and ::1)");
        }
        return uri;
    }
}
