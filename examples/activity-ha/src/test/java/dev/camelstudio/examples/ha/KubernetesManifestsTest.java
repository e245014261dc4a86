package dev.camelstudio.examples.ha;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.camelstudio.studio.kubernetes.ConfigMapStateRepository;
import dev.camelstudio.studio.kubernetes.KubernetesLeaseClusterService;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The manifests of {@code kubernetes/}: each parses as the Kubernetes model; the Role grants exactly the verbs on the
 * resources that camel-studio-kubernetes asks of an API server (recorded here from the election and the positions
 * running on fabric8's mock API server), no more; the Deployment runs two replicas under that service account, takes
 * the credentials from the Secret, and probes Camel's health endpoint.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("kubernetes");

    private static List<HasMetadata> manifests() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().map(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return (HasMetadata) Serialization.unmarshal(in);
                } catch (IOException e) {
                    throw new IllegalStateException(file.toString(), e);
                }
            }).toList();
        }
    }

    private static <T extends HasMetadata> T one(Class<T> kind) throws IOException {
        List<T> found = manifests().stream().filter(kind::isInstance).map(kind::cast).toList();
        assertThat(found).as("manifests of kind %s", kind.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    @Test
    void theRoleGrantsExactlyWhatTheElectionAndThePositionsAskOfTheApiServer() throws Exception {
        Map<String, Set<String>> granted = new TreeMap<>();
        for (PolicyRule rule : one(Role.class).getRules()) {
            for (String resource : rule.getResources()) {
                granted.computeIfAbsent(resource, r -> new TreeSet<>()).addAll(rule.getVerbs());
            }
        }
        assertThat(granted).isEqualTo(askedOfAnApiServer());
    }

    /**
     * Runs the election (taking, renewing and giving a Lease up, and a standby reading it) and the positions (reading,
     * creating and updating the ConfigMap) on a mock API server, and returns the verbs of the requests it received, per
     * resource.
     */
    private static Map<String, Set<String>> askedOfAnApiServer() throws Exception {
        KubernetesMockServer server = new KubernetesMockServer(new Context(Serialization.jsonMapper()),
                new MockWebServer(), new HashMap<>(), new KubernetesMixedDispatcher(new HashMap<>()), false);
        server.init(InetAddress.getByName("127.0.0.1"), 0);
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl("http://127.0.0.1:" + server.getPort())
                .withNamespace("studio").build();
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
                DefaultCamelContext camel = new DefaultCamelContext()) {
            KubernetesLeaseClusterService leader = election(client, "A");
            KubernetesLeaseClusterService standby = election(client, "B");
            camel.addService(leader);
            camel.addService(standby);
            camel.start();
            leader.getView("studio-100000");
            await().until(() -> leader.isLeader("studio-100000"));
            standby.getView("studio-100000");
            ConfigMapStateRepository positions = new ConfigMapStateRepository(client);
            positions.start();
            positions.getState("studio:100000");
            positions.setState("studio:100000", "2026-03-02:1");
            positions.setState("studio:100000", "2026-03-02:2");
            positions.stop();
            // Renewals, and the standby's reads.
            int before = server.getRequestCount();
            await().until(() -> server.getRequestCount() > before + 4);
            camel.stop();
        }
        Map<String, Set<String>> asked = new TreeMap<>();
        for (RecordedRequest request = server.takeRequest(100, TimeUnit.MILLISECONDS); request != null;
                request = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
            String[] path = request.getPath().split("\\?")[0].split("/");
            // .../namespaces/studio/<resource>[/<name>]
            int namespaces = List.of(path).indexOf("namespaces");
            String resource = path[namespaces + 2];
            boolean named = path.length > namespaces + 3;
            asked.computeIfAbsent(resource, r -> new TreeSet<>()).add(verb(request.getMethod(), named));
        }
        server.destroy();
        return asked;
    }

    private static KubernetesLeaseClusterService election(KubernetesClient client, String id) {
        KubernetesLeaseClusterService service = new KubernetesLeaseClusterService(client);
        service.setId(id);
        service.setLeaseDurationMillis(2000);
        service.setRenewDeadlineMillis(1200);
        service.setRetryPeriodMillis(200);
        return service;
    }

    /** The RBAC verb of a request. */
    private static String verb(String method, boolean named) {
        return switch (method) {
            case "GET" -> named ? "get" : "list";
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> "delete";
            default -> method;
        };
    }

    /** The Deployment's one container. */
    static Container deploymentContainer() throws IOException {
        return one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    @Test
    void theDeploymentRunsTwoReplicasUnderTheServiceAccountWithTheSecretsCredentialsAndCamelsHealthProbes()
            throws Exception {
        Deployment deployment = one(Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        var pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getServiceAccountName()).isEqualTo(one(ServiceAccount.class).getMetadata().getName());
        RoleBinding binding = one(RoleBinding.class);
        assertThat(binding.getRoleRef().getName()).isEqualTo(one(Role.class).getMetadata().getName());
        assertThat(binding.getSubjects()).singleElement()
                .satisfies(subject -> assertThat(subject.getName()).isEqualTo(pod.getServiceAccountName()));

        Container container = pod.getContainers().get(0);
        Map<String, String> secretRefs = new TreeMap<>();
        container.getEnv().stream().filter(env -> env.getValueFrom() != null
                && env.getValueFrom().getSecretKeyRef() != null).forEach(env -> secretRefs.put(
                        env.getName(), env.getValueFrom().getSecretKeyRef().getName() + "/"
                                + env.getValueFrom().getSecretKeyRef().getKey()));
        assertThat(secretRefs).containsExactly(Map.entry("STUDIO_CLIENT_ID", "studio-credentials/client-id"),
                Map.entry("STUDIO_CLIENT_SECRET", "studio-credentials/client-secret"));

        // Camel Main's health endpoint (camel.management.*): /observe/health/live and /observe/health/ready.
        Probe liveness = container.getLivenessProbe();
        Probe readiness = container.getReadinessProbe();
        assertThat(liveness.getHttpGet().getPath()).isEqualTo("/observe/health/live");
        assertThat(readiness.getHttpGet().getPath()).isEqualTo("/observe/health/ready");
        assertThat(container.getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getContainerPort()).isEqualTo(8080);
            assertThat(liveness.getHttpGet().getPort().getStrVal()).isEqualTo(port.getName());
            assertThat(readiness.getHttpGet().getPort().getStrVal()).isEqualTo(port.getName());
        });
    }
}
