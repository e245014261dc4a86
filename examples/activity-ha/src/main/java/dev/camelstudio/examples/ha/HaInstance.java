package dev.camelstudio.examples.ha;

import java.util.Properties;

import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.main.Main;
import org.apache.camel.spi.StateRepository;

/**
 * One instance of the application: a Camel Main with the route of {@code camel/studio-activity-ha.camel.yaml}, its
 * own cluster service (its member of the election) and its own client of the shared positions.
 */
final class HaInstance {

    private final String id;
    private final Main main = new Main(HaInstance.class);
    private final CamelClusterService cluster;

    HaInstance(String id, CamelClusterService cluster, StateRepository<String, String> positions,
            Properties properties) {
        this.id = id;
        this.cluster = cluster;
        main.bind("cluster", cluster);
        main.bind("positions", positions);
        main.addOverrideProperty("camel.main.name", "studio-activity-" + id);
        main.addOverrideProperty("instance.id", id);
        properties.forEach((key, value) -> main.addOverrideProperty((String) key, (String) value));
    }

    String id() {
        return id;
    }

    /** Whether this instance leads the election of {@code namespace}. */
    boolean leads(String namespace) {
        return cluster.isLeader(namespace);
    }

    Main main() {
        return main;
    }

    void start() throws Exception {
        main.start();
    }

    void stop() throws Exception {
        main.stop();
    }
}
