package dev.camelstudio.studio.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The last delivered sequence of one account, across connections: what turns Studio's replay-on-every-subscribe into
 * "each event once, none missed" (docs/protocol.md §5-5). Sequences restart at 1 each trading day (America/New_York),
 * so a message of a later day than the last delivered one starts afresh.
 * <p>
 * Not thread-safe: callers hold the tracker's lock across verdict, delivery and {@link #delivered}, so that two
 * connections (during a token rotation) never deliver the same sequence twice or out of order.
 */
public final class SequenceTracker {

    static final ZoneId TRADING_ZONE = ZoneId.of("America/New_York");

    /** What to do with a sequenced message. */
    public enum Verdict {
        /** The next one: deliver it. */
        DELIVER,
        /** Already delivered (a replay, an overlap, a server duplicate): drop it. */
        DUPLICATE,
        /** Later than the next one: sequences are missing before it. */
        GAP
    }

    private final String accountId;
    /**
     * The trading day last looked up and its bounds: nearly every frame is of the same day, so one zone lookup a day.
     */
    private LocalDate boundsDay;
    private String boundsDayPrefix;
    private long boundsStartMillis = Long.MAX_VALUE;
    private long boundsEndMillis = Long.MIN_VALUE;
    private LocalDate day;
    private long last;

    /**
     * A tracker that has seen no sequence yet.
     *
     * @param accountId the account whose sequences are tracked
     */
    public SequenceTracker(String accountId) {
        this.accountId = accountId;
    }

    /** {@return the account whose sequences are tracked} */
    public String accountId() {
        return accountId;
    }

    /**
     * Judges a sequenced message against the last delivered one; the position is not changed.
     *
     * @param sequence  the message's sequence
     * @param timestamp the message's timestamp, which gives its trading day
     * @return DELIVER for the next sequence (1 on a later day), DUPLICATE for one already delivered or of an earlier
     *         day, GAP for one after missing sequences
     */
    public Verdict verdict(long sequence, Instant timestamp) {
        LocalDate messageDay = tradingDay(timestamp);
        if (day != null && messageDay.isBefore(day)) {
            return Verdict.DUPLICATE;
        }
        if (day == null || messageDay.isAfter(day)) {
            // A new trading day (or nothing delivered yet): the day's first sequence is 1.
            return sequence == 1 ? Verdict.DELIVER : Verdict.GAP;
        }
        if (sequence <= last) {
            return Verdict.DUPLICATE;
        }
        return sequence == last + 1 ? Verdict.DELIVER : Verdict.GAP;
    }

    /** The New York trading day of {@code timestamp}, from the cached bounds when it falls inside them. */
    private LocalDate tradingDay(Instant timestamp) {
        long millis = timestamp.toEpochMilli();
        if (millis < boundsStartMillis || millis >= boundsEndMillis) {
            boundsDay = LocalDate.ofInstant(timestamp, TRADING_ZONE);
            boundsDayPrefix = SequencePosition.prefix(boundsDay);
            boundsStartMillis = boundsDay.atStartOfDay(TRADING_ZONE).toInstant().toEpochMilli();
            boundsEndMillis = boundsDay.plusDays(1).atStartOfDay(TRADING_ZONE).toInstant().toEpochMilli();
        }
        return boundsDay;
    }

    /**
     * How many sequences are missing before {@code sequence}, for a message the tracker called a GAP.
     *
     * @param sequence  the message's sequence
     * @param timestamp the message's timestamp, which gives its trading day
     * @return the number of sequences missing; 0 if none
     */
    public long missingBefore(long sequence, Instant timestamp) {
        LocalDate messageDay = tradingDay(timestamp);
        long base = day != null && messageDay.equals(day) ? last : 0;
        return Math.max(0, sequence - base - 1);
    }

    /**
     * Records that {@code sequence} of the day of {@code timestamp} was delivered (or deliberately skipped).
     *
     * @param sequence  the message's sequence
     * @param timestamp the message's timestamp, which gives its trading day
     */
    public void delivered(long sequence, Instant timestamp) {
        day = tradingDay(timestamp);
        last = sequence;
    }

    /**
     * The position, for a state repository: {@code yyyy-MM-dd:sequence}, or null before anything was delivered.
     *
     * @return the position, or null
     */
    public String position() {
        return day == null ? null : new SequencePosition(day, last).toString();
    }

    /** The position a tracker has once it delivered {@code sequence} of the day of {@code timestamp}. */
    String positionOf(long sequence, Instant timestamp) {
        tradingDay(timestamp);
        return boundsDayPrefix + sequence; // what SequencePosition.toString writes, without formatting the day again
    }

    /**
     * Restores a position written by {@link #position()}, or forgets everything for null; a value that does not parse
     * is refused.
     *
     * @param position a position written by {@link #position()}, or null
     * @throws IllegalArgumentException for a value that does not parse
     */
    public void restore(String position) {
        if (position == null) {
            day = null;
            last = 0;
            return;
        }
        SequencePosition restored = SequencePosition.parse(position);
        day = restored.day();
        last = restored.sequence();
    }

    /** {@return the last sequence delivered on the tracker's trading day; 0 before anything was} */
    public long last() {
        return last;
    }
}
