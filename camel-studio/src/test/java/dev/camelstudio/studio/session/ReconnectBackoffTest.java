package dev.camelstudio.studio.session;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReconnectBackoffTest {

    private static ReconnectBackoff backoff(double random) {
        return new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(5), () -> random);
    }

    @Test
    void theCeilingDoublesFromTheInitialDelayUpToTheMaximum() {
        ReconnectBackoff top = backoff(0.999_999);
        assertThat(top.delay(1)).isEqualTo(Duration.ofMillis(99));
        assertThat(top.delay(2)).isEqualTo(Duration.ofMillis(199));
        assertThat(top.delay(3)).isEqualTo(Duration.ofMillis(399));
        assertThat(top.delay(7)).isEqualTo(Duration.ofMillis(4999));
        assertThat(top.delay(1_000)).isEqualTo(Duration.ofMillis(4999));
    }

    @Test
    void theJitterKeepsAtLeastHalfTheCeiling() {
        ReconnectBackoff bottom = backoff(0.0);
        assertThat(bottom.delay(1)).isEqualTo(Duration.ofMillis(50));
        assertThat(bottom.delay(3)).isEqualTo(Duration.ofMillis(200));
        assertThat(bottom.delay(100)).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void aSeededRandomGivesTheSameDelaysAndStaysInRange() {
        SplittableRandom first = new SplittableRandom(42);
        SplittableRandom second = new SplittableRandom(42);
        ReconnectBackoff a = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(5), first::nextDouble);
        ReconnectBackoff b = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(5), second::nextDouble);
        for (int attempt = 1; attempt <= 20; attempt++) {
            Duration delay = a.delay(attempt);
            assertThat(delay).isEqualTo(b.delay(attempt));
            long ceiling = Math.min(100L << Math.min(attempt - 1, 30), 5000);
            assertThat(delay.toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void attemptZeroOrLessIsTreatedAsTheFirst() {
        assertThat(backoff(0.0).delay(0)).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void aMaximumBelowTheInitialDelayIsRefused() {
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ZERO, Duration.ofSeconds(1), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(backoff(0).max()).isEqualTo(Duration.ofSeconds(5));
    }
}
