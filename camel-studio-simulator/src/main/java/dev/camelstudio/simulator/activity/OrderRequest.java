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
        /** Buys. */
        BUY,
        /** Sells shares the account holds. */
        SELL,
        /** Sells shares the account does not hold, which must be located (borrowable) first. */
        SELL_SHORT;

        /**
         * The quantity as a change of position: positive for a buy, negative for either kind of sell.
         *
         * @param quantity the order or execution quantity, positive
         * @return the quantity, negated for a sell
         */
        public BigDecimal signed(BigDecimal quantity) {
            return this == BUY ? quantity : quantity.negate();
        }
    }

    /** The order type; the wire value is the name in lower-case kebab-case, e.g. {@code stop-limit}. */
    public enum OrderType {
        /** Executes at the limit {@code price} or better. */
        LIMIT,
        /** Executes at the prevailing market price. */
        MARKET,
        /** Becomes a market order once the market reaches the {@code stop_price}. */
        STOP,
        /** Becomes a limit order at {@code price} once the market reaches the {@code stop_price}. */
        STOP_LIMIT;

        /**
         * Whether orders of this type carry a limit {@code price}.
         *
         * @return {@code true} for limit and stop-limit orders
         */
        public boolean hasLimitPrice() {
            return this == LIMIT || this == STOP_LIMIT;
        }

        /**
         * Whether orders of this type carry a {@code stop_price}.
         *
         * @return {@code true} for stop and stop-limit orders
         */
        public boolean hasStopPrice() {
            return this == STOP || this == STOP_LIMIT;
        }
    }

    /** The time in force; the wire value is the name in lower-case kebab-case, e.g. {@code day-plus}. */
    public enum TimeInForce {
        /** Works for the current trading session. */
        DAY,
        /** Immediate or cancel: executes at once, and whatever does not is canceled. */
        IOC,
        /** Works for the current trading session plus the extended hours, if any. */
        DAY_PLUS,
        /** Works only in the opening auction of the next session. */
        AT_OPEN,
        /** Works only in the closing auction of the current session. */
        AT_CLOSE
    }

    /**
     * Refuses a missing component, a blank or over-long reference ID or symbol, a quantity that is not positive, and a
     * price or stop price that is missing or not positive where the order type needs it, or present where it has none.
     *
     * @param referenceId the client's own ID for the order (1-256 characters); always present so strict clients parse
     *                    it
     * @param symbol      the instrument, 1-32 characters
     * @param side        buy, sell or sell short
     * @param orderType   limit, market, stop or stop-limit
     * @param timeInForce how long the order may rest
     * @param quantity    the requested quantity
     * @param price       the limit price: required for limit and stop-limit orders, absent otherwise
     * @param stopPrice   the stop price: required for stop and stop-limit orders, absent otherwise
     * @param strategy    the execution strategy
     */
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

    /**
     * A day limit order routed by the smart order router with moderate urgency, Studio's defaults.
     *
     * @param referenceId the client's own ID for the order (1-256 characters)
     * @param symbol      the instrument, 1-32 characters
     * @param side        buy, sell or sell short
     * @param quantity    the requested quantity, positive
     * @param price       the limit price, positive
     * @return the request
     */
    public static OrderRequest limit(String referenceId, String symbol, Side side, BigDecimal quantity,
            BigDecimal price) {
        return new OrderRequest(referenceId, symbol, side, OrderType.LIMIT, TimeInForce.DAY, quantity, price, null,
                OrderStrategy.sor(OrderStrategy.Urgency.MODERATE));
    }

    /**
     * The same request with new prices, as a replace leaves it; absent prices stay absent.
     *
     * @param newPrice     the new limit price; {@code null} if the order type has none
     * @param newStopPrice the new stop price; {@code null} if the order type has none
     * @return the request with the new prices
     */
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
