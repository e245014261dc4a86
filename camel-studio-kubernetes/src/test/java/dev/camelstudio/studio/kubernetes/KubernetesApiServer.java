package dev.camelstudio.studio.kubernetes;

import java.net.InetAddress;
import java.util.HashMap;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Kubernetes API server for one test: fabric8's mock server in CRUD mode (it stores what it is sent, and refuses a
 * write on a stale {@code resourceVersion} with 409, as the real one does), plain HTTP on 127.0.0.1 and a free port.
 * Clients reach it directly ({@link #client()}) or through an {@link ApiServerLink} that a test can cut.
 */
final class KubernetesApiServer implements BeforeEachCallback, AfterEachCallback {

    static final String NAMESPACE = "studio";

    private KubernetesMockServer server;
    private KubernetesClient client;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(),
                new HashMap<>(), new KubernetesMixedDispatcher(new HashMap<>()), false);
        server.init(InetAddress.getByName("127.0.0.1"), 0);
        client = clientOf(url());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
        server.destroy();
    }

    /** {@return the server's URL, http://127.0.0.1:port} */
    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    int port() {
        return server.getPort();
    }

    /** {@return a client straight to the server, closed after the test} */
    KubernetesClient client() {
        return client;
    }

    /**
     * A client of the API server at {@code url} in {@link #NAMESPACE}, with short timeouts so that a test that cuts the
     * server off does not wait for the defaults; the caller closes it.
     */
    static KubernetesClient clientOf(String url) {
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl(url).withNamespace(NAMESPACE)
                .withConnectionTimeout(1000).withRequestTimeout(2000).withRequestRetryBackoffLimit(0).build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }
}
