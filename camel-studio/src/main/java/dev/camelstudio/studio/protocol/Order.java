package dev.camelstudio.studio.protocol;

import java.math.BigDecimal;
import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * An order as carried by {@code order-update} (docs/protocol.md §4.4; same fields as the REST Order).
 * Components documented as "may be null" are optional on the wire; all others are required and
 * guaranteed non-null.
 *
 * @param createdAt          order creation time
 * @param updatedAt          time of this update
 * @param orderId            server-assigned order ID
 * @param referenceId        client-supplied ID; may be null
 * @param version            increases with every update of the order; higher is newer
 * @param accountId          account ID
 * @param accountNumber      account number
 * @param state              coarse state
 * @param status             detailed status
 * @param symbol             instrument symbol
 * @param orderType          order type
 * @param side               side
 * @param quantity           requested quantity
 * @param price              limit price; may be null
 * @param stopPrice          stop price; may be null
 * @param timeInForce        time in force
 * @param averagePrice       average fill price; may be null
 * @param filledQuantity     cumulative filled quantity
 * @param orderUpdateReason  what caused this update; may be null
 * @param text               free text such as a reject reason; may be null
 * @param strategy           execution strategy; may be null
 * @param runningPosition    position quantity at the time of this order event
 * @param openCloseIndicator options open/close flag; may be null
 */
public record Order(
        Instant createdAt,
        Instant updatedAt,
        String orderId,
        String referenceId,
        long version,
        String accountId,
        String accountNumber,
        OrderState state,
        OrderStatus status,
        String symbol,
        OrderType orderType,
        OrderSide side,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal stopPrice,
        TimeInForce timeInForce,
        BigDecimal averagePrice,
        BigDecimal filledQuantity,
        OrderUpdateReason orderUpdateReason,
        String text,
        Strategy strategy,
        BigDecimal runningPosition,
        OpenCloseIndicator openCloseIndicator) {

    /**
     * Rejects an order that lacks a field the protocol requires.
     *
     * @param createdAt          order creation time
     * @param updatedAt          time of this update
     * @param orderId            server-assigned order ID
     * @param referenceId        client-supplied ID; may be null
     * @param version            increases with every update of the order; higher is newer
     * @param accountId          account ID
     * @param accountNumber      account number
     * @param state              coarse state
     * @param status             detailed status
     * @param symbol             instrument symbol
     * @param orderType          order type
     * @param side               side
     * @param quantity           requested quantity
     * @param price              limit price; may be null
     * @param stopPrice          stop price; may be null
     * @param timeInForce        time in force
     * @param averagePrice       average fill price; may be null
     * @param filledQuantity     cumulative filled quantity
     * @param orderUpdateReason  what caused this update; may be null
     * @param text               free text such as a reject reason; may be null
     * @param strategy           execution strategy; may be null
     * @param runningPosition    position quantity at the time of this order event
     * @param openCloseIndicator options open/close flag; may be null
     * @throws NullPointerException if a component not documented as "may be null" is null
     */
    public Order {
        requireNonNull(createdAt, "created_at is required");
        requireNonNull(updatedAt, "updated_at is required");
        requireNonNull(orderId, "order_id is required");
        requireNonNull(accountId, "account_id is required");
        requireNonNull(accountNumber, "account_number is required");
        requireNonNull(state, "state is required");
        requireNonNull(status, "status is required");
        requireNonNull(symbol, "symbol is required");
        requireNonNull(orderType, "order_type is required");
        requireNonNull(side, "side is required");
        requireNonNull(quantity, "quantity is required");
        requireNonNull(timeInForce, "time_in_force is required");
        requireNonNull(filledQuantity, "filled_quantity is required");
        requireNonNull(runningPosition, "running_position is required");
    }
}
