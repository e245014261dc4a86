package dev.camelstudio.studio;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudioDurationsTest {

    @ParameterizedTest
    @CsvSource({
            "2000, 2000", "0, 0", "500ms, 500", "10s, 10000", "2m, 120000", "1h, 3600000", "1m30s, 90000",
            "1h15m, 4500000", "1h1m1s1ms, 3661001", "PT10S, 10000", "pt1m30s, 90000", "PT0.5S, 500", "' 10s ', 10000",
            "-5s, -5000", "-PT5S, -5000", "PT-5S, -5000"})
    void readsTheAcceptedForms(String text, long millis) {
        assertThat(StudioDurations.parse("heartbeatTimeout", text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1m30", "30sec", "abc", "", " ", "-", "10S", "1.5s", "10 s", "30s1m", "1m1m", "5d",
            "1ms1s", "+10s", "P", "PT", "10s ms", "99999999999999999999", "9223372036854775807h"})
    void refusesEverythingElse(String text) {
        assertThatThrownBy(() -> StudioDurations.parse("heartbeatTimeout", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The heartbeatTimeout option is not a duration: '" + text + "'. ")
                .hasMessageContaining("500ms, 10s, 2m, 1h, 1m30s");
    }

    @ParameterizedTest
    @CsvSource({"1m30, 90000", "30sec, 30000", "10S, 10000", "2 min, 120000", "1h30, 5400000", "5d, 432000000",
            "10 seconds, 10000"})
    void theMessageSaysWhatTheValueWasProbablyMeantToBe(String text, long millis) {
        assertThatThrownBy(() -> StudioDurations.parse("heartbeatTimeout", text))
                .hasMessage("The heartbeatTimeout option is not a duration: '" + text + "'. Write it as milliseconds ("
                        + millis + ") or with units: 500ms, 10s, 2m, 1h, 1m30s (ISO-8601 such as PT10S works "
                        + "too)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5s", "-30sec"})
    void withoutAGuessTheMessageGivesAnExample(String text) {
        assertThatThrownBy(() -> StudioDurations.parse("connectTimeout", text))
                .hasMessageContaining("Write it as milliseconds (e.g. 30000) or with units");
    }
}
