package dev.camelstudio.examples.ha;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the example as its README says, on the embedded simulator: the leader writes the account's activity, the
 * other instance nothing; the leader stops, and the other goes on after its last position. On ZooKeeper (where A,
 * started first, leads), on Kubernetes (an embedded API server) and on the file lock recipe (whichever takes the lock
 * first). And as one instance in a pod: it serves the health paths the Deployment's probes ask for.
 */
class ActivityHaApplicationTest {

    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    private ActivityHaApplication application;

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void onZooKeeperBTakesOverWhereAStopped() throws Exception {
        takeOver(Map.of("DEMO_RATE", "20"));
    }

    @Test
    void onKubernetesBTakesOverWhereAStopped() throws Exception {
        takeOver(Map.of("DEMO_RATE", "20", "HA_CLUSTER", "kubernetes"));
    }

    @Test
    void asAPodItServesTheHealthPathsTheDeploymentProbes() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        Properties overrides = new Properties();
        overrides.setProperty("activity.dir", directory.resolve("activity").toString());
        // HEALTH_PORT, as a pod would set it: Camel reads that from the process's environment.
        overrides.setProperty("camel.management.port", Integer.toString(port));
        application = new ActivityHaApplication(Map.of("DEMO_RATE", "20", "HA_CLUSTER", "kubernetes",
                "HA_INSTANCES", "studio-activity-ha-7d4b9-x2x8q"), overrides);
        application.start();

        Container container = KubernetesManifestsTest.deploymentContainer();
        HttpClient http = HttpClient.newHttpClient();
        for (Probe probe : List.of(container.getLivenessProbe(), container.getReadinessProbe())) {
            URI uri = URI.create("http://127.0.0.1:" + port + probe.getHttpGet().getPath());
            await(uri + " answers 200").atMost(PATIENCE).ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(uri).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        }
        // The port the probes name is the one the application listens on by default.
        assertThat(Files.readString(Path.of("src/main/resources/application.properties")))
                .contains("camel.management.port = {{env:HEALTH_PORT:" + container.getPorts().get(0).getContainerPort()
                        + "}}");
    }

    @Test
    void onAFileLockBTakesOverWhereAStopped() throws Exception {
        takeOver(Map.of("DEMO_RATE", "20", "HA_CLUSTER", "file", "HA_DIR", directory.resolve("ha").toString()));
    }

    private void takeOver(Map<String, String> environment) throws Exception {
        Properties overrides = new Properties();
        overrides.setProperty("activity.dir", directory.resolve("activity").toString());
        application = new ActivityHaApplication(environment, overrides);
        application.start();
        Path fromA = directory.resolve("activity/A/100000.jsonl");
        Path fromB = directory.resolve("activity/B/100000.jsonl");
        await("an instance delivers").atMost(PATIENCE)
                .until(() -> sequences(fromA).size() >= 10 || sequences(fromB).size() >= 10);
        String leader = application.stopLeader();
        Path fromLeader = "A".equals(leader) ? fromA : fromB;
        Path fromOther = "A".equals(leader) ? fromB : fromA;
        List<Long> beforeStop = sequences(fromLeader);
        assertThat(sequences(fromOther)).as("the standby delivered nothing").isEmpty();
        await("the other takes over").atMost(PATIENCE).until(() -> sequences(fromOther).size() >= 10);

        List<Long> all = new ArrayList<>(beforeStop);
        all.addAll(sequences(fromOther));
        long last = all.get(all.size() - 1);
        assertThat(all.stream().distinct().toList()).as("nothing lost, in order")
                .isEqualTo(LongStream.rangeClosed(1, last).boxed().toList());
        assertThat(all.size() - last).as("at most the one in flight repeated").isLessThanOrEqualTo(1);
    }

    private static List<Long> sequences(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Long> sequences = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher matcher = SEQUENCE.matcher(line);
            if (matcher.find()) {
                sequences.add(Long.parseLong(matcher.group(1)));
            }
        }
        return sequences;
    }
}
