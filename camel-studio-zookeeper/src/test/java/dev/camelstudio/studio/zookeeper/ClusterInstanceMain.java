package dev.camelstudio.studio.zookeeper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * One {@link ClusterInstance} in a JVM of its own, for tests that kill it ({@link ClusterInstanceProcess} starts it):
 * arguments {@code <id> <zooKeeper connect string>}, and the studio endpoint URI as the first line on stdin (it holds
 * the client's secret, which a command line would show to every process of the machine).
 * <p>
 * It prints {@code DELIVERED <id> <sequence>} for each Exchange its route delivered and {@code LEADS <id> true|false}
 * when it starts or stops leading. It exits when its stdin closes: when the test closes it, and when the test's JVM
 * dies, so that no instance outlives a failed run.
 */
final class ClusterInstanceMain {

    static final String DELIVERED = "DELIVERED";
    static final String LEADS = "LEADS";

    private ClusterInstanceMain() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String studioUri = args.length == 2 ? stdin.readLine() : null;
        if (studioUri == null) {
            System.err.println("Usage: ClusterInstanceMain <id> <zooKeeper connect string>, the studio URI on stdin");
            System.exit(2);
        }
        try {
            start(args[0], args[1], studioUri);
        } catch (Throwable e) {
            // Curator's threads would keep a JVM whose instance did not start alive until the test kills it.
            e.printStackTrace();
            System.exit(1);
        }
        while (stdin.readLine() != null) {
            // Nothing else comes on stdin; its end is the signal.
        }
        // No clean stop: a test done with its instance kills it anyway, and when the test's JVM died, its ZooKeeper and
        // simulator are gone too, so a stop would only wait for them.
        System.exit(0);
    }

    private static void start(String id, String zooKeeper, String studioUri) throws Exception {
        ClusterInstance.start(id, zooKeeper, studioUri, new ClusterInstance.Listener() {
            @Override
            public void delivered(String instance, long sequence) {
                // System.out flushes each line: a line printed before a kill is still read by the test.
                System.out.println(DELIVERED + " " + instance + " " + sequence);
            }

            @Override
            public void leads(String instance, boolean leads) {
                System.out.println(LEADS + " " + instance + " " + leads);
            }
        });
    }
}
