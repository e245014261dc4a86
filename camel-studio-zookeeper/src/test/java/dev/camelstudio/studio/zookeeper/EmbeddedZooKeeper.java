package dev.camelstudio.studio.zookeeper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real ZooKeeper server in the test's JVM (curator-test), fresh for each test, bound to 127.0.0.1 on a free port.
 * It can be stopped and started again on the same port and data, as an ensemble that goes away and comes back.
 */
final class EmbeddedZooKeeper implements BeforeEachCallback, AfterEachCallback {

    /** ZooKeeper's tick by default: sessions may be as short as two ticks, so tests can use sessions of a few seconds. */
    static final Duration SHORT_TICK = Duration.ofMillis(200);

    private final Duration tick;
    private TestingServer server;

    /** A server with a 200 ms tick. */
    EmbeddedZooKeeper() {
        this(SHORT_TICK);
    }

    /**
     * A server with the tick {@code tick}, e.g. 2 s as ZooKeeper's own sample configuration (and Debian's) has it: it
     * grants sessions of 2 to 20 ticks, and expires them on tick boundaries.
     */
    EmbeddedZooKeeper(Duration tick) {
        this.tick = tick;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        // clientPortAddress keeps ZooKeeper off the wildcard address it binds by default.
        InstanceSpec spec = new InstanceSpec(null, freePort(), -1, -1, true, -1, (int) tick.toMillis(), -1,
                Map.of("clientPortAddress", "127.0.0.1",
                        // As ZooKeeper's defaults: sessions of at least two ticks.
                        "minSessionTimeout", Long.toString(tick.multipliedBy(2).toMillis())),
                "127.0.0.1");
        server = new TestingServer(spec, true);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** The connect string, {@code 127.0.0.1:<port>}. */
    String connectString() {
        return server.getConnectString();
    }

    int port() {
        return server.getPort();
    }

    /** The children of a znode, read with a client of its own. */
    List<String> children(String path) throws Exception {
        try (CuratorFramework client = CuratorFrameworkFactory.newClient(connectString(), new RetryOneTime(100))) {
            client.start();
            return client.checkExists().forPath(path) == null ? List.of() : client.getChildren().forPath(path);
        }
    }

    /** Stops the server, keeping its data: clients lose their connection, sessions stay until they time out. */
    void stop() throws IOException {
        server.stop();
    }

    /** Starts the stopped server again, on the same port, with the same data. */
    void restart() throws Exception {
        server.restart();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
