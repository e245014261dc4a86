package dev.camelstudio.studio.connection;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

import dev.camelstudio.studio.support.ServerText;
import dev.camelstudio.studio.support.TlsFailures;

import org.glassfish.tyrus.core.HandshakeException;

/**
 * Explains why a WebSocket could not be opened, with the option to check: Tyrus' own messages ("Handshake error.",
 * "Connection failed.") name neither the HTTP status of the upgrade nor what to change.
 */
final class ConnectFailures {

    private ConnectFailures() {
    }

    static String timedOut(URI url, Duration connectTimeout) {
        return "Could not open a WebSocket to " + url + " within " + connectTimeout.toMillis()
               + " ms (connectTimeout): the server accepted no connection, or did not complete the TLS handshake or the WebSocket "
               + "upgrade; check the serverUrl option and the network, or raise connectTimeout";
    }

    static String describe(URI url, Throwable error, Duration connectTimeout) {
        return "Could not open a WebSocket to " + url + ": " + cause(url, error, connectTimeout);
    }

    private static String cause(URI url, Throwable error, Duration connectTimeout) {
        String peer = "the Studio WebSocket server " + url.getHost() + ":" + port(url);
        HandshakeException refused = find(error, HandshakeException.class);
        if (refused != null && refused.getHttpStatusCode() > 0) {
            int status = refused.getHttpStatusCode();
            String fix = status == 404
                    ? "check that the serverUrl option names the WebSocket path, e.g. wss://host/studio/v2/ws"
                    : "check the serverUrl option (Studio authenticates in the subscribe frame, not on the upgrade)";
            return "the server answered the WebSocket upgrade with HTTP " + status + " instead of 101; " + fix;
        }
        String tls = TlsFailures.explain(error, peer).orElse(null);
        if (tls != null) {
            return tls;
        }
        if (find(error, ConnectException.class) != null) {
            return "nothing accepts connections at " + url.getHost() + ":" + port(url)
                   + "; check the serverUrl option and that the server runs";
        }
        if (find(error, UnknownHostException.class) != null) {
            return "the host " + url.getHost() + " is unknown; check the serverUrl or environment option";
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

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The messages of the causes, outermost first: the root alone often says too little. */
    private static String chain(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
