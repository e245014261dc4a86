package dev.camelstudio.studio.support;

import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;

/**
 * Recognises a host name that could not be resolved. Neither client says so in words: the JDK's HTTP client throws a
 * {@code ConnectException}, and Tyrus a bare "Connection failed.", each caused by an
 * {@link UnresolvedAddressException}. The WebSocket and the token endpoint both use this, so that the same problem
 * reads the same wherever it shows.
 */
public final class UnknownHosts {

    private UnknownHosts() {
    }

    /**
     * What to do about {@code error}, if an unresolved host name is among its causes.
     *
     * @param error   the failure, as thrown by the connection attempt
     * @param url     the URL whose host was looked up
     * @param options the options that set that URL, e.g. "tokenUrl"
     * @return        what went wrong and how to fix it, to go into a longer message; empty if no host name failed to
     *                resolve
     */
    public static Optional<String> explain(Throwable error, URI url, String options) {
        if (Causes.find(error, UnresolvedAddressException.class) == null
                && Causes.find(error, UnknownHostException.class) == null) {
            return Optional.empty();
        }
        return Optional.of("the host " + url.getHost() + " is unknown; check the " + options + " option");
    }
}
