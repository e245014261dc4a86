package dev.camelstudio.simulator.recording;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Monotonic counters of everything the simulator did, for assertions; cheap enough for the hot path. */
public final class SimulatorCounters {

    /** What is counted. */
    public enum Counter {
        /** WebSocket connections opened. */
        CONNECTIONS_OPENED,
        /** WebSocket connections closed, by either side or by a drop. */
        CONNECTIONS_CLOSED,
        /** Connections cut with no close frame by the drop fault. */
        CONNECTIONS_DROPPED,
        /** Text frames received from clients. */
        FRAMES_RECEIVED,
        /** Text frames written to clients, whatever their kind. */
        FRAMES_SENT,
        /** Sequenced messages published into the accounts' ledgers, whether or not they were sent live. */
        SEQUENCED_PUBLISHED,
        /** Sequenced frames handed live to subscribed connections, once for each (a duplicate counts twice). */
        SEQUENCED_SENT_LIVE,
        /** Sequenced frames queued as replay after a successful subscribe. */
        SEQUENCED_REPLAYED,
        /** Subscribes answered with {@code success:true}, {@code "Already subscribed"} included. */
        SUBSCRIBES_ACCEPTED,
        /** Subscribes answered with {@code success:false}. */
        SUBSCRIBES_REJECTED,
        /** {@code error-notice} frames queued: unparsable requests, the subscribe deadline, token expiry. */
        ERROR_NOTICES_SENT,
        /** {@code heartbeat} frames queued. */
        HEARTBEATS_SENT,
        /** Tokens the token endpoint issued. */
        TOKENS_ISSUED,
        /** Token endpoint requests answered with an error, injected failures included. */
        TOKEN_REQUESTS_REFUSED
    }

    private final Map<Counter, LongAdder> adders = new EnumMap<>(Counter.class);

    /** Every counter at zero. */
    public SimulatorCounters() {
        for (Counter counter : Counter.values()) {
            adders.put(counter, new LongAdder());
        }
    }

    /**
     * Adds one to a counter.
     *
     * @param counter the counter
     */
    public void increment(Counter counter) {
        adders.get(counter).increment();
    }

    /**
     * Adds to a counter.
     *
     * @param counter the counter
     * @param amount  how much to add
     */
    public void add(Counter counter, long amount) {
        adders.get(counter).add(amount);
    }

    /**
     * The current value of a counter.
     *
     * @param counter the counter
     * @return everything added to it so far
     */
    public long get(Counter counter) {
        return adders.get(counter).sum();
    }

    /**
     * A snapshot of every counter.
     *
     * @return a new map of every counter to its value
     */
    public Map<Counter, Long> snapshot() {
        Map<Counter, Long> copy = new EnumMap<>(Counter.class);
        adders.forEach((counter, adder) -> copy.put(counter, adder.sum()));
        return copy;
    }
}
