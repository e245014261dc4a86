package dev.camelstudio.simulator.camel;

import dev.camelstudio.simulator.server.TlsMaterial;

import org.apache.camel.spi.Registry;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * Camel TLS settings that trust the simulator's self-signed certificate, for the {@code sslContextParameters} option of
 * {@code studio:} endpoints.
 * <p>
 * This is the simulator's only class that needs Camel ({@code camel-api}, an optional dependency: Camel users already
 * have it, others never load this class).
 *
 * <pre>{@code
 * @Override
 * protected void bindToRegistry(Registry registry) {
 *     SimulatorTls.bindTo(registry);   // what StudioSimulator.endpointUri(..) refers to as #studioSimulatorTls
 * }
 * }</pre>
 */
public final class SimulatorTls {

    /**
     * The registry name {@link #bindTo(Registry)} uses and {@code StudioSimulator.endpointUri(..)} refers to
     * ({@code sslContextParameters=#studioSimulatorTls}); in YAML or XML routes write {@code "#studioSimulatorTls"}.
     */
    public static final String BEAN_NAME = "studioSimulatorTls";

    private SimulatorTls() {
    }

    /**
     * New TLS settings that trust the simulator's certificate and nothing else; hostname verification stays on (the
     * certificate names {@code 127.0.0.1}, {@code localhost} and {@code ::1}). Each call gives a new instance.
     *
     * @return new Camel TLS settings for {@code studio:} endpoints
     */
    public static SSLContextParameters sslContextParameters() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        // The loaded store itself, not a classpath: resource: it needs no CamelContext to resolve and works whichever
        // class loader Camel resolves resources with (Spring Boot fat jars, Quarkus).
        trustStore.setKeyStore(TlsMaterial.trustStore());
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trustManagers);
        return parameters;
    }

    /**
     * Binds {@link #sslContextParameters()} into the registry as {@value #BEAN_NAME}, replacing any bean of that name.
     *
     * @param registry the Camel registry, e.g. the one {@code CamelTestSupport.bindToRegistry(Registry)} is given
     */
    public static void bindTo(Registry registry) {
        registry.bind(BEAN_NAME, sslContextParameters());
    }
}
