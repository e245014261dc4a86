package dev.camelstudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import jdk.jfr.EventSettings;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a client's CPU and allocation go, by layer: JFR recordings (execution samples every millisecond in one run,
 * allocation samples in another) taken while the client runs, each sample given to the layer of the first frame from the top of its stack
 * that is not the JDK's own (so a {@code String} decoded for Tyrus counts as Tyrus, a header map entry made for Camel
 * counts as Camel). The shares are applied to what {@link ThreadCost} measured for the same run. Only the client's
 * threads count, as in {@link ThreadCost}.
 */
final class CpuProfile {

    /** The layers a sample is given to. */
    enum Layer {
        TRANSPORT("WebSocket transport (Tyrus and Grizzly, or the JDK's HTTP client, and camel-studio's adapter)"),
        DECODE("decoding (camel-studio's protocol package or the hand-written peer's, Jackson's parser)"),
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

    /** The sum of one figure over every layer. */
    static double total(Map<Layer, Cost> costs, ToDoubleFunction<Cost> figure) {
        return costs.values().stream().mapToDouble(figure).sum();
    }

    /**
     * Runs {@code measured} twice, under a recording of execution samples and then under one of allocation samples
     * (an allocation sample walks the allocating thread's stack, which would weigh on the CPU split), and returns
     * each run's figures split by layer.
     */
    static Map<Layer, Cost> profile(Measured measured) throws Exception {
        Map<Layer, Double> cpu = split(CPU_SAMPLE, measured, Run::cpuMicros);
        Map<Layer, Double> bytes = split(ALLOCATION_SAMPLE, measured, Run::bytes);
        Map<Layer, Cost> costs = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            costs.put(layer, new Cost(cpu.get(layer), bytes.get(layer)));
        }
        return costs;
    }

    /** A measured run to profile. */
    @FunctionalInterface
    interface Measured {
        Run run() throws Exception;
    }

    private static final String CPU_SAMPLE = "jdk.ExecutionSample";
    private static final String ALLOCATION_SAMPLE = "jdk.ObjectAllocationSample";

    /** One run under a recording of {@code event}: its {@code figure} shared out as the client's samples weigh. */
    private static Map<Layer, Double> split(String event, Measured measured, ToDoubleFunction<Run> figure)
            throws Exception {
        Path file = Files.createTempFile("camel-studio-bench", ".jfr");
        try (Recording recording = new Recording()) {
            EventSettings settings = recording.enable(event).withStackTrace();
            if (event.equals(CPU_SAMPLE)) {
                settings.withPeriod(Duration.ofMillis(1));
            } else {
                settings.with("throttle", "5000/s");
            }
            recording.start();
            Run run = measured.run();
            recording.stop();
            recording.dump(file);
            Map<Layer, Long> weights = weigh(file, event);
            long total = weights.values().stream().mapToLong(Long::longValue).sum();
            Map<Layer, Double> shares = new EnumMap<>(Layer.class);
            weights.forEach((layer, weight) -> shares.put(layer,
                    total == 0 ? 0 : figure.applyAsDouble(run) * weight / total));
            return shares;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The client's samples by layer: one per execution sample, an allocation sample's weight in bytes. */
    private static Map<Layer, Long> weigh(Path file, String event) throws IOException {
        Map<Layer, Long> weights = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            weights.put(layer, 0L);
        }
        boolean cpu = event.equals(CPU_SAMPLE);
        for (RecordedEvent sample : RecordingFile.readAllEvents(file)) {
            if (!sample.getEventType().getName().equals(event)) {
                continue;
            }
            RecordedThread thread = cpu ? sample.getThread("sampledThread") : sample.getThread();
            if (thread == null || thread.getJavaName() == null || !isClient(thread.getJavaName())) {
                continue;
            }
            weights.merge(layerOf(sample.getStackTrace()), cpu ? 1 : sample.getLong("weight"), Long::sum);
        }
        return weights;
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
                || className.startsWith("jdk.internal.net.http.")
                || className.startsWith("dev.camelstudio.studio.transport.")) {
            return Layer.TRANSPORT;
        }
        if (className.startsWith("dev.camelstudio.studio.protocol.") || className.startsWith("com.fasterxml.")
                || className.equals(HandWrittenDecoder.class.getName())) {
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
