package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the five sequenced activity events with the {@code payload.data} shapes of docs/protocol.md §4.4-4.8, for the
 * generator and for anyone who publishes an event by hand.
 * <p>
 * Every field that the strictest known client (the Rust crate) requires is always written, including
 * {@code reference_id}, {@code average_price}, {@code order_update_reason}, {@code text} and {@code strategy}. Decimals
 * that Studio sends as JSON strings ({@code quantity}, {@code price}, {@code stop_price}, {@code filled_quantity},
 * {@code running_position}, {@code available}, {@code reserved}, {@code used}) are written as plain strings;
 * {@code average_price}, {@code average_cost} and {@code amount} as JSON numbers; times as epoch millis. Enum values are
 * the enum constant names in lower-case kebab-case.
 */
public final class ActivityEvents {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ActivityEvents() {
    }

    /**
     * An {@code order-update} for one order version.
     *
     * @param order           the order version to report
     * @param runningPosition the account's signed position in the order's symbol at the time of this version
     * @return the {@code order-update} event
     */
    public static ActivityEvent orderUpdate(SimOrder order, BigDecimal runningPosition) {
        OrderRequest request = order.request();
        ObjectNode data = JSON.objectNode();
        data.put("created_at", order.createdAt());
        data.put("updated_at", order.updatedAt());
        data.put("order_id", order.orderId());
        data.put("reference_id", request.referenceId());
        data.put("version", order.version());
        putAccount(data, order.account());
        data.put("state", wire(order.state()));
        data.put("status", wire(order.status()));
        data.put("symbol", request.symbol());
        data.put("order_type", wire(request.orderType()));
        data.put("side", wire(request.side()));
        data.put("quantity", request.quantity().toPlainString());
        if (request.price() != null) {
            data.put("price", request.price().toPlainString());
        }
        if (request.stopPrice() != null) {
            data.put("stop_price", request.stopPrice().toPlainString());
        }
        data.put("time_in_force", wire(request.timeInForce()));
        data.set("average_price", number(order.averagePrice()));
        data.put("filled_quantity", order.filledQuantity().toPlainString());
        data.put("order_update_reason", wire(order.reason()));
        data.put("text", order.text());
        data.set("strategy", strategy(request.strategy()));
        data.put("running_position", runningPosition.toPlainString());
        return new ActivityEvent(ActivityTypes.ORDER_UPDATE, data);
    }

    /**
     * A {@code trade-notice} for one execution.
     *
     * @param trade           the execution
     * @param runningPosition the account's signed position in the symbol after the execution
     * @return the {@code trade-notice} event
     */
    public static ActivityEvent tradeNotice(SimTrade trade, BigDecimal runningPosition) {
        SimOrder order = trade.order();
        ObjectNode data = JSON.objectNode();
        data.put("created_at", trade.executedAt());
        putAccount(data, order.account());
        data.put("trade_id", trade.tradeId());
        data.put("order_id", order.orderId());
        data.put("symbol", order.request().symbol());
        data.put("side", wire(order.request().side()));
        data.put("quantity", trade.quantity().toPlainString());
        data.put("price", trade.price().toPlainString());
        data.put("running_position", runningPosition.toPlainString());
        return new ActivityEvent(ActivityTypes.TRADE_NOTICE, data);
    }

    /**
     * A {@code position-update}: the account's position in one symbol.
     *
     * @param account  the account holding the position
     * @param symbol   the symbol of the position
     * @param position the position to report
     * @return the {@code position-update} event
     */
    public static ActivityEvent positionUpdate(Account account, String symbol, Position position) {
        ObjectNode data = JSON.objectNode();
        putAccount(data, account);
        data.put("symbol", symbol);
        data.put("quantity", position.quantity().toPlainString());
        data.set("average_cost", number(position.averageCost()));
        return new ActivityEvent(ActivityTypes.POSITION_UPDATE, data);
    }

    /**
     * A {@code buying-power-update}: the account's buying power, as {@code amount}.
     *
     * @param account the account whose buying power it is
     * @param amount  the buying power to report
     * @return the {@code buying-power-update} event
     */
    public static ActivityEvent buyingPowerUpdate(Account account, BigDecimal amount) {
        ObjectNode data = JSON.objectNode();
        putAccount(data, account);
        data.set("amount", number(amount));
        return new ActivityEvent(ActivityTypes.BUYING_POWER_UPDATE, data);
    }

    /**
     * A {@code locate-inventory-update}: the account's located shares in one symbol.
     *
     * @param account   the account the shares are located for
     * @param symbol    the symbol of the shares
     * @param inventory the locate inventory to report
     * @return the {@code locate-inventory-update} event
     */
    public static ActivityEvent locateInventoryUpdate(Account account, String symbol, LocateInventory inventory) {
        ObjectNode data = JSON.objectNode();
        putAccount(data, account);
        data.put("symbol", symbol);
        data.put("available", inventory.available().toPlainString());
        data.put("reserved", inventory.reserved().toPlainString());
        data.put("used", inventory.used().toPlainString());
        return new ActivityEvent(ActivityTypes.LOCATE_INVENTORY_UPDATE, data);
    }

    private static void putAccount(ObjectNode data, Account account) {
        data.put("account_id", account.accountId());
        data.put("account_number", account.accountNumber());
    }

    private static ObjectNode strategy(OrderStrategy strategy) {
        ObjectNode node = JSON.objectNode();
        node.put("type", wire(strategy.type()));
        if (strategy.urgency() != null) {
            node.put("urgency", wire(strategy.urgency()));
        }
        if (strategy.destination() != null) {
            node.put("destination", wire(strategy.destination()));
        }
        return node;
    }

    /**
     * A JSON number written exactly as the decimal is, e.g. {@code 250000.00}, and without an exponent: Jackson writes
     * it with {@link BigDecimal#toString()}, which only uses one for a negative scale (or for values far below a
     * millionth, which money never is). Built directly rather than by a node factory, which may be configured to
     * normalise decimals (and turn {@code 250000.00} into {@code 2.5E+5}).
     */
    private static DecimalNode number(BigDecimal value) {
        return DecimalNode.valueOf(value.scale() < 0 ? value.setScale(0) : value);
    }

    /** Studio's enum values are the constant names in lower case with dashes: {@code SELL_SHORT} is {@code sell-short}. */
    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
