package dev.camelstudio.studio.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.camelstudio.studio.support.ManualPool;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded, ordered hand-off of one account's deliveries, on a pool run by hand. */
class AccountDispatcherTest {

    private static final Duration BUDGET = Duration.ofMillis(100);

    private final ManualPool pool = new ManualPool();
    private final List<Integer> delivered = new ArrayList<>();

    private AccountDispatcher dispatcher(int capacity) {
        return new AccountDispatcher(pool, capacity, BUDGET);
    }

    @Test
    void deliveriesRunInOrderWithOneDrainTaskAtATime() {
        AccountDispatcher dispatcher = dispatcher(10);
        for (int i = 1; i <= 5; i++) {
            int n = i;
            assertThat(dispatcher.offer(() -> delivered.add(n))).isTrue();
            dispatcher.deliverQueued();
        }
        assertThat(pool.tasks).hasSize(1);
        pool.runAll();
        assertThat(delivered).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aFullBufferSaysNoAndTakesNothing() {
        AccountDispatcher dispatcher = dispatcher(2);
        assertThat(dispatcher.offer(() -> delivered.add(1))).isTrue();
        assertThat(dispatcher.offer(() -> delivered.add(2))).isTrue();
        assertThat(dispatcher.offer(() -> delivered.add(3))).isFalse();
        dispatcher.deliverQueued();
        pool.runAll();
        assertThat(delivered).containsExactly(1, 2);
        assertThat(dispatcher.offer(() -> delivered.add(4))).isTrue();
        dispatcher.deliverQueued();
        pool.runAll();
        assertThat(delivered).containsExactly(1, 2, 4);
    }

    @Test
    void aDeliveryThatThrowsDoesNotStopTheOthers() {
        AccountDispatcher dispatcher = dispatcher(10);
        dispatcher.offer(() -> delivered.add(1));
        dispatcher.offer(() -> {
            throw new IllegalStateException("a bug in a delivery");
        });
        dispatcher.offer(() -> delivered.add(3));
        dispatcher.deliverQueued();
        pool.runAll();
        assertThat(delivered).containsExactly(1, 3);
    }

    @Test
    void drainedOnceEveryQueuedDeliveryRan() throws InterruptedException {
        AccountDispatcher dispatcher = dispatcher(10);
        assertThat(dispatcher.awaitDrained(0)).isTrue();
        dispatcher.offer(() -> delivered.add(1));
        dispatcher.deliverQueued();
        assertThat(dispatcher.awaitDrained(10)).isFalse();
        pool.runAll();
        assertThat(dispatcher.awaitDrained(0)).isTrue();
    }

    @Test
    void inlineTheCallerDeliversAfterItQueuedButAReportStillGoesToThePool() {
        AccountDispatcher dispatcher = dispatcher(10);
        dispatcher.moveTo(DeliveryMode.INLINE);
        dispatcher.offer(() -> delivered.add(1));
        dispatcher.deliverQueued();
        assertThat(delivered).containsExactly(1);
        assertThat(pool.tasks).isEmpty();

        dispatcher.report(() -> delivered.add(2));
        assertThat(delivered).as("a report comes from a thread that must not run user code").containsExactly(1);
        pool.runAll();
        assertThat(delivered).containsExactly(1, 2);
    }

    @Test
    void onASharedConnectionTheWaitForRoomIsBudgetedUntilTheRouteEmptiesItsBuffer() {
        AccountDispatcher dispatcher = dispatcher(1);
        dispatcher.offer(() -> delivered.add(1));
        dispatcher.deliverQueued();

        long start = System.nanoTime();
        assertThat(dispatcher.awaitRoom(() -> false)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(BUDGET);
        assertThat(dispatcher.isTooSlow()).isTrue();

        pool.runAll();
        assertThat(dispatcher.isTooSlow()).as("the route caught up: the budget is whole again").isFalse();
        assertThat(dispatcher.awaitRoom(() -> false)).isTrue();
    }

    @Test
    void onAConnectionOfItsOwnAWaitForRoomEndsWhenTheStreamHalts() {
        AccountDispatcher dispatcher = dispatcher(1);
        dispatcher.moveTo(DeliveryMode.MOVED);
        dispatcher.offer(() -> delivered.add(1));

        assertThat(dispatcher.awaitRoom(() -> true)).isFalse();
        assertThat(dispatcher.isTooSlow()).isFalse();
    }
}
