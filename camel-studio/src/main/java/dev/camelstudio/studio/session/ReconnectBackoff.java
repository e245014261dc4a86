package dev.camelstudio.studio.session;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: attempt n waits a random time between half and all of
 * {@code min(max, initial * 2^(n-1))}, so that many clients cut off together do not come back together.
 * Camel's {@code BackOff} has no jitter, hence this small class.
 */
public final class ReconnectBackoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    /**
     * A backoff whose first attempt waits at most {@code initial}.
     *
     * @param initial the ceiling of the first retry's delay; must be positive
     * @param max     the longest delay; at least {@code initial}
     * @param random  values in [0, 1); injected so that tests are deterministic
     * @throws IllegalArgumentException unless {@code 0 < initial <= max}
     */
    public ReconnectBackoff(Duration initial, Duration max, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max, was " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /**
     * The delay before attempt {@code attempt} (1 for the first retry).
     *
     * @param attempt the attempt, 1 for the first retry; lower values count as 1
     * @return a random delay between half and all of the attempt's ceiling
     */
    public Duration delay(int attempt) {
        long ceiling = ceilingMillis(attempt);
        long floor = ceiling / 2;
        return Duration.ofMillis(floor + (long) (random.getAsDouble() * (ceiling - floor)));
    }

    /**
     * The longest delay: what a permanent refusal waits between attempts.
     *
     * @return the longest delay
     */
    public Duration max() {
        return max;
    }

    private long ceilingMillis(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        long ceiling = initial.toMillis() << doublings;
        return Math.min(ceiling <= 0 ? Long.MAX_VALUE : ceiling, max.toMillis());
    }
}
