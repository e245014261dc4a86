package dev.camelstudio.simulator.recording;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the simulator saw: connections, subscriptions and frames, each kept in a bounded window (oldest dropped
 * first) so that a long benchmark run does not grow memory, plus {@link SimulatorCounters} that never forget.
 * Tokens are redacted before anything is stored.
 */
public final class SimulatorRecorder {

    // The closing quote is optional so that a frame cut off inside the token (not JSON, but still recorded) is
    // redacted too.
    private static final Pattern AUTHORIZATION =
            Pattern.compile("(\"authorization\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"?");

    private final Clock clock;
    private final int frameCapacity;
    private final int recordCapacity;
    private final SimulatorCounters counters = new SimulatorCounters();
    // Guarded by this: the three bounded windows.
    private final Deque<RecordedFrame> frames = new ArrayDeque<>();
    private final Map<Long, ConnectionRecord> connections = new LinkedHashMap<>();
    private final Deque<SubscriptionRecord> subscriptions = new ArrayDeque<>();
    private volatile boolean recordFrames = true;

    /**
     * A recorder with empty windows and every counter at zero.
     *
     * @param clock          the clock that stamps every record
     * @param frameCapacity  how many frames to keep (0 keeps none; the counters still count)
     * @param recordCapacity how many connection records to keep, and as many subscription records
     */
    public SimulatorRecorder(Clock clock, int frameCapacity, int recordCapacity) {
        this.clock = clock;
        this.frameCapacity = frameCapacity;
        this.recordCapacity = recordCapacity;
    }

    /**
     * The counters of everything the simulator did; {@link #clear()} leaves them as they are.
     *
     * @return the simulator's counters
     */
    public SimulatorCounters counters() {
        return counters;
    }

    /**
     * Turns frame recording off (counters still count), e.g. for benchmarks at tens of thousands of frames a second.
     *
     * @param enabled false to stop recording frames, true to record them again
     */
    public void recordFrames(boolean enabled) {
        this.recordFrames = enabled;
    }

    /**
     * Counts a text frame and, while frame recording is on, records it; a received frame with its token redacted.
     *
     * @param connectionId the simulator's id of the connection
     * @param direction    which way the frame went
     * @param text         the frame text
     */
    public void frame(long connectionId, Direction direction, String text) {
        counters.increment(direction == Direction.SENT ? SimulatorCounters.Counter.FRAMES_SENT
                : SimulatorCounters.Counter.FRAMES_RECEIVED);
        if (!recordFrames || frameCapacity == 0) {
            return;
        }
        String safe = direction == Direction.RECEIVED ? redact(text) : text;
        RecordedFrame frame = new RecordedFrame(clock.instant(), connectionId, direction, safe);
        synchronized (this) {
            if (frames.size() == frameCapacity) {
                frames.removeFirst();
            }
            frames.addLast(frame);
        }
    }

    /**
     * Counts and records a connection that has just opened.
     *
     * @param connectionId the simulator's id of the connection
     */
    public synchronized void connectionOpened(long connectionId) {
        counters.increment(SimulatorCounters.Counter.CONNECTIONS_OPENED);
        if (connections.size() == recordCapacity) {
            Long oldest = connections.keySet().iterator().next();
            connections.remove(oldest);
        }
        connections.put(connectionId, new ConnectionRecord(connectionId, clock.instant(), null, -1, null));
    }

    /**
     * Counts a closed connection and, if its record is still in the window, records how it closed.
     *
     * @param connectionId the simulator's id of the connection
     * @param code         the close code
     * @param reason       the close reason
     */
    public synchronized void connectionClosed(long connectionId, int code, String reason) {
        counters.increment(SimulatorCounters.Counter.CONNECTIONS_CLOSED);
        connections.computeIfPresent(connectionId, (id, open) -> open.closed(clock.instant(), code, reason));
    }

    /**
     * Counts and records the ack a {@code subscribe-activity} request was answered with.
     *
     * @param connectionId the connection the request came on
     * @param accountId    the account asked for
     * @param success      the ack's {@code success}
     * @param details      the ack's {@code details}
     */
    public void subscription(long connectionId, String accountId, boolean success, String details) {
        counters.increment(success ? SimulatorCounters.Counter.SUBSCRIBES_ACCEPTED
                : SimulatorCounters.Counter.SUBSCRIBES_REJECTED);
        SubscriptionRecord record = new SubscriptionRecord(clock.instant(), connectionId, accountId, success, details);
        synchronized (this) {
            if (subscriptions.size() == recordCapacity) {
                subscriptions.removeFirst();
            }
            subscriptions.addLast(record);
        }
    }

    /**
     * The recorded frames, oldest first.
     *
     * @return a copy of the recorded frames
     */
    public synchronized List<RecordedFrame> frames() {
        return new ArrayList<>(frames);
    }

    /**
     * The recorded frames that match, oldest first.
     *
     * @param filter which frames to keep
     * @return the matching frames
     */
    public List<RecordedFrame> frames(Predicate<RecordedFrame> filter) {
        return frames().stream().filter(filter).toList();
    }

    /**
     * The recorded connections, oldest first.
     *
     * @return a copy of the connection records
     */
    public synchronized List<ConnectionRecord> connections() {
        return new ArrayList<>(connections.values());
    }

    /**
     * The recorded subscriptions, oldest first.
     *
     * @return a copy of the subscription records
     */
    public synchronized List<SubscriptionRecord> subscriptions() {
        return new ArrayList<>(subscriptions);
    }

    /** Forgets the recorded windows (counters keep counting). */
    public synchronized void clear() {
        frames.clear();
        connections.clear();
        subscriptions.clear();
    }

    /**
     * Replaces the value of every {@code "authorization"} field by {@code "***"}, without parsing the frame; a value
     * cut off by the end of the frame is replaced up to the end.
     *
     * @param frame the frame text
     * @return the frame text with every {@code authorization} value redacted
     */
    public static String redact(String frame) {
        return AUTHORIZATION.matcher(frame).replaceAll("$1\"***\"");
    }
}
