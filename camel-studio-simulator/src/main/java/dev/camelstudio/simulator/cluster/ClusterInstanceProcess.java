package dev.camelstudio.simulator.cluster;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance of a clustered application in a child JVM on the test's classpath, so that a test can kill it as a
 * crash does ({@link #kill()}: SIGKILL, no shutdown of any kind) or freeze it ({@link #freeze()}: SIGSTOP). Its main
 * class hands its instance to {@link #runChild}, which prints what the instance delivers and when it leads; those lines
 * reach the test's {@link ClusterListener} as they are read from the child's stdout. The child's log is
 * {@code target/cluster-instance-<id>.log} (the system property {@code studio.test.log}), its stderr
 * {@code target/cluster-instance-<id>.stderr.log}.
 */
public final class ClusterInstanceProcess implements AutoCloseable {

    /** Starts the instance of a child JVM. */
    @FunctionalInterface
    public interface ChildStarter {

        /**
         * Starts the instance; it runs until the JVM exits.
         *
         * @param args      the child's command line arguments
         * @param secret    the first line of the child's stdin: what must not show on a command line (an endpoint URI
         *                  with a client secret)
         * @param listener  tells the test what the instance delivers and when it leads
         * @throws Exception when the instance cannot start; the child then exits with 1
         */
        void start(String[] args, String secret, ClusterListener listener) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ClusterInstanceProcess.class);
    private static final String DELIVERED = "DELIVERED";
    private static final String LEADS = "LEADS";
    private static final String CONTROL = "CONTROL";

    private final String id;
    private final Process process;
    /** Written by the thread that reads the child's stdout, read by the test. */
    private volatile boolean leads;

    private ClusterInstanceProcess(String id, Process process) {
        this.id = id;
        this.process = process;
    }

    /**
     * Starts {@code mainClass} in a child JVM; the main class calls {@link #runChild}.
     *
     * @param id        the instance's id, for its log files and this JVM's log
     * @param mainClass the child's main class, on this JVM's classpath
     * @param secret    the first line written to the child's stdin
     * @param listener  hears what the child prints
     * @param args      the child's arguments
     * @return the running child
     * @throws IOException when the JVM cannot be started
     */
    public static ClusterInstanceProcess start(String id, Class<?> mainClass, String secret, ClusterListener listener,
            String... args) throws IOException {
        List<String> command =
                new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        // A small heap and the quick compiler: the child delivers a hundred messages a second on a busy
                        // 2-core machine.
                        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-cp", System.getProperty("java.class.path"),
                        "-Dstudio.test.log=target/cluster-instance-" + id + ".log", mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(new File("target/cluster-instance-" + id + ".stderr.log"))
                .start();
        ClusterInstanceProcess instance = new ClusterInstanceProcess(id, process);
        // stdin stays open: its end tells the child to exit.
        OutputStream stdin = process.getOutputStream();
        stdin.write((secret + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        Thread reader = new Thread(() -> instance.read(listener), "cluster-instance-" + id + "-stdout");
        reader.setDaemon(true);
        reader.start();
        LOG.info("Started instance {} in JVM {}", id, process.pid());
        return instance;
    }

    /**
     * The child's side, for its {@code main}: reads the secret line, starts the instance with a listener that prints
     * to stdout, and exits when stdin ends: when the test closes the child, and when the test's JVM dies, so that no
     * instance outlives a failed run.
     *
     * @param args      the child's arguments
     * @param arguments how many arguments it needs
     * @param usage     what to print when they are missing
     * @param starter   starts the instance
     * @throws IOException when stdin cannot be read
     */
    public static void runChild(String[] args, int arguments, String usage, ChildStarter starter) throws IOException {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String secret = args.length == arguments ? stdin.readLine() : null;
        if (secret == null) {
            System.err.println(usage);
            System.exit(2);
        }
        try {
            starter.start(args, secret, new ClusterListener() {
                @Override
                public void delivered(String instance, long sequence) {
                    // System.out flushes each line: a line printed before a kill is still read by the test.
                    System.out.println(DELIVERED + " " + instance + " " + sequence);
                }

                @Override
                public void leads(String instance, boolean leads) {
                    System.out.println(LEADS + " " + instance + " " + leads);
                }

                @Override
                public void controlMessage(String instance, String type) {
                    System.out.println(CONTROL + " " + instance + " " + type);
                }
            });
        } catch (Throwable e) {
            // Client threads would keep a JVM whose instance did not start alive until the test kills it.
            e.printStackTrace();
            System.exit(1);
        }
        while (stdin.readLine() != null) {
            // Nothing else comes on stdin; its end is the signal.
        }
        // No clean stop: a test done with its instance kills it anyway, and when the test's JVM died, its coordinator
        // and simulator are gone too, so a stop would only wait for them.
        System.exit(0);
    }

    /** Reads the child's lines until its stdout ends (it exited or was killed): what it printed is never lost. */
    private void read(ClusterListener listener) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] words = line.split(" ");
                if (words.length == 3 && words[0].equals(DELIVERED)) {
                    listener.delivered(words[1], Long.parseLong(words[2]));
                } else if (words.length == 3 && words[0].equals(LEADS)) {
                    leads = Boolean.parseBoolean(words[2]);
                    LOG.info("Instance {} {}", id, leads ? "leads" : "no longer leads");
                    listener.leads(words[1], leads);
                } else if (words.length == 3 && words[0].equals(CONTROL)) {
                    listener.controlMessage(words[1], words[2]);
                } else {
                    LOG.info("Instance {} printed: {}", id, line);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read what instance {} prints: {}", id, e.toString());
        }
    }

    /** {@return whether the child's last word was that it leads} */
    public boolean leads() {
        return leads;
    }

    /** Kills the child's JVM at once (SIGKILL), as a crash or an out-of-memory killer would. */
    public void kill() {
        process.destroyForcibly();
    }

    /**
     * Freezes the child's JVM (SIGSTOP), as a long garbage collection or a paused VM would: it neither delivers nor
     * renews anything until {@link #thaw()}.
     *
     * @throws IOException when {@code kill} cannot be run
     * @throws InterruptedException when interrupted while it runs
     */
    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /**
     * Lets a frozen child go on (SIGCONT).
     *
     * @throws IOException when {@code kill} cannot be run
     * @throws InterruptedException when interrupted while it runs
     */
    public void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IOException("kill -" + signal + " " + process.pid() + " exited with " + exit);
        }
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
