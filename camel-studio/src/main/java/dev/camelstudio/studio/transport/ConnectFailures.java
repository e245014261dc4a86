package dev.camelstudio.studio.transport;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.stream.Collectors;

import dev.camelstudio.studio.support.Causes;
import dev.camelstudio.studio.support.ServerText;
import dev.camelstudio.studio.support.TlsFailures;
import dev.camelstudio.studio.support.UnknownHosts;

/**
 * Explains why a WebSocket could not be opened, with the option to check: the clients' own messages (Tyrus'
 * "Handshake error.", "Connection failed.") name neither the HTTP status of the upgrade nor what to change.
 */
final class ConnectFailures {

    private ConnectFailures() {
    }

    static String timedOut(URI url, Duration connectTimeout) {
        return "Could not open a WebSocket to " + url + " within " + connectTimeout.toMillis()
                + " ms (connectTimeout): "
                + "the server accepted no connection, or did not complete the TLS handshake or the WebSocket upgrade; "
                + "check the serverUrl option and the network, or raise connectTimeout";
    }

    /**
     * @param upgradeStatus the HTTP status the server answered the upgrade with, when that is what failed; else 0
     */
    static String describe(URI url, Throwable error, int upgradeStatus, Duration connectTimeout) {
        return "Could not open a WebSocket to " + url + ": " + cause(url, error, upgradeStatus, connectTimeout);
    }

    private static String cause(URI url, Throwable error, int status, Duration connectTimeout) {
        String address = url.getHost() + ":" + port(url);
        if (status > 0) {
            String fix = status == 404
                    ? "check that the serverUrl option names the WebSocket path, e.g. wss://host/studio/v2/ws"
                    : "check the serverUrl option (Studio authenticates in the subscribe frame, not on the upgrade)";
            return "the server answered the WebSocket upgrade with HTTP " + status + " instead of 101; " + fix;
        }
        String tls = TlsFailures.explain(error, "the Studio WebSocket server " + address).orElse(null);
        if (tls != null) {
            return tls;
        }
        // Before the refused connection: the JDK's client reports a name it could not resolve as a ConnectException.
        String unknownHost = UnknownHosts.explain(error, url, "serverUrl or environment").orElse(null);
        if (unknownHost != null) {
            return unknownHost;
        }
        if (Causes.find(error, ConnectException.class) != null) {
            return "nothing accepts connections at " + address
                    + "; check the serverUrl option and that the server runs";
        }
        if (String.valueOf(error.getMessage()).contains("Handshake response not received")) {
            return "the server did not answer the WebSocket upgrade within connectTimeout ("
                    + connectTimeout.toMillis() + " ms); check the serverUrl option, or raise connectTimeout";
        }
        return ServerText.excerpt(chain(error));
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : "wss".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    /** The messages of the causes, outermost first: the root alone often says too little. */
    private static String chain(Throwable error) {
        return Causes.of(error).stream().map(cause -> cause.getClass().getSimpleName() + ": " + cause.getMessage())
                .collect(Collectors.joining(" <- "));
    }
}
