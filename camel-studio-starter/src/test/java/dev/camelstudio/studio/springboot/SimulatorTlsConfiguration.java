package dev.camelstudio.studio.springboot;

import dev.camelstudio.simulator.camel.SimulatorTls;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The simulator's trust as a bean, which the tests refer to with {@code ssl-context-parameters=#bean:...}. */
@TestConfiguration(proxyBeanMethods = false)
class SimulatorTlsConfiguration {

    @Bean(SimulatorTls.BEAN_NAME)
    SSLContextParameters studioSimulatorTls() {
        return SimulatorTls.sslContextParameters();
    }
}
