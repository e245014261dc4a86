package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a client asked for when it placed an order: the parts of a Studio order that only a replace can change
 * (docs/protocol.md §4.4). Quantities and prices are positive decimals; which prices are present follows the order type.
 *
 * @param referenceId the client's own ID for the order (1-256 characters); always present so strict clients parse it
 * @param symbol      the instrument, 1-32 characters
 * @param side        buy, sell or sell short
 * @param orderType   limit, market, stop or stop-limit
 * @param timeInForce how long the order may rest
 * @param quantity    the requested quantity
 * @param price       the limit price: required for limit and stop-limit orders, absent otherwise
 * @param stopPrice   the stop price: required for stop and stop-limit orders, absent otherwise
 * @param strategy    the execution strategy
 */
public record OrderRequest(String referenceId, String symbol, Side side, OrderType orderType,
        TimeInForce timeInForce, BigDecimal quantity, BigDecimal price, BigDecimal stopPrice,
        OrderStrategy strategy) {

    private static final int MAX_REFERENCE_ID_LENGTH = 256;
    private static final int MAX_SYMBOL_LENGTH = 32;

    /** The order side; the wire value is the name in lower-case kebab-case, e.g. {@code sell-short}. */
    public enum Side {
        BUY, SELL, SELL_SHORT;

        /** The quantity as a change of position: positive for a buy, negative for either kind of sell. */
        public BigDecimal signed(BigDecimal quantity) {
            return this == BUY ? quantity : quantity.negate();
        }
    }

    /** The order type; the wire value is the name in lower-case kebab-case, e.g. {@code stop-limit}. */
    public enum OrderType {
        LIMIT, MARKET, STOP, STOP_LIMIT;

        /** Whether orders of this type carry a limit {@code price}. */
        public boolean hasLimitPrice() {
            return this == LIMIT || this == STOP_LIMIT;
        }

        /** Whether orders of this type carry a {@code stop_price}. */
        public boolean hasStopPrice() {
            return this == STOP || this == STOP_LIMIT;
        }
    }

    /** The time in force; the wire value is the name in lower-case kebab-case, e.g. {@code day-plus}. */
    public enum TimeInForce {
        DAY, IOC, DAY_PLUS, AT_OPEN, AT_CLOSE
    }

    public OrderRequest {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(strategy, "strategy");
        requireLength("referenceId", referenceId, MAX_REFERENCE_ID_LENGTH);
        requireLength("symbol", symbol, MAX_SYMBOL_LENGTH);
        requirePositive("quantity", quantity);
        requirePresentIff("price", price, orderType.hasLimitPrice(), orderType);
        requirePresentIff("stopPrice", stopPrice, orderType.hasStopPrice(), orderType);
    }

    /** A day limit order routed by the smart order router with moderate urgency, Studio's defaults. */
    public static OrderRequest limit(String referenceId, String symbol, Side side, BigDecimal quantity,
            BigDecimal price) {
        return new OrderRequest(referenceId, symbol, side, OrderType.LIMIT, TimeInForce.DAY, quantity, price, null,
                OrderStrategy.sor(OrderStrategy.Urgency.MODERATE));
    }

    /** The same request with new prices, as a replace leaves it; absent prices stay absent. */
    public OrderRequest withPrices(BigDecimal newPrice, BigDecimal newStopPrice) {
        return new OrderRequest(referenceId, symbol, side, orderType, timeInForce, quantity, newPrice, newStopPrice,
                strategy);
    }

    private static void requireLength(String name, String value, int maxLength) {
        if (value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(
                    name + " must have 1-" + maxLength + " non-blank characters: '" + value + "'");
        }
    }

    private static void requirePositive(String name, BigDecimal value) {
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void requirePresentIff(String name, BigDecimal value, boolean required, OrderType type) {
        if (required) {
            Objects.requireNonNull(value, () -> name + " is required for " + type + " orders");
            requirePositive(name, value);
        } else if (value != null) {
            throw new IllegalArgumentException(name + " must be absent for " + type + " orders");
        }
    }
}
