package dev.camelstudio.studio.connection;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded, ordered hand-off of one account's deliveries to a shared pool, on a pool run by hand. */
class AccountDispatcherTest {

    private final ManualPool pool = new ManualPool();
    private final List<Integer> delivered = new ArrayList<>();

    @Test
    void deliveriesRunInOrderWithOneDrainTaskAtATime() {
        AccountDispatcher dispatcher = new AccountDispatcher(pool, 10);
        for (int i = 1; i <= 5; i++) {
            int n = i;
            assertThat(dispatcher.offer(() -> delivered.add(n))).isTrue();
        }
        assertThat(pool.tasks).hasSize(1);
        pool.runAll();
        assertThat(delivered).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aFullBufferSaysNoAndTakesNothing() {
        AccountDispatcher dispatcher = new AccountDispatcher(pool, 2);
        assertThat(dispatcher.offer(() -> delivered.add(1))).isTrue();
        assertThat(dispatcher.offer(() -> delivered.add(2))).isTrue();
        assertThat(dispatcher.offer(() -> delivered.add(3))).isFalse();
        pool.runAll();
        assertThat(delivered).containsExactly(1, 2);
        assertThat(dispatcher.offer(() -> delivered.add(4))).isTrue();
        pool.runAll();
        assertThat(delivered).containsExactly(1, 2, 4);
    }

    @Test
    void aDeliveryThatThrowsDoesNotStopTheOthers() {
        AccountDispatcher dispatcher = new AccountDispatcher(pool, 10);
        dispatcher.offer(() -> delivered.add(1));
        dispatcher.offer(() -> {
            throw new IllegalStateException("a bug in a delivery");
        });
        dispatcher.offer(() -> delivered.add(3));
        pool.runAll();
        assertThat(delivered).containsExactly(1, 3);
    }

    @Test
    void drainedOnceEveryQueuedDeliveryRan() throws InterruptedException {
        AccountDispatcher dispatcher = new AccountDispatcher(pool, 10);
        assertThat(dispatcher.awaitDrained(0)).isTrue();
        dispatcher.offer(() -> delivered.add(1));
        assertThat(dispatcher.awaitDrained(10)).isFalse();
        pool.runAll();
        assertThat(dispatcher.awaitDrained(0)).isTrue();
    }
}
