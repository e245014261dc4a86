package dev.camelstudio.studio.zookeeper;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ClusterInstanceMain} in a child JVM on the test's classpath, so that a test can kill an instance as a
 * crash does ({@link #kill()}: SIGKILL, no shutdown of any kind). What it delivers goes into the test's
 * {@link Deliveries}, as it is read from its stdout; its log is {@code target/cluster-instance-<id>.log}, its stderr
 * {@code target/cluster-instance-<id>.stderr.log}.
 */
final class ClusterInstanceProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterInstanceProcess.class);

    private final String id;
    private final Process process;
    /** Written by the thread that reads the child's stdout, read by the test. */
    private volatile boolean leads;

    private ClusterInstanceProcess(String id, Process process) {
        this.id = id;
        this.process = process;
    }

    static ClusterInstanceProcess start(String id, String zooKeeper, String studioUri, Deliveries deliveries)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A small heap and the quick compiler: the child delivers a hundred messages a second on a busy 2-core machine.
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "-Dstudio.test.log=target/cluster-instance-" + id + ".log",
                ClusterInstanceMain.class.getName(), id, zooKeeper)
                .redirectError(new File("target/cluster-instance-" + id + ".stderr.log"))
                .start();
        ClusterInstanceProcess instance = new ClusterInstanceProcess(id, process);
        // stdin stays open: its end tells the child to exit.
        OutputStream stdin = process.getOutputStream();
        stdin.write((studioUri + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        Thread reader = new Thread(() -> instance.read(deliveries), "cluster-instance-" + id + "-stdout");
        reader.setDaemon(true);
        reader.start();
        LOG.info("Started instance {} in JVM {}", id, process.pid());
        return instance;
    }

    /** Reads the child's lines until its stdout ends (it exited or was killed): what it printed is never lost. */
    private void read(Deliveries deliveries) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] words = line.split(" ");
                if (words.length == 3 && words[0].equals(ClusterInstanceMain.DELIVERED)) {
                    deliveries.delivered(words[1], Long.parseLong(words[2]));
                } else if (words.length == 3 && words[0].equals(ClusterInstanceMain.LEADS)) {
                    leads = Boolean.parseBoolean(words[2]);
                    LOG.info("Instance {} {}", id, leads ? "leads" : "no longer leads");
                } else {
                    LOG.info("Instance {} printed: {}", id, line);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read what instance {} prints: {}", id, e.toString());
        }
    }

    /** Whether the child's last word was that it leads. */
    boolean leads() {
        return leads;
    }

    /** Kills the child's JVM at once (SIGKILL), as a crash or an out-of-memory killer would. */
    void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        if (process.waitFor(10, TimeUnit.SECONDS)) {
            LOG.info("Instance {} (JVM {}) exited with {}", id, process.pid(), process.exitValue());
        } else {
            LOG.warn("Instance {} (JVM {}) still runs 10 s after SIGKILL", id, process.pid());
        }
    }
}
