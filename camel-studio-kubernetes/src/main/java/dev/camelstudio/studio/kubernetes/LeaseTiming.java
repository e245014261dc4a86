package dev.camelstudio.studio.kubernetes;

import java.time.Duration;

/**
 * The three durations of an election on a Lease, as Kubernetes' own leader election names them.
 *
 * @param leaseDuration how long a Lease that stopped changing stays its holder's, for the other candidates; written to
 *                      the Lease in whole seconds
 * @param renewDeadline how long the holder leads after the start of a round that renewed the Lease: it stops leading
 *                      that long after its last renewal, before {@code leaseDuration} lets another take over
 * @param retryPeriod   how often each candidate reads the Lease, and the holder renews it
 */
record LeaseTiming(Duration leaseDuration, Duration renewDeadline, Duration retryPeriod) {

    /**
     * Refuses durations that would let two instances lead at once, or make the holder lose its Lease between two
     * renewals.
     *
     * @throws IllegalArgumentException naming the option to change
     */
    LeaseTiming {
        if (leaseDuration.toMillis() < 1000 || leaseDuration.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException(
                    "leaseDurationMillis must be whole seconds, at least 1000 (a Lease holds "
                            + "its duration in seconds), not " + leaseDuration.toMillis());
        }
        if (renewDeadline.compareTo(leaseDuration) >= 0) {
            throw new IllegalArgumentException("renewDeadlineMillis (" + renewDeadline.toMillis()
                    + ") must be less than leaseDurationMillis (" + leaseDuration.toMillis()
                    + "): the leader must stop "
                    + "leading before another instance may take its Lease over");
        }
        if (retryPeriod.isNegative() || retryPeriod.isZero()
                || retryPeriod.multipliedBy(2).compareTo(renewDeadline) > 0) {
            throw new IllegalArgumentException("retryPeriodMillis (" + retryPeriod.toMillis()
                    + ") must be positive and at most half of renewDeadlineMillis (" + renewDeadline.toMillis()
                    + "), so that the leader gets two tries to renew before its deadline");
        }
    }

    /** {@return the lease duration as the Lease's leaseDurationSeconds} */
    int leaseDurationSeconds() {
        return (int) leaseDuration.toSeconds();
    }
}
