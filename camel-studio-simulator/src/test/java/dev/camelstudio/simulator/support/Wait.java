package dev.camelstudio.simulator.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Awaitility as the simulator's tests use it: checks at once and then every 10 ms (Awaitility's default, a first check
 * after 100 ms and then every 100 ms, would make the suite several times slower), and gives up after 10 s unless told
 * otherwise.
 */
public final class Wait {

    public static final Duration POLL = Duration.ofMillis(10);
    public static final Duration AT_MOST = Duration.ofSeconds(10);

    private Wait() {
    }

    public static ConditionFactory await() {
        return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(POLL).atMost(AT_MOST);
    }
}
