package dev.camelstudio.simulator.recording;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Monotonic counters of everything the simulator did, for assertions; cheap enough for the hot path. */
public final class SimulatorCounters {

    /** What is counted. */
    public enum Counter {
        CONNECTIONS_OPENED,
        CONNECTIONS_CLOSED,
        CONNECTIONS_DROPPED,
        FRAMES_RECEIVED,
        FRAMES_SENT,
        SEQUENCED_PUBLISHED,
        SEQUENCED_SENT_LIVE,
        SEQUENCED_REPLAYED,
        SUBSCRIBES_ACCEPTED,
        SUBSCRIBES_REJECTED,
        ERROR_NOTICES_SENT,
        HEARTBEATS_SENT,
        TOKENS_ISSUED,
        TOKEN_REQUESTS_REFUSED
    }

    private final Map<Counter, LongAdder> adders = new EnumMap<>(Counter.class);

    public SimulatorCounters() {
        for (Counter counter : Counter.values()) {
            adders.put(counter, new LongAdder());
        }
    }

    public void increment(Counter counter) {
        adders.get(counter).increment();
    }

    public void add(Counter counter, long amount) {
        adders.get(counter).add(amount);
    }

    public long get(Counter counter) {
        return adders.get(counter).sum();
    }

    /** A snapshot of every counter. */
    public Map<Counter, Long> snapshot() {
        Map<Counter, Long> copy = new EnumMap<>(Counter.class);
        adders.forEach((counter, adder) -> copy.put(counter, adder.sum()));
        return copy;
    }
}
