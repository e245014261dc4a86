package dev.camelstudio.benchmarks;

import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * What a client under test reports for every data message it hands on: counted, timed, and, for an account whose
 * send times the server keeps, its latency from the server's send recorded. Shared by every client in the same way,
 * so that each pays the same for being measured.
 */
final class Delivery {

    private final AtomicLong count = new AtomicLong();
    private volatile long lastNanos;
    private final AtomicLong firstAfterMark = new AtomicLong();
    private volatile long[] stamps;
    private volatile long recordFrom = Long.MAX_VALUE;
    private final Histogram latency = new Histogram(60_000_000_000L, 3);

    /** Called by the client for each data message, with its sequence. */
    void delivered(long sequence) {
        long now = System.nanoTime();
        long[] sent = stamps;
        if (sent != null && sequence >= recordFrom && sequence < sent.length && sent[(int) sequence] != 0) {
            synchronized (latency) {
                latency.recordValue(Math.max(0, now - sent[(int) sequence]));
            }
        }
        lastNanos = now;
        firstAfterMark.compareAndSet(0, now);
        count.incrementAndGet();
    }

    long count() {
        return count.get();
    }

    long lastNanos() {
        return lastNanos;
    }

    /** From now on, the next delivery's time is kept ({@link #firstAfterMark()}). */
    void mark() {
        firstAfterMark.set(0);
    }

    long firstAfterMark() {
        return firstAfterMark.get();
    }

    /** Records latency against these send stamps, for sequences from {@code fromSequence} on (the rest is warm-up). */
    void measureLatency(long[] sendStamps, long fromSequence) {
        recordFrom = fromSequence;
        stamps = sendStamps;
    }

    Histogram latency() {
        synchronized (latency) {
            return latency.copy();
        }
    }

    /** The sequence of a frame, found without parsing it (raw clients); -1 for a frame that has none. */
    static long sequenceOf(String frame) {
        int at = frame.indexOf("\"sequence\":");
        if (at < 0) {
            return -1;
        }
        long value = 0;
        for (int i = at + 11; i < frame.length(); i++) {
            char c = frame.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
