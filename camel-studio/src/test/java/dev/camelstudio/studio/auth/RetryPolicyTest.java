package dev.camelstudio.studio.auth;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryPolicyTest {

    @Test
    void doublesTheDelayUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(3));

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.delayAfter(100)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .withMessageContaining("maxAttempts");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .withMessageContaining("maxRetryDelay").withMessageContaining("initialRetryDelay");
    }
}
