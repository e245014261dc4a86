package dev.camelstudio.studio;

import java.io.PrintWriter;
import java.io.StringWriter;

import dev.camelstudio.simulator.server.TlsMaterial;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A trust store that cannot be loaded fails the route's start naming the option, the store and the likely cause. */
class StudioTlsOptionTest extends CamelTestSupport {

    private static final String WRONG_PASSWORD = "not-the-store-password";
    private static final String URI = "studio:activity?accountId=1&accessToken=t&serverUrl=wss://127.0.0.1:1/ws"
            + "&sslContextParameters=#tls";

    private static SSLContextParameters trustStore(String resource, String password, String type) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource(resource);
        store.setPassword(password);
        store.setType(type);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    private Throwable startRouteWith(SSLContextParameters tls) {
        context.getRegistry().bind("tls", tls);
        return catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(URI).routeId("studio").to("mock:out");
            }
        }));
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void aWrongTrustStorePasswordNamesTheOptionTheStoreAndTheCause() {
        Throwable thrown = startRouteWith(trustStore("classpath:" + TlsMaterial.TRUST_STORE_RESOURCE, WRONG_PASSWORD,
                "PKCS12"));
        // Without the wrapping, the route failed with a bare "keystore password was incorrect".
        assertThat(stackTrace(thrown)).contains("The sslContextParameters option could not build a TLS context from "
                + "the trust store 'classpath:" + TlsMaterial.TRUST_STORE_RESOURCE
                + "' of type PKCS12: keystore password was incorrect. Likely cause: "
                + "a wrong password")
                .doesNotContain(WRONG_PASSWORD);
    }

    @Test
    void aMissingTrustStoreSaysSo() {
        Throwable thrown = startRouteWith(trustStore("classpath:nowhere/missing.p12", "x", "PKCS12"));
        assertThat(stackTrace(thrown)).contains("the trust store 'classpath:nowhere/missing.p12' of type PKCS12: "
                + "Could not open classpath:nowhere/missing.p12")
                .contains("Likely cause: a missing file");
    }

    @Test
    void aWrongStoreTypeSaysSo() {
        Throwable thrown = startRouteWith(trustStore("classpath:" + TlsMaterial.TRUST_STORE_RESOURCE,
                TlsMaterial.STORE_PASSWORD, "JCEKS"));
        assertThat(stackTrace(thrown)).contains("of type JCEKS: Invalid keystore format. Likely cause: a wrong store "
                + "type");
    }

    @Test
    void theRightStoreStillWorks() throws Exception {
        context.getRegistry().bind("tls", trustStore("classpath:" + TlsMaterial.TRUST_STORE_RESOURCE,
                TlsMaterial.STORE_PASSWORD, "PKCS12"));
        assertThat(context.getEndpoint(URI, StudioEndpoint.class).createSslContext()).isNotNull();
    }
}
