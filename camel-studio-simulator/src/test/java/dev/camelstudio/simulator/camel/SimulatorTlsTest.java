package dev.camelstudio.simulator.camel;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;

import org.apache.camel.support.SimpleRegistry;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Camel TLS settings that trust the simulator, and only it. */
class SimulatorTlsTest {

    private static HttpResponse<String> tokenRequest(StudioSimulator studio, SSLContext tls) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(studio.tokenUrl()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        TestClient.tokenRequest(Studios.CLIENT_1, Studios.SECRET_1)))
                .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSslContextItBuildsTrustsTheSimulatorWithHostnameVerification() throws Exception {
        try (StudioSimulator studio = Studios.builder().start()) {
            // No CamelContext is needed: the trust store is handed over loaded, not as a resource to resolve.
            SSLContext tls = SimulatorTls.sslContextParameters().createSSLContext(null);
            assertThat(tokenRequest(studio, tls).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theJvmsDefaultTrustDoesNotTrustTheSimulator() {
        // The contrast that makes the test above mean something.
        try (StudioSimulator studio = Studios.builder().start()) {
            assertThatThrownBy(() -> tokenRequest(studio, SSLContext.getDefault()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void eachCallGivesItsOwnInstance() {
        assertThat(SimulatorTls.sslContextParameters()).isNotSameAs(SimulatorTls.sslContextParameters());
    }

    @Test
    void bindToPutsItInTheRegistryUnderTheDocumentedName() {
        SimpleRegistry registry = new SimpleRegistry();
        SimulatorTls.bindTo(registry);
        assertThat(SimulatorTls.BEAN_NAME).isEqualTo("studioSimulatorTls");
        assertThat(registry.lookupByNameAndType(SimulatorTls.BEAN_NAME, SSLContextParameters.class)).isNotNull();
    }
}
