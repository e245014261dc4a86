package dev.camelstudio.studio.support;

import dev.camelstudio.simulator.server.TlsMaterial;

import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/** Camel TLS settings that trust the simulator's certificate, as a user's own tests would build them. */
public final class SimulatorTls {

    private SimulatorTls() {
    }

    public static SSLContextParameters sslContextParameters() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("classpath:" + TlsMaterial.TRUST_STORE_RESOURCE);
        trustStore.setPassword(TlsMaterial.STORE_PASSWORD);
        trustStore.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trustManagers);
        return parameters;
    }
}
