package dev.camelstudio.examples.ha;

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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kubernetes API server in the example's JVM (fabric8's mock server in CRUD mode: it keeps Leases and ConfigMaps,
 * and refuses a stale write as the real one does), on 127.0.0.1 and a free port: for the demo, never for production.
 */
final class EmbeddedKubernetes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKubernetes.class);
    /** The mock server logs each request through java.util.logging; held in a field, which keeps its level set. */
    private static final java.util.logging.Logger MOCK_SERVER =
            java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

    private final KubernetesMockServer server;

    private EmbeddedKubernetes(KubernetesMockServer server) {
        this.server = server;
    }

    static EmbeddedKubernetes start() throws Exception {
        MOCK_SERVER.setLevel(java.util.logging.Level.WARNING);
        KubernetesMockServer server = new KubernetesMockServer(new Context(Serialization.jsonMapper()),
                new MockWebServer(), new HashMap<>(), new KubernetesMixedDispatcher(new HashMap<>()), false);
        server.init(InetAddress.getByName("127.0.0.1"), 0);
        EmbeddedKubernetes kubernetes = new EmbeddedKubernetes(server);
        LOG.info("Not in a pod and no KUBERNETES_MASTER in the environment: started an embedded Kubernetes API server "
                + "at {}", kubernetes.url());
        return kubernetes;
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** A client of the API server at {@code url}, in {@code namespace}. */
    static KubernetesClient clientOf(String url, String namespace) {
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl(url).withNamespace(namespace).build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    @Override
    public void close() {
        server.destroy();
    }
}
