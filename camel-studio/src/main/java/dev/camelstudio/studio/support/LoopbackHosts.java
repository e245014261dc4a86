package dev.camelstudio.studio.support;

import java.util.Locale;
import java.util.Set;

/**
 * The hosts to which a token or secret may travel unencrypted: this machine only. Checked by name, never resolved:
 * a DNS answer must not decide whether a secret crosses the network in clear text.
 */
public final class LoopbackHosts {

    private static final Set<String> HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private LoopbackHosts() {
    }

    /**
     * Whether the host, as written in a URL ({@code [::1]} or {@code ::1}, any case), names this machine.
     *
     * @param host the host part of a URL; may be {@code null}
     * @return true for {@code localhost}, {@code 127.0.0.1} and {@code ::1}; false for anything else, {@code null}
     *         included
     */
    public static boolean contains(String host) {
        return host != null && HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }
}
