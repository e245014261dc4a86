package dev.camelstudio.studio.zookeeper;

import java.time.Duration;

import dev.camelstudio.simulator.cluster.ClusterInstanceProcess;
import dev.camelstudio.simulator.cluster.ClusteredStudioContext.Election;

/**
 * One {@link ClusterInstance} in a JVM of its own, for tests that kill it ({@link ClusterInstanceProcess} starts it):
 * arguments {@code <id> <zooKeeper connect string> <session timeout in ms>}, and the studio endpoint URI as the first line on stdin (it holds
 * the client's secret, which a command line would show to every process of the machine).
 */
final class ClusterInstanceMain {

    private ClusterInstanceMain() {
    }

    public static void main(String[] args) throws Exception {
        ClusterInstanceProcess.runChild(args, 3,
                "Usage: ClusterInstanceMain <id> <zooKeeper connect string> <session timeout in ms>, the studio URI on "
                        + "stdin",
                (arguments, studioUri, listener) -> ClusterInstance.start(arguments[0], arguments[1],
                        Duration.ofMillis(Long.parseLong(arguments[2])), studioUri, listener,
                        Election.MASTER_ENDPOINT));
    }
}
