package dev.camelstudio.examples.ha;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A one-node ZooKeeper in the example's JVM, on 127.0.0.1 and a free port: for the demo, never for production. */
final class EmbeddedZooKeeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedZooKeeper.class);

    private final TestingServer server;

    private EmbeddedZooKeeper(TestingServer server) {
        this.server = server;
    }

    static EmbeddedZooKeeper start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        // clientPortAddress keeps ZooKeeper off the wildcard address it binds by default; maxCnxns set (to what
        // two instances need, with room) so that ZooKeeper does not warn that it is not.
        InstanceSpec spec = new InstanceSpec(null, port, -1, -1, true, -1, -1, -1,
                Map.of("clientPortAddress", "127.0.0.1", "maxCnxns", "100"), "127.0.0.1");
        EmbeddedZooKeeper zooKeeper = new EmbeddedZooKeeper(new TestingServer(spec, true));
        LOG.info("No ZOOKEEPER_NODES in the environment: started an embedded ZooKeeper at {}",
                zooKeeper.connectString());
        return zooKeeper;
    }

    String connectString() {
        return server.getConnectString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
