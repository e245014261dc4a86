package dev.camelstudio.studio.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.slf4j.Logger;

/**
 * Logs a failure that repeats (Studio down, a token endpoint that refuses) without flooding the log: at WARN when it
 * first happens and whenever it changes, then at most once per {@code interval} with the count so far, at DEBUG in
 * between; the success that ends them once at INFO. Two failures are "the same" when their messages differ only in numbers
 * (delays, attempt counts, ports of a retry).
 * <p>
 * Thread-safe: the session's executor and the token endpoint's callers both use one.
 */
public final class RepeatingFailureLog {

    /** How often a failure that goes on is logged at WARN again. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

    private static final Pattern NUMBERS = Pattern.compile("\\d+");

    private final Logger log;
    private final Clock clock;
    private final Duration interval;
    // Guarded by this.
    private String lastShape;
    private Instant lastWarnAt;
    private int failures;

    /**
     * A log with no failures yet.
     *
     * @param log      where the messages go
     * @param clock    tells when a failure happens, to space the WARN lines
     * @param interval how often a failure that goes on is logged at WARN again
     */
    public RepeatingFailureLog(Logger log, Clock clock, Duration interval) {
        this.log = log;
        this.clock = clock;
        this.interval = interval;
    }

    /**
     * A log with no failures yet, on the system clock and with the {@link #DEFAULT_INTERVAL}.
     *
     * @param log where the messages go
     */
    public RepeatingFailureLog(Logger log) {
        this(log, Clock.systemUTC(), DEFAULT_INTERVAL);
    }

    /**
     * One more failure in a row.
     *
     * @param message what failed, as logged; it is the same failure as the last one when only numbers differ
     */
    public void failure(String message) {
        failure(NUMBERS.matcher(message).replaceAll("#"), message);
    }

    /**
     * One more failure, of the kind {@code kind}: failures of one kind are "the same" whatever their messages say
     * (e.g. undecodable frames, whose messages quote the frame).
     *
     * @param kind    what tells failures apart: a change of kind is logged at WARN at once
     * @param message what failed, as logged
     */
    public synchronized void failure(String kind, String message) {
        failures++;
        String shape = kind;
        Instant now = clock.instant();
        boolean changed = !shape.equals(lastShape);
        if (changed || lastWarnAt == null || !now.isBefore(lastWarnAt.plus(interval))) {
            lastShape = shape;
            lastWarnAt = now;
            if (failures == 1 || changed) {
                log.warn(message);
            } else {
                log.warn("{} (seen {} times; repeats are logged at most every {} s, at DEBUG in between)",
                        message, failures, interval.toSeconds());
            }
        } else {
            log.debug(message);
        }
    }

    /**
     * It worked (again): logs {@code message} at INFO, with how many failures came before, if any.
     *
     * @param message what worked, as logged
     */
    public synchronized void succeeded(String message) {
        if (failures > 0) {
            log.info("{} (after {} failure{})", message, failures, failures == 1 ? "" : "s");
        } else {
            log.info(message);
        }
        failures = 0;
        lastShape = null;
        lastWarnAt = null;
    }

    /**
     * How many failures in a row so far.
     *
     * @return the failures since the last success (or since this log was made); 0 if none
     */
    public synchronized int failures() {
        return failures;
    }
}
