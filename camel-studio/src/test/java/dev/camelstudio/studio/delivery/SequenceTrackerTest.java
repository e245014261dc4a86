package dev.camelstudio.studio.delivery;

import java.time.Instant;

import dev.camelstudio.studio.delivery.SequenceTracker.Verdict;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sequences per account and New York trading day (docs/protocol.md §5-5, §6-11). */
class SequenceTrackerTest {

    /** 2026-03-10 10:00 in New York (EDT, UTC-4). */
    private static final Instant TUESDAY = Instant.parse("2026-03-10T14:00:00Z");
    /** 23:59:59 in New York on the same day: still Tuesday there, already Wednesday in UTC. */
    private static final Instant TUESDAY_LATE = Instant.parse("2026-03-11T03:59:59Z");
    /** 00:00:01 on Wednesday in New York. */
    private static final Instant WEDNESDAY = Instant.parse("2026-03-11T04:00:01Z");

    private final SequenceTracker tracker = new SequenceTracker("100000");

    private void deliver(long sequence, Instant at) {
        assertThat(tracker.verdict(sequence, at)).isEqualTo(Verdict.DELIVER);
        tracker.delivered(sequence, at);
    }

    @Test
    void nothingDeliveredYetWantsSequenceOne() {
        assertThat(tracker.verdict(1, TUESDAY)).isEqualTo(Verdict.DELIVER);
        assertThat(tracker.verdict(3, TUESDAY)).isEqualTo(Verdict.GAP);
        assertThat(tracker.missingBefore(3, TUESDAY)).isEqualTo(2);
        assertThat(tracker.position()).isNull();
    }

    @Test
    void theNextIsDeliveredRepeatsAreDuplicatesAndJumpsAreGaps() {
        deliver(1, TUESDAY);
        deliver(2, TUESDAY);
        assertThat(tracker.verdict(2, TUESDAY)).isEqualTo(Verdict.DUPLICATE);
        assertThat(tracker.verdict(1, TUESDAY)).isEqualTo(Verdict.DUPLICATE);
        assertThat(tracker.verdict(5, TUESDAY)).isEqualTo(Verdict.GAP);
        assertThat(tracker.missingBefore(5, TUESDAY)).isEqualTo(2);
        assertThat(tracker.position()).isEqualTo("2026-03-10:2");
    }

    @Test
    void theTradingDayIsNewYorksNotUtcs() {
        deliver(1, TUESDAY);
        // After 20:00 New York time UTC is on the next date, but the trading day is the same: 2 follows 1.
        deliver(2, TUESDAY_LATE);
        assertThat(tracker.position()).isEqualTo("2026-03-10:2");
    }

    @Test
    void aNewTradingDayStartsAgainAtOneAndTheOldDayIsOver() {
        deliver(1, TUESDAY);
        deliver(2, TUESDAY);
        assertThat(tracker.verdict(1, WEDNESDAY)).isEqualTo(Verdict.DELIVER);
        tracker.delivered(1, WEDNESDAY);
        assertThat(tracker.position()).isEqualTo("2026-03-11:1");
        // A late frame of Tuesday (a replay of an old connection) is old news.
        assertThat(tracker.verdict(3, TUESDAY)).isEqualTo(Verdict.DUPLICATE);
        // A new day that does not start at 1 is missing its start.
        SequenceTracker other = new SequenceTracker("100001");
        other.delivered(7, TUESDAY);
        assertThat(other.verdict(4, WEDNESDAY)).isEqualTo(Verdict.GAP);
        assertThat(other.missingBefore(4, WEDNESDAY)).isEqualTo(3);
    }

    @Test
    void aPositionSavedBeforeMidnightIsRestoredAfterIt() {
        deliver(1, TUESDAY);
        deliver(2, TUESDAY_LATE);
        SequenceTracker restarted = new SequenceTracker("100000");
        restarted.restore(tracker.position());
        // The restart's replay of Tuesday is dropped; Wednesday starts at 1.
        assertThat(restarted.verdict(2, TUESDAY_LATE)).isEqualTo(Verdict.DUPLICATE);
        assertThat(restarted.verdict(3, TUESDAY_LATE)).isEqualTo(Verdict.DELIVER);
        assertThat(restarted.verdict(1, WEDNESDAY)).isEqualTo(Verdict.DELIVER);
    }

    @Test
    void restoringNullForgetsEverythingAndGarbageIsRefused() {
        deliver(1, TUESDAY);
        tracker.restore(null);
        assertThat(tracker.position()).isNull();
        assertThat(tracker.verdict(1, TUESDAY)).isEqualTo(Verdict.DELIVER);
        assertThatThrownBy(() -> tracker.restore("no-colon")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDayBoundsFollowNewYorkAcrossADaylightSavingChange() {
        // 2026-03-08 02:00 New York time the clocks go forward: that day is 23 hours long.
        Instant saturdayLast = Instant.parse("2026-03-08T04:59:59Z");
        Instant sundayFirst = Instant.parse("2026-03-08T05:00:00Z");
        Instant sundayLast = Instant.parse("2026-03-09T03:59:59Z");
        Instant mondayFirst = Instant.parse("2026-03-09T04:00:00Z");
        deliver(1, saturdayLast);
        deliver(1, sundayFirst);
        deliver(2, sundayLast);
        assertThat(tracker.position()).isEqualTo("2026-03-08:2");
        deliver(1, mondayFirst);
        assertThat(tracker.position()).isEqualTo("2026-03-09:1");
        assertThat(tracker.positionOf(7, saturdayLast)).isEqualTo("2026-03-07:7");
    }
}
