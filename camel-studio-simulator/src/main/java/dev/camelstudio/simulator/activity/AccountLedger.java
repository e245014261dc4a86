package dev.camelstudio.simulator.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelstudio.simulator.protocol.ServerFrames;
import dev.camelstudio.simulator.recording.SimulatorCounters;

/**
 * One account's activity for the trading day: the sequence counter, the log of sequenced frames that every subscribe
 * replays, and the live subscribers (docs/protocol.md §5-4, §5-5, §6-11).
 * <p>
 * The sequence starts at 1 and rises by 1 per sequenced message across all five types; it resets, and the log
 * empties, when the trading day (America/New_York, on the injected clock) changes. Publishing, subscribing and the
 * delivery faults all happen under this object's lock, which is what makes replay-then-live exact.
 */
public final class AccountLedger {

    /** Studio's trading day is taken to be the calendar day in New York (docs/protocol.md §5-4, ASSUMED). */
    public static final ZoneId TRADING_ZONE = ZoneId.of("America/New_York");

    private final String accountId;
    private final Clock clock;
    private final int logCapacity;
    private final SimulatorCounters counters;
    private final List<LedgerSubscriber> subscribers = new CopyOnWriteArrayList<>();
    // Guarded by this: the day, the counter, the log and the pending delivery faults.
    private final Deque<String> log = new ArrayDeque<>();
    private LocalDate tradingDay;
    private long lastSequence;
    private int sequencesToSkip;
    private int liveFramesToWithhold;
    private int framesToDuplicate;
    private boolean swapNextTwo;
    private String heldForSwap;

    /**
     * An empty ledger for the clock's current trading day.
     *
     * @param accountId   the account whose activity this is
     * @param clock       the clock of the frames' timestamps and of the trading day
     * @param logCapacity how many frames the log keeps for replay; beyond it the oldest is dropped
     * @param counters    where the published frames are counted
     */
    public AccountLedger(String accountId, Clock clock, int logCapacity, SimulatorCounters counters) {
        this.accountId = accountId;
        this.clock = clock;
        this.logCapacity = logCapacity;
        this.counters = counters;
        this.tradingDay = today();
    }

    /** {@return the account whose activity this is} */
    public String accountId() {
        return accountId;
    }

    /**
     * Stamps the event with the clock's time and the next sequence, logs it for replay and hands it to every live
     * subscriber (unless a delivery fault says otherwise).
     *
     * @param event the event to publish
     * @return the sequence given to the event
     */
    public synchronized long publish(ActivityEvent event) {
        rollOverIfNewDay();
        lastSequence += 1 + sequencesToSkip;
        sequencesToSkip = 0;
        String frame = ServerFrames.sequenced(clock.millis(), lastSequence, event);
        if (log.size() == logCapacity) {
            log.removeFirst();
        }
        log.addLast(frame);
        counters.increment(SimulatorCounters.Counter.SEQUENCED_PUBLISHED);
        deliverLive(frame);
        return lastSequence;
    }

    private void deliverLive(String frame) {
        if (liveFramesToWithhold > 0) {
            liveFramesToWithhold--;
            return;
        }
        if (swapNextTwo) {
            if (heldForSwap == null) {
                heldForSwap = frame;
                return;
            }
            send(frame);
            send(heldForSwap);
            heldForSwap = null;
            swapNextTwo = false;
            return;
        }
        send(frame);
        if (framesToDuplicate > 0) {
            framesToDuplicate--;
            send(frame);
        }
    }

    private void send(String frame) {
        for (LedgerSubscriber subscriber : subscribers) {
            subscriber.live(accountId, frame);
        }
    }

    /**
     * Replays the day's log to the subscriber, then adds it to the live subscribers, atomically.
     *
     * @param subscriber the connection to replay to and then keep up to date
     */
    public synchronized void subscribe(LedgerSubscriber subscriber) {
        rollOverIfNewDay();
        subscriber.subscribed(accountId, new ArrayList<>(log));
        subscribers.add(subscriber);
    }

    /**
     * Stops sending live frames to the subscriber. Not under the lock: a publish already under way may still reach it.
     *
     * @param subscriber the subscriber to remove; one that is not subscribed is ignored
     */
    public void unsubscribe(LedgerSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /**
     * The sequence of the latest frame.
     *
     * @return the sequence given to the latest published frame; 0 if none was published since the sequence last reset
     */
    public synchronized long lastSequence() {
        return lastSequence;
    }

    /**
     * How many frames a subscribe would replay now.
     *
     * @return the number of frames in the log
     */
    public synchronized int replaySize() {
        return log.size();
    }

    /**
     * Fault: the next sequence number jumps by {@code count}: a gap that no replay can fill.
     *
     * @param count how many sequence numbers to leave out; added to any skip still pending
     */
    public synchronized void skipSequences(int count) {
        sequencesToSkip += count;
    }

    /**
     * Fault: the next {@code count} frames are logged but not sent live: a gap that a resubscribe's replay fills.
     *
     * @param count how many frames to withhold; added to any still pending
     */
    public synchronized void withholdLive(int count) {
        liveFramesToWithhold += count;
    }

    /** Fault: the next frame is sent live twice. */
    public synchronized void duplicateNext() {
        framesToDuplicate++;
    }

    /** Fault: the next two frames are sent live in the wrong order. */
    public synchronized void swapNextTwo() {
        swapNextTwo = true;
    }

    /** Clears the pending delivery faults; a frame held for a swap is sent now. */
    public synchronized void clearFaults() {
        sequencesToSkip = 0;
        liveFramesToWithhold = 0;
        framesToDuplicate = 0;
        swapNextTwo = false;
        if (heldForSwap != null) {
            send(heldForSwap);
            heldForSwap = null;
        }
    }

    private void rollOverIfNewDay() {
        LocalDate today = today();
        if (!today.equals(tradingDay)) {
            tradingDay = today;
            lastSequence = 0;
            log.clear();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TRADING_ZONE);
    }
}
