package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionTest {

    @Test
    void addingMovesTheAverageCost() {
        Position position = Position.FLAT.apply(new BigDecimal("100"), new BigDecimal("10.00"))
                .apply(new BigDecimal("300"), new BigDecimal("12.00"));

        assertThat(position.quantity()).isEqualByComparingTo("400");
        assertThat(position.averageCost()).isEqualByComparingTo("11.50");
    }

    @Test
    void reducingKeepsTheAverageCost() {
        Position position = new Position(new BigDecimal("-400"), new BigDecimal("11.50"))
                .apply(new BigDecimal("100"), new BigDecimal("9.00"));

        assertThat(position.quantity()).isEqualByComparingTo("-300");
        assertThat(position.averageCost()).isEqualByComparingTo("11.50");
    }

    @Test
    void crossingZeroStartsAtThePriceAndClosingIsFlat() {
        Position long100 = new Position(new BigDecimal("100"), new BigDecimal("11.50"));

        assertThat(long100.apply(new BigDecimal("-250"), new BigDecimal("12.00")))
                .isEqualTo(new Position(new BigDecimal("-150"), new BigDecimal("12.00")));
        assertThat(long100.apply(new BigDecimal("-100"), new BigDecimal("12.00"))).isEqualTo(Position.FLAT);
    }
}
