package dev.camelstudio.studio.auth;

import java.time.Duration;

/**
 * How often and how patiently a failing token request is tried: {@code maxAttempts} in all, waiting
 * {@code initialDelay} after the first failure and twice as long after each next one, at most {@code maxDelay}.
 */
record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("The maxAttempts option must be at least 1 (1 = no retry), was "
                    + maxAttempts);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("The maxRetryDelay option (" + maxDelay.toMillis() + " ms) must not be"
                    + " shorter than the initialRetryDelay option (" + initialDelay.toMillis() + " ms)");
        }
    }

    /** The wait after the {@code failedAttempt}-th attempt (1-based) failed. */
    Duration delayAfter(int failedAttempt) {
        // Shifting by 30 or more would overflow; by then maxDelay has long been reached.
        long factor = 1L << Math.min(failedAttempt - 1, 30);
        Duration delay = initialDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
