package dev.camelstudio.examples.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka broker in this JVM, in KRaft mode (one process is both broker and controller, no ZooKeeper), on
 * two free loopback ports: what the example sends to when {@code KAFKA_BOOTSTRAP_SERVERS} names no cluster. Its data
 * lives in a temporary directory of its own, kept by {@link #stopBroker()} and {@link #startBroker()}, so that a broker
 * stopped for a while comes back with its topics and on the same port, as a restarted broker would; {@link #close()}
 * deletes it.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path dataDirectory;
    private final KafkaConfig config;
    private final String bootstrapServers;
    /** The running broker, or null while stopped; changed only by whoever starts and stops it (one thread). */
    private KafkaRaftServer server;

    private EmbeddedKafka(Path dataDirectory, KafkaConfig config, String bootstrapServers) {
        this.dataDirectory = dataDirectory;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats a new data directory and starts a broker on it.
     *
     * @return the running broker
     */
    public static EmbeddedKafka start() {
        Path dataDirectory = null;
        try {
            dataDirectory = Files.createTempDirectory("embedded-kafka");
            int brokerPort = freePort();
            int controllerPort = freePort();
            String bootstrapServers = "127.0.0.1:" + brokerPort;
            KafkaConfig config = new KafkaConfig(Map.ofEntries(
                    Map.entry("process.roles", "broker,controller"),
                    Map.entry("node.id", String.valueOf(NODE_ID)),
                    Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                    Map.entry("listeners", "PLAINTEXT://" + bootstrapServers + "," + CONTROLLER_LISTENER
                            + "://127.0.0.1:" + controllerPort),
                    Map.entry("advertised.listeners", "PLAINTEXT://" + bootstrapServers),
                    Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER
                            + ":PLAINTEXT"),
                    Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                    Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                    Map.entry("log.dirs", dataDirectory.toAbsolutePath().toString()),
                    // One broker: every internal topic with one replica, and topics made on first use.
                    Map.entry("offsets.topic.replication.factor", "1"),
                    Map.entry("offsets.topic.num.partitions", "1"),
                    Map.entry("transaction.state.log.replication.factor", "1"),
                    Map.entry("transaction.state.log.min.isr", "1"),
                    Map.entry("num.partitions", "1"),
                    Map.entry("auto.create.topics.enable", "true"),
                    Map.entry("group.initial.rebalance.delay.ms", "0")), false);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(dataDirectory.toAbsolutePath().toString())
                    .setDirectories(List.of(dataDirectory.toAbsolutePath().toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
            EmbeddedKafka kafka = new EmbeddedKafka(dataDirectory, config, bootstrapServers);
            kafka.startBroker();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded Kafka broker could not be set up in " + dataDirectory, e);
        }
    }

    /** Starts the broker again after {@link #stopBroker()}, on the same ports and data. */
    public void startBroker() {
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
    }

    /** Stops the broker, keeping its data; {@link #startBroker()} brings it back. */
    public void stopBroker() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** The broker's address, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker and deletes its data. */
    @Override
    public void close() {
        stopBroker();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
