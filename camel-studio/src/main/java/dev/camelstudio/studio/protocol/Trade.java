package dev.camelstudio.studio.protocol;

import java.math.BigDecimal;
import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * An execution as carried by {@code trade-notice} (docs/protocol.md §4.5; same fields as the REST Trade).
 * Components documented as "may be null" are optional on the wire; all others are guaranteed non-null.
 *
 * @param createdAt       execution time
 * @param accountId       account ID; may be null
 * @param accountNumber   account number; may be null
 * @param tradeId         server-assigned trade ID
 * @param orderId         ID of the parent order
 * @param symbol          instrument symbol; may be null
 * @param side            side
 * @param quantity        fill quantity
 * @param price           fill price
 * @param runningPosition position quantity after this trade
 */
public record Trade(
        Instant createdAt,
        String accountId,
        String accountNumber,
        String tradeId,
        String orderId,
        String symbol,
        OrderSide side,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal runningPosition) {

    /**
     * Rejects a trade that lacks a field the protocol requires.
     *
     * @param createdAt       execution time
     * @param accountId       account ID; may be null
     * @param accountNumber   account number; may be null
     * @param tradeId         server-assigned trade ID
     * @param orderId         ID of the parent order
     * @param symbol          instrument symbol; may be null
     * @param side            side
     * @param quantity        fill quantity
     * @param price           fill price
     * @param runningPosition position quantity after this trade
     * @throws NullPointerException if a component not documented as "may be null" is null
     */
    public Trade {
        requireNonNull(createdAt, "created_at is required");
        requireNonNull(tradeId, "trade_id is required");
        requireNonNull(orderId, "order_id is required");
        requireNonNull(side, "side is required");
        requireNonNull(quantity, "quantity is required");
        requireNonNull(price, "price is required");
        requireNonNull(runningPosition, "running_position is required");
    }
}
