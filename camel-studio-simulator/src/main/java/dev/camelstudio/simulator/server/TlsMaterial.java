package dev.camelstudio.simulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The simulator's TLS identity: a self-signed certificate for {@code localhost}, {@code 127.0.0.1} and {@code ::1}
 * shipped in this module (test use only; its private key is public), and the trust store that trusts it.
 */
public final class TlsMaterial {

    /** Classpath location of the PKCS12 trust store holding the simulator's certificate. */
    public static final String TRUST_STORE_RESOURCE = "dev/camelstudio/simulator/tls/simulator-truststore.p12";
    /** Classpath location of the PKCS12 key store holding the simulator's key and certificate. */
    public static final String KEY_STORE_RESOURCE = "dev/camelstudio/simulator/tls/simulator-keystore.p12";
    /** Password of both stores; not a secret: the stores are for loopback tests only. */
    public static final String STORE_PASSWORD = "simulator";

    private TlsMaterial() {
    }

    /**
     * The server's TLS context.
     *
     * @return a new TLS context holding the simulator's key and certificate
     */
    public static SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(KEY_STORE_RESOURCE), STORE_PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the simulator's TLS context: " + e.getMessage(), e);
        }
    }

    /**
     * A client TLS context that trusts the simulator (and nothing else).
     *
     * @return a new client TLS context
     */
    public static SSLContext clientContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build a TLS context trusting the simulator: " + e.getMessage(), e);
        }
    }

    /**
     * The trust store holding the simulator's certificate.
     *
     * @return the trust store, loaded afresh from {@link #TRUST_STORE_RESOURCE}
     */
    public static KeyStore trustStore() {
        return load(TRUST_STORE_RESOURCE);
    }

    private static KeyStore load(String resource) {
        try (InputStream in = TlsMaterial.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing simulator TLS resource " + resource);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, STORE_PASSWORD.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load simulator TLS resource " + resource + ": " + e.getMessage(),
                    e);
        }
    }
}
