package dev.camelstudio.studio.support;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.SSLException;

/**
 * Explains a failed TLS handshake in terms of what fixes it. The JDK's own messages ("PKIX path building failed:
 * unable to find valid certification path") name neither the option nor the trust store to change; the WebSocket
 * and the token endpoint both use this, so that the same problem reads the same wherever it shows.
 */
public final class TlsFailures {

    private TlsFailures() {
    }

    /**
     * What to do about {@code error}, if a TLS problem is somewhere in its causes.
     *
     * @param error the failure, as thrown by the connection attempt
     * @param peer  what was being reached, e.g. "the Studio WebSocket server 127.0.0.1:8443"
     * @return what went wrong and how to fix it, to go into a longer message; empty if no TLS problem is among the
     *         causes
     */
    public static Optional<String> explain(Throwable error, String peer) {
        for (Throwable cause : Causes.of(error)) {
            if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
                return Optional.of("the certificate of " + peer + " is not trusted: set the sslContextParameters "
                        + "option to a trust store that holds its CA (or the certificate itself), or add "
                        + "it to the JVM's trust store (javax.net.ssl.trustStore)");
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof CertificateException && message.contains("subject alternative")) {
                return Optional.of("the certificate of " + peer + " is not issued for that host name: use the host "
                        + "name the certificate names in the URL (hostname verification stays on)");
            }
            if (cause instanceof SSLException && message.contains("plaintext connection")) {
                return Optional.of(peer + " does not speak TLS on that port: check the port, or use ws:// / "
                        + "http:// if it is a plain server on this machine");
            }
        }
        if (Causes.find(error, SSLException.class) != null) {
            return Optional.of("the TLS handshake with " + peer + " failed: check the sslContextParameters option "
                    + "(trust store, protocols) and the server's TLS settings");
        }
        return Optional.empty();
    }
}
