package dev.camelstudio.simulator.session;

import java.time.Duration;

/**
 * The per-connection timings and limits of the simulated server.
 *
 * @param subscribeDeadline how long a connection may stay without a successful subscription (docs/protocol.md §5-2: 30 s)
 * @param heartbeatInterval how often heartbeats are sent once subscribed (docs/protocol.md §6-1: 10 s)
 * @param sendBudget        how many activity frames may wait for a slow client before publishing blocks
 */
public record SessionSettings(Duration subscribeDeadline, Duration heartbeatInterval, int sendBudget) {

    /**
     * Checks the components.
     *
     * @param subscribeDeadline how long a connection may stay without a successful subscription; positive
     * @param heartbeatInterval how often heartbeats are sent once subscribed; positive
     * @param sendBudget        how many activity frames may wait for a slow client; at least 1
     * @throws IllegalArgumentException if a duration is {@code null}, zero or negative, or the send budget is below 1
     */
    public SessionSettings {
        requirePositive(subscribeDeadline, "subscribeDeadline");
        requirePositive(heartbeatInterval, "heartbeatInterval");
        if (sendBudget < 1) {
            throw new IllegalArgumentException("sendBudget must be at least 1, was " + sendBudget);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
        }
    }
}
