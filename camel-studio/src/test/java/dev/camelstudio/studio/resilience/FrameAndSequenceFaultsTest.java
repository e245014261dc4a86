package dev.camelstudio.studio.resilience;

import java.util.List;
import java.util.stream.LongStream;

import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.studio.delivery.StudioSequenceGapException;
import dev.camelstudio.studio.protocol.FrameDecodingException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad frames and broken sequencing on a connection that stays up: undecodable and oversized frames are reported and
 * the stream goes on; live duplicates are dropped; a gap that a replay can fill (withheld or swapped frames) is healed
 * by subscribing again; a gap that no replay fills is delivered with CamelStudioMissingBefore, and reported to
 * onException with gapHandling=error.
 */
class FrameAndSequenceFaultsTest extends ResilienceTestSupport {

    private void startLive(String... options) throws Exception {
        publish(ACCOUNT, 10);
        consume(ROUTE, ACCOUNT, options);
        awaitLive(ROUTE);
        publish(ACCOUNT, 10);
        await().atMost(PATIENCE).until(() -> received.count(ACCOUNT) >= 20);
    }

    private void assertStillOnTheFirstConnection() {
        assertThat(consumer(ROUTE).getConnections()).isEqualTo(1);
        assertThat(counter(Counter.CONNECTIONS_OPENED)).isEqualTo(1);
    }

    @Test
    void anUndecodableFrameIsReportedAndTheStreamGoesOnWithoutReconnecting() throws Exception {
        startLive("bridgeErrorHandler=true", "heartbeatTimeout=5000");
        faults().sendMalformedJson(ACCOUNT);
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(errorsOf(FrameDecodingException.class)).hasSize(1);
        assertStillOnTheFirstConnection();
    }

    @Test
    void anOversizedFrameIsDeliveredOrReportedAndTheStreamGoesOn() throws Exception {
        startLive("bridgeErrorHandler=true", "includeControlMessages=true");
        int size = 2 * 1024 * 1024;
        faults().sendOversizedFrame(ACCOUNT, size);
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        boolean delivered = received.unsequenced().stream()
                .anyMatch(e -> e.getMessage().getBody(String.class).length() >= size);
        // Either the frame came through whole, or the connection was replaced and that was reported.
        assertThat(delivered || !errors.isEmpty()).as("delivered %s, errors %s", delivered, errors).isTrue();
    }

    @Test
    void aLiveDuplicateIsDropped() throws Exception {
        startLive("heartbeatTimeout=5000");
        faults().duplicateNext(ACCOUNT);
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(consumer(ROUTE).getDuplicatesDropped()).isEqualTo(1);
        assertStillOnTheFirstConnection();
    }

    @Test
    void twoSwappedFramesAreAGapThatHeals() throws Exception {
        startLive();
        faults().swapNextTwo(ACCOUNT);
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(received.gaps()).isEmpty();
        assertThat(consumer(ROUTE).getConnections()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void withheldFramesAreAGapThatTheReplayOfAFreshSubscriptionFills() throws Exception {
        startLive();
        faults().withholdLive(ACCOUNT, 3);
        // The fourth is the first the client sees: it reveals the gap.
        publish(ACCOUNT, 10);
        awaitQuiescent(ACCOUNT);
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(received.gaps()).isEmpty();
        assertThat(consumer(ROUTE).getConnections()).isGreaterThanOrEqualTo(2);
        assertThat(counter(Counter.SEQUENCED_REPLAYED)).isGreaterThan(10);
    }

    /** Sequences 1..last without the {@code skipped} just before {@code resumedAt}. */
    private List<Long> allBut(long resumedAt, int skipped) {
        return LongStream.rangeClosed(1, lastPublished(ACCOUNT)).boxed()
                .filter(s -> s < resumedAt - skipped || s >= resumedAt).toList();
    }

    private long skipFiveThenPublish() {
        long before = lastPublished(ACCOUNT);
        faults().skipSequences(ACCOUNT, 5);
        publish(ACCOUNT, 10);
        return before + 6;
    }

    private void assertDeliveredWithMissingBefore(long resumedAt) {
        await().atMost(PATIENCE).until(() -> received.last(ACCOUNT) == lastPublished(ACCOUNT));
        awaitQuiescent(ACCOUNT);
        SequenceCheck.assertExactly(ACCOUNT, received.sequences(ACCOUNT), allBut(resumedAt, 5));
        assertThat(received.gaps()).containsExactly(new Received.Gap(ACCOUNT, resumedAt, 5));
    }

    @Test
    void aGapNoReplayFillsIsDeliveredWithTheMissingCount() throws Exception {
        startLive();
        long resumedAt = skipFiveThenPublish();
        assertDeliveredWithMissingBefore(resumedAt);
        // It was given its chance: one fresh subscription, whose replay has the same hole.
        assertThat(consumer(ROUTE).getConnections()).isGreaterThanOrEqualTo(2);
        publish(ACCOUNT, 5);
        awaitQuiescent(ACCOUNT);
        assertThat(received.gaps()).hasSize(1);
    }

    @Test
    void withGapHandlingWarnTheGapIsDeliveredAtOnceOnTheSameConnection() throws Exception {
        startLive("gapHandling=warn", "heartbeatTimeout=5000");
        long resumedAt = skipFiveThenPublish();
        assertDeliveredWithMissingBefore(resumedAt);
        assertStillOnTheFirstConnection();
    }

    @Test
    void withGapHandlingErrorTheGapReachesOnException() throws Exception {
        startLive("gapHandling=error", "bridgeErrorHandler=true");
        long resumedAt = skipFiveThenPublish();
        assertDeliveredWithMissingBefore(resumedAt);
        await().atMost(PATIENCE).until(() -> !errorsOf(StudioSequenceGapException.class).isEmpty());
        StudioSequenceGapException gap = errorsOf(StudioSequenceGapException.class).get(0);
        assertThat(gap.getAccountId()).isEqualTo(ACCOUNT);
        assertThat(gap.getMissing()).isEqualTo(5);
        assertThat(gap.getResumedAt()).isEqualTo(resumedAt);
        assertThat(errorsOf(StudioSequenceGapException.class)).hasSize(1);
        assertThat(gap).hasMessageContaining("missing before sequence " + resumedAt);
    }
}
