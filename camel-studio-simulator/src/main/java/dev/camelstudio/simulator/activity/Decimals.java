package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The simulator's decimal conventions: how averages are rounded and how prices look on the wire. */
final class Decimals {

    /** Averages keep six places, enough that re-deriving a notional from them is off by far less than a cent. */
    private static final int AVERAGE_SCALE = 6;
    private static final int CENTS = 2;

    private Decimals() {
    }

    /** The average of two values weighted by (non-negative) quantities, as a {@link #price}. */
    static BigDecimal weightedAverage(BigDecimal first, BigDecimal firstWeight, BigDecimal second,
            BigDecimal secondWeight) {
        BigDecimal weight = firstWeight.add(secondWeight);
        BigDecimal total = first.multiply(firstWeight).add(second.multiply(secondWeight));
        return price(total.divide(weight, AVERAGE_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * A price without trailing zeros beyond the cents, e.g. {@code 123.40} or {@code 123.4017}. The scale is never
     * negative, so {@link BigDecimal#toString()} (which Jackson uses for JSON numbers) never writes an exponent.
     */
    static BigDecimal price(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < CENTS ? stripped.setScale(CENTS) : stripped;
    }

    /** A price rounded to whole cents. */
    static BigDecimal cents(BigDecimal value) {
        return value.setScale(CENTS, RoundingMode.HALF_EVEN);
    }
}
