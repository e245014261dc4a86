package dev.camelstudio.studio.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelstudio.studio.GapHandling;
import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.protocol.FrameDecoder;
import dev.camelstudio.studio.support.ManualPool;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One account's stream without any connection: what it delivers, drops and saves; gaps healed or told; startFrom=live;
 * a delivery that is not completed halting the stream until the next subscribe, which goes back to the saved position.
 */
class AccountStreamTest {

    private static final String A = "100000";
    private static final FrameDecoder DECODER = new FrameDecoder();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T14:00:00Z"), ZoneOffset.UTC);

    private final MemoryPositions positions = new MemoryPositions();
    private final Map<String, String> saved = positions.saved;
    private final List<Long> delivered = new CopyOnWriteArrayList<>();
    private final List<Long> missing = new ArrayList<>();
    private final List<Long> resubscribes = new ArrayList<>();
    /** Sequences the listener refuses to complete, as a stopping consumer or breakOnFirstError would. */
    private final List<Long> notCompleted = new ArrayList<>();
    private final AccountListener listener = new AccountListener() {
        @Override
        public boolean deliver(InboundMessage message, long missingBefore) {
            Long sequence = message.message().sequence();
            if (sequence != null && notCompleted.remove(sequence)) {
                return false;
            }
            if (sequence != null) {
                delivered.add(sequence);
                missing.add(missingBefore);
            }
            return true;
        }

        @Override
        public void problem(Throwable error) {
        }

        @Override
        public void positionNotSaved(RuntimeException cause) {
            notSaved.incrementAndGet();
        }

        @Override
        public void moveToOwnConnection() {
            moves.incrementAndGet();
        }
    };
    /** What the streams asked of their session. */
    private final SessionRequests session = new SessionRequests() {
        @Override
        public void resubscribe(AccountStream stream, long missingCount, long sequence, String connectionId) {
            resubscribes.add(missingCount);
        }

        @Override
        public void replayCompleted(AccountStream stream, String connectionId) {
            // The router tells this, not the stream.
        }
    };
    private final AccountRouter router = new AccountRouter(new SessionCounters(), CLOCK, session);
    private final AtomicInteger moves = new AtomicInteger();
    private final AtomicInteger notSaved = new AtomicInteger();

    /** A stream on a connection of its own: the route runs on the caller's thread. */
    private AccountStream stream(boolean startLive, GapHandling gaps) {
        AccountStream stream = stream(startLive, gaps, Runnable::run, 1000, Duration.ZERO);
        stream.moveTo(DeliveryMode.INLINE);
        return stream;
    }

    /** A stream on a shared connection, with a buffer of {@code capacity} on {@code pool}. */
    private AccountStream shared(Executor pool, int capacity, Duration slowRouteTimeout) {
        return stream(false, GapHandling.RESUBSCRIBE, pool, capacity, slowRouteTimeout);
    }

    private AccountStream stream(boolean startLive, GapHandling gaps, Executor pool, int capacity,
            Duration slowRouteTimeout) {
        AccountStream stream = new AccountStream(new StreamSettings(A, startLive, gaps.heals(),
                gaps.reportsUnhealed()), positions, listener, new AccountDispatcher(pool, capacity, slowRouteTimeout),
                CLOCK);
        router.attach(stream);
        return stream;
    }

    private void accept(AccountStream stream, String frame, boolean replay) {
        stream.accept(new InboundMessage(DECODER.decodeFrame(frame), A, replay, "c1"), router, session);
    }

    private static String buyingPower(long sequence) {
        return "{\"timestamp\":1773151200000,\"sequence\":" + sequence
                + ",\"payload\":{\"type\":\"buying-power-update\","
                + "\"data\":{\"account_id\":\"" + A + "\",\"account_number\":\"ACC0001\",\"amount\":1.0}}}";
    }

    private static final String ACK = "{\"timestamp\":1773151200000,\"payload\":{\"type\":\"subscribe-activity-ack\","
            + "\"account_id\":\"" + A + "\",\"success\":true,\"details\":\"x\"}}";
    private static final String REPLAY_COMPLETE =
            "{\"timestamp\":1773151200000,\"payload\":{\"type\":\"replay-complete\"}}";

    private void sequences(AccountStream stream, long from, long to, boolean replay) {
        for (long sequence = from; sequence <= to; sequence++) {
            accept(stream, buyingPower(sequence), replay);
        }
    }

    @Test
    void eachSequenceIsDeliveredOnceAndItsPositionSavedAfterTheRoute() {
        AccountStream stream = stream(false, GapHandling.RESUBSCRIBE);
        sequences(stream, 1, 3, true);
        sequences(stream, 1, 3, true);
        sequences(stream, 4, 4, false);

        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L);
        assertThat(saved).containsEntry(A, "2026-03-10:4");
        assertThat(stream.counters().values().duplicatesDropped()).isEqualTo(3);
    }

    @Test
    void aSavedPositionIsWhereItGoesOn() {
        saved.put(A, "2026-03-10:2");
        AccountStream stream = stream(false, GapHandling.RESUBSCRIBE);
        sequences(stream, 1, 4, true);
        assertThat(delivered).containsExactly(3L, 4L);
        assertThat(stream.position()).isEqualTo("2026-03-10:4");
    }

    @Test
    void aLiveGapAsksForAResubscribeOnceAndDeliversNothingPastIt() {
        AccountStream stream = stream(false, GapHandling.RESUBSCRIBE);
        sequences(stream, 1, 2, false);
        sequences(stream, 5, 6, false);

        assertThat(resubscribes).containsExactly(2L);
        assertThat(delivered).containsExactly(1L, 2L);
        // The fresh connection's replay fills it.
        sequences(stream, 1, 6, true);
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aGapInsideAReplayCannotBeHealedAndIsDeliveredWithTheMissingCount() {
        AccountStream stream = stream(false, GapHandling.RESUBSCRIBE);
        sequences(stream, 1, 1, true);
        sequences(stream, 4, 4, true);

        assertThat(resubscribes).isEmpty();
        assertThat(delivered).containsExactly(1L, 4L);
        assertThat(missing).containsExactly(0L, 2L);
        assertThat(stream.counters().values().gapsUnhealed()).isEqualTo(1);
    }

    @Test
    void startFromLiveSkipsTheFirstReplayButTakesItsPosition() {
        AccountStream stream = stream(true, GapHandling.RESUBSCRIBE);
        sequences(stream, 1, 3, true);
        accept(stream, REPLAY_COMPLETE, false);
        sequences(stream, 4, 4, false);

        assertThat(delivered).containsExactly(4L);
        assertThat(saved).containsEntry(A, "2026-03-10:4");
    }

    @Test
    void aDeliveryNotCompletedHaltsTheStreamUntilTheNextSubscribeWhichGoesBackToTheSavedPosition() {
        AccountStream stream = stream(false, GapHandling.RESUBSCRIBE);
        notCompleted.add(3L);
        sequences(stream, 1, 5, false);

        assertThat(stream.isHalted()).isTrue();
        assertThat(delivered).containsExactly(1L, 2L);
        assertThat(saved).containsEntry(A, "2026-03-10:2");

        // The next subscribe's ack resumes it from the saved position; its replay offers 3 again, in order.
        accept(stream, ACK, false);
        assertThat(stream.isHalted()).isFalse();
        sequences(stream, 1, 5, true);
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aPositionTheStoreCannotSaveHaltsTheStreamAndTheNextSubscribeSavesItBeforeDeliveringMore() {
        AccountStream stream = stream(false, GapHandling.RESUBSCRIBE);
        sequences(stream, 1, 2, false);
        positions.down = true;
        sequences(stream, 3, 5, false);

        // 3 was delivered but its position not saved: nothing more is, so that an instance taking over from the
        // saved position 2 repeats 3 alone.
        assertThat(stream.isHalted()).isTrue();
        assertThat(delivered).containsExactly(1L, 2L, 3L);
        assertThat(saved).containsEntry(A, "2026-03-10:2");
        assertThat(notSaved).hasValue(1);

        // A subscribe while the store is still down: the first message saves 3 first, fails, and halts again.
        accept(stream, ACK, false);
        sequences(stream, 1, 5, true);
        assertThat(delivered).containsExactly(1L, 2L, 3L);
        assertThat(notSaved).hasValue(2);

        // The store is back: the next subscribe saves 3, then goes on after it.
        positions.down = false;
        accept(stream, ACK, false);
        sequences(stream, 1, 5, true);
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(saved).containsEntry(A, "2026-03-10:5");
    }

    @Test
    void whatTheBufferHeldWhenItHaltedIsDroppedUnacknowledgedAndComesAgainWithTheReplay() {
        ManualPool pool = new ManualPool();
        AccountStream stream = shared(pool, 100, Duration.ZERO);
        sequences(stream, 1, 5, false);
        stream.halt();
        pool.runAll();

        assertThat(delivered).isEmpty();
        assertThat(saved).isEmpty();

        accept(stream, ACK, false);
        sequences(stream, 1, 5, true);
        pool.runAll();
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aRouteThatUsesUpTheSlowRouteBudgetMovesTheAccountOnceAndNothingMoreIsTaken() {
        ManualPool pool = new ManualPool();
        AccountStream stream = shared(pool, 2, Duration.ZERO);
        sequences(stream, 1, 5, false);

        assertThat(stream.mode()).isEqualTo(DeliveryMode.MOVING);
        assertThat(stream.counters().values().slowRouteMoves()).isEqualTo(1);
        pool.runAll();
        assertThat(moves).as("asked once, on the pool").hasValue(1);
        assertThat(delivered).containsExactly(1L, 2L);
        // Moved to a connection of its own: its replay brings what was not taken. There a full buffer makes the
        // reader wait as long as it takes, so the pool drains between the frames that fill it.
        stream.moveTo(DeliveryMode.MOVED);
        sequences(stream, 1, 4, true);
        pool.runAll();
        sequences(stream, 5, 5, true);
        pool.runAll();
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aBurstIntoAFullBufferMakesTheReaderWaitAndMovesNothing() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            AccountStream stream = shared(pool, 2, Duration.ofSeconds(5));

            // 2,000 messages into a buffer of 2: the reader waits for the route again and again, never for long.
            sequences(stream, 1, 2_000, true);

            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 2_000);
            assertThat(delivered).isSorted().doesNotHaveDuplicates();
            assertThat(moves).hasValue(0);
            assertThat(stream.mode()).isEqualTo(DeliveryMode.SHARED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRouteThatKeepsTheReaderWaitingForSlowRouteTimeoutIsMoved() {
        ManualPool pool = new ManualPool();
        AccountStream stream = shared(pool, 1, Duration.ofMillis(50));
        sequences(stream, 1, 1, false);

        long waitedFrom = System.nanoTime();
        sequences(stream, 2, 3, false);

        assertThat(Duration.ofNanos(System.nanoTime() - waitedFrom)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(stream.mode()).isEqualTo(DeliveryMode.MOVING);
        pool.runAll();
        assertThat(moves).hasValue(1);
        assertThat(delivered).containsExactly(1L);
        assertThat(saved).containsEntry(A, "2026-03-10:1");
    }

    @Test
    void aReaderWaitingForAStuckRouteHoldsNoLockAndLetsGoOnceTheStreamHalts() throws Exception {
        ManualPool stuck = new ManualPool();
        AccountStream stream = shared(stuck, 1, Duration.ofMinutes(1));
        stream.moveTo(DeliveryMode.MOVED);
        sequences(stream, 1, 1, false);
        Thread reader = new Thread(() -> sequences(stream, 2, 2, false), "reader");
        reader.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> reader.getState() == Thread.State.TIMED_WAITING);
        assertThat(stream.position()).as("readable at once while the reader waits").isEqualTo("2026-03-10:1");
        router.detach(stream);

        stream.halt();

        reader.join(Duration.ofSeconds(10).toMillis());
        assertThat(reader.isAlive()).isFalse();
        assertThat(saved).as("sequence 2 was not taken").isEmpty();
    }

    @Test
    void aStateRepositoryThatBlocksHoldsUpOnlyItsOwnAccountsDeliveringThreadNeverTheReader() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        PositionStore blocking = new PositionStore() {
            @Override
            public String load(String accountId) {
                return null;
            }

            @Override
            public void save(String accountId, String position) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try {
            // startFrom=live: the replay is only saved, not delivered; then live messages for the route.
            AccountStream stream = new AccountStream(new StreamSettings(A, true, true, false), blocking,
                    listener, new AccountDispatcher(pool, 10, Duration.ofMinutes(1)), CLOCK);
            router.attach(stream);

            long start = System.nanoTime();
            sequences(stream, 1, 3, true);
            accept(stream, REPLAY_COMPLETE, false);
            sequences(stream, 4, 5, false);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(stream.position()).isEqualTo("2026-03-10:5");
            release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 2);
            assertThat(delivered).containsExactly(4L, 5L);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
