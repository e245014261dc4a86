package dev.camelstudio.studio.kubernetes;

import dev.camelstudio.simulator.cluster.ClusterInstanceProcess;

/**
 * One {@link ClusterInstance} in a JVM of its own, for tests that kill or freeze it ({@link ClusterInstanceProcess}
 * starts it): arguments {@code <id> <API server URL>}, and the studio endpoint URI as the first line on stdin (it holds
 * the client's secret, which a command line would show to every process of the machine).
 */
final class ClusterInstanceMain {

    private ClusterInstanceMain() {
    }

    public static void main(String[] args) throws Exception {
        ClusterInstanceProcess.runChild(args, 2,
                "Usage: ClusterInstanceMain <id> <API server URL>, the studio URI on stdin",
                (arguments, studioUri, listener) -> ClusterInstance.start(arguments[0], arguments[1], studioUri,
                        listener));
    }
}
