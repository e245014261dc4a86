package dev.camelstudio.studio.support;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatingFailureLogTest {

    @RegisterExtension
    final LogCapture logs = LogCapture.eachTest();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T15:00:00Z"));
    private final RepeatingFailureLog log = new RepeatingFailureLog(LoggerFactory.getLogger("test.repeating"), clock,
            Duration.ofMinutes(1));

    @Test
    void theSameFailureIsWarnedOnceAMinuteWithItsCount() {
        for (int attempt = 1; attempt <= 100; attempt++) {
            log.failure("studio-connection-" + attempt + " ended: connection refused; reconnecting in " + attempt
                    + " ms (attempt " + attempt + ")");
            clock.advance(Duration.ofMillis(100));
        }
        // 100 failures over 10 s: the first at WARN, the rest at DEBUG.
        assertThat(logs.count("WARN", "test.repeating")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        log.failure("studio-connection-101 ended: connection refused; reconnecting in 60000 ms (attempt 101)");
        assertThat(logs.count("WARN", "test.repeating")).isEqualTo(2);
        assertThat(logs.text()).contains("seen 101 times");
    }

    @Test
    void aChangedFailureIsWarnedAtOnce() {
        log.failure("connection refused");
        log.failure("connection refused");
        log.failure("the certificate is not trusted");
        assertThat(logs.count("WARN", "test.repeating")).isEqualTo(2);
    }

    @Test
    void theSuccessAfterFailuresIsLoggedOnceWithTheirCountAndStartsAfresh() {
        log.failure("connection refused");
        log.failure("connection refused");
        log.succeeded("live again");
        assertThat(logs.text()).contains("live again (after 2 failures)");
        assertThat(log.failures()).isZero();
        log.failure("connection refused");
        assertThat(logs.count("WARN", "test.repeating")).isEqualTo(2);
    }
}
