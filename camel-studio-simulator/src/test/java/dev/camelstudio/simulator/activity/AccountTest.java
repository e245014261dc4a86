package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    @Test
    void rejectsWhatStudioWouldNotHave() {
        assertThatThrownBy(() -> new Account(" ", "ACC0001", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account("1".repeat(257), "ACC0001", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account("100000", "", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account("100000", "ACC0001", new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account(null, "ACC0001", BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class);
    }
}
