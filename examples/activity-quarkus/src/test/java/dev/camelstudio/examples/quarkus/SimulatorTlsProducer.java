package dev.camelstudio.examples.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import dev.camelstudio.simulator.camel.SimulatorTls;

import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The TLS settings that trust the simulator, as the named CDI bean that
 * {@code camel.component.studio.ssl-context-parameters = #studioSimulatorTls} refers to: Camel Quarkus looks names up
 * among the CDI beans.
 */
public class SimulatorTlsProducer {

    @Produces
    @Singleton
    @Named(SimulatorTls.BEAN_NAME)
    SSLContextParameters simulatorTls() {
        return SimulatorTls.sslContextParameters();
    }
}
