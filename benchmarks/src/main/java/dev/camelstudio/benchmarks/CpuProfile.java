package dev.camelstudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a client's CPU and allocation go, by layer: a JFR recording (execution samples every millisecond, allocation
 * samples) taken while the client runs, each sample given to the layer of the first frame from the top of its stack
 * that is not the JDK's own (so a {@code String} decoded for Tyrus counts as Tyrus, a header map entry made for Camel
 * counts as Camel). The shares are applied to what {@link ThreadCost} measured for the same run. Only the client's
 * threads count, as in {@link ThreadCost}.
 */
final class CpuProfile {

    /** The layers a sample is given to. */
    enum Layer {
        TRANSPORT("WebSocket transport (Tyrus and Grizzly, or the JDK's HTTP client)"),
        DECODE("camel-studio: decoding (its protocol package, Jackson's parser)"),
        STUDIO("camel-studio: session, sequence tracking, delivery, Exchange headers"),
        CAMEL("Camel: the Exchange and the route"),
        MEASURING("the harness's counting (Delivery)"),
        JDK("JDK only (thread pools, queues, locks)"),
        OTHER("other");

        final String title;

        Layer(String title) {
            this.title = title;
        }
    }

    /** What one client spent per message in each layer: CPU µs and bytes. */
    record Cost(double cpuMicros, double bytes) {
    }

    private CpuProfile() {
    }

    /** A recording of what runs while {@code measured} runs; returns its samples split by layer and scaled. */
    static Map<Layer, Cost> profile(Measured measured) throws Exception {
        Path file = Files.createTempFile("camel-studio-bench", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1)).withStackTrace();
            recording.enable("jdk.ObjectAllocationSample").with("throttle", "5000/s").withStackTrace();
            recording.start();
            Results.Run run = measured.run();
            recording.stop();
            recording.dump(file);
            return split(file, run);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A measured run to profile. */
    @FunctionalInterface
    interface Measured {
        Results.Run run() throws Exception;
    }

    private static Map<Layer, Cost> split(Path file, Results.Run run) throws IOException {
        Map<Layer, long[]> samples = new EnumMap<>(Layer.class); // {cpu samples, allocation weight}
        for (Layer layer : Layer.values()) {
            samples.put(layer, new long[2]);
        }
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            boolean cpu = type.equals("jdk.ExecutionSample");
            RecordedThread thread = cpu ? event.getThread("sampledThread") : event.getThread();
            if (thread == null || thread.getJavaName() == null || !isClient(thread.getJavaName())) {
                continue;
            }
            Layer layer = layerOf(event.getStackTrace());
            if (cpu) {
                samples.get(layer)[0]++;
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                samples.get(layer)[1] += event.getLong("weight");
            }
        }
        long cpuTotal = samples.values().stream().mapToLong(s -> s[0]).sum();
        long bytesTotal = samples.values().stream().mapToLong(s -> s[1]).sum();
        Map<Layer, Cost> costs = new LinkedHashMap<>();
        samples.forEach((layer, s) -> costs.put(layer, new Cost(
                cpuTotal == 0 ? 0 : run.cpuMicros() * s[0] / cpuTotal,
                bytesTotal == 0 ? 0 : run.bytes() * s[1] / bytesTotal)));
        return costs;
    }

    private static boolean isClient(String threadName) {
        return !ThreadCost.isServer(threadName) && !threadName.equals("main");
    }

    static Layer layerOf(RecordedStackTrace stack) {
        if (stack == null) {
            return Layer.OTHER;
        }
        List<RecordedFrame> frames = stack.getFrames();
        for (RecordedFrame frame : frames) {
            if (!frame.isJavaFrame() || frame.getMethod() == null) {
                continue;
            }
            Layer layer = layerOf(frame.getMethod().getType().getName());
            if (layer != Layer.JDK) {
                return layer;
            }
        }
        return stack.isTruncated() ? Layer.OTHER : Layer.JDK;
    }

    static Layer layerOf(String className) {
        if (className.startsWith("org.glassfish.") || className.startsWith("jakarta.websocket.")
                || className.startsWith("jdk.internal.net.http.")) {
            return Layer.TRANSPORT;
        }
        if (className.startsWith("dev.camelstudio.studio.protocol.") || className.startsWith("com.fasterxml.")) {
            return Layer.DECODE;
        }
        if (className.startsWith("dev.camelstudio.studio.")) {
            return Layer.STUDIO;
        }
        if (className.startsWith("org.apache.camel.")) {
            return Layer.CAMEL;
        }
        if (className.startsWith("dev.camelstudio.benchmarks.")) {
            return Layer.MEASURING;
        }
        if (className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun.")) {
            return Layer.JDK;
        }
        return Layer.OTHER;
    }
}
