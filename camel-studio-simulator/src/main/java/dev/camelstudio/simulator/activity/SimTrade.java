package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One execution of an order, as a {@code trade-notice} reports it (docs/protocol.md §4.5).
 *
 * @param tradeId    the server-assigned trade ID
 * @param order      the order version that this execution produced (its account, symbol, side and ID are the trade's)
 * @param quantity   the executed quantity, positive
 * @param price      the execution price, positive
 * @param executedAt epoch millis of the execution
 */
public record SimTrade(String tradeId, SimOrder order, BigDecimal quantity, BigDecimal price, long executedAt) {

    /**
     * Refuses a missing component and a quantity or price that is not positive.
     *
     * @param tradeId    the server-assigned trade ID
     * @param order      the order version that this execution produced (its account, symbol, side and ID are the
     *                   trade's)
     * @param quantity   the executed quantity, positive
     * @param price      the execution price, positive
     * @param executedAt epoch millis of the execution
     */
    public SimTrade {
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        if (quantity.signum() <= 0 || price.signum() <= 0) {
            throw new IllegalArgumentException(
                    "a trade has a positive quantity and price: " + quantity + " @ " + price);
        }
    }

    /**
     * The execution as a change of position: positive for a buy, negative for either kind of sell.
     *
     * @return the executed quantity, negated for a sell
     */
    public BigDecimal signedQuantity() {
        return order.request().side().signed(quantity);
    }
}
