package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One version of a simulated order: the request plus where its lifecycle stands (docs/protocol.md §4.4). Immutable; each
 * transition ({@link #fill}, {@link #cancel}, {@link #reject}, {@link #replace}) returns the next version, with
 * {@code version} one higher and {@code updatedAt} set, and is only allowed while the order is open.
 *
 * @param orderId        the server-assigned order ID
 * @param account        the account the order belongs to
 * @param request        what was asked for, as last replaced
 * @param version        1 when placed, +1 per update
 * @param status         the FIX-style order status
 * @param state          open, or one of the terminal states
 * @param reason         why this version exists
 * @param text           free text, e.g. the reject reason; empty when there is nothing to say
 * @param filledQuantity the cumulative filled quantity
 * @param averagePrice   the average fill price; zero before the first fill
 * @param createdAt      epoch millis when the order was placed
 * @param updatedAt      epoch millis of this version
 */
public record SimOrder(String orderId, Account account, OrderRequest request, long version, Status status,
        State state, UpdateReason reason, String text, BigDecimal filledQuantity, BigDecimal averagePrice,
        long createdAt, long updatedAt) {

    /** The order status; the wire value is the name in lower-case kebab-case, e.g. {@code partially-filled}. */
    public enum Status {
        /** Accepted, nothing filled yet. */
        NEW,
        /** Partly filled; the rest is still working. */
        PARTIALLY_FILLED,
        /** Completely filled. */
        FILLED,
        /** Canceled; whatever was not filled will not be. */
        CANCELED,
        /** Changed by a replace (a modify). */
        REPLACED,
        /** A cancel was requested and is not yet confirmed. */
        PENDING_CANCEL,
        /** Stopped at the venue: a price is guaranteed and the execution is pending. */
        STOPPED,
        /** Refused by the venue or the broker. */
        REJECTED,
        /** Not working for now, but may be reactivated. */
        SUSPENDED,
        /** Received but not yet accepted. */
        PENDING_NEW,
        /** Completed for the day, and its commission or settlement details calculated. */
        CALCULATED,
        /** Ended by its time in force. */
        EXPIRED,
        /** Accepted for bidding, in list (program) trading. */
        ACCEPTED_FOR_BIDDING,
        /** A replace was requested and is not yet confirmed. */
        PENDING_REPLACE,
        /** Will not be filled any further today. */
        DONE_FOR_DAY
    }

    /** The order state; {@link #REJECTED} and {@link #CLOSED} are terminal. The wire value is the lower-case name. */
    public enum State {
        /** Can still be executed against. */
        OPEN,
        /** Rejected; cannot be executed against. */
        REJECTED,
        /** Ended in any other way, e.g. filled or canceled; cannot be executed against. */
        CLOSED
    }

    /** The {@code order_update_reason}; the wire value is the name in lower-case kebab-case. */
    public enum UpdateReason {
        /** The order was placed. */
        PLACE,
        /** The order was modified (replaced). */
        MODIFY,
        /** The order was canceled. */
        CANCEL,
        /** The order was executed against: a fill. */
        EXECUTION_REPORT,
        /** A request to cancel or modify the order was refused. */
        CANCEL_REJECT,
        /** The order was rejected. */
        REJECT
    }

    /**
     * Refuses a missing component, a version below 1 and a filled quantity below zero or above the requested quantity.
     *
     * @param orderId        the server-assigned order ID
     * @param account        the account the order belongs to
     * @param request        what was asked for, as last replaced
     * @param version        1 when placed, +1 per update
     * @param status         the FIX-style order status
     * @param state          open, or one of the terminal states
     * @param reason         why this version exists
     * @param text           free text, e.g. the reject reason; empty when there is nothing to say
     * @param filledQuantity the cumulative filled quantity
     * @param averagePrice   the average fill price; zero before the first fill
     * @param createdAt      epoch millis when the order was placed
     * @param updatedAt      epoch millis of this version
     */
    public SimOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filledQuantity, "filledQuantity");
        Objects.requireNonNull(averagePrice, "averagePrice");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
        if (filledQuantity.signum() < 0 || filledQuantity.compareTo(request.quantity()) > 0) {
            throw new IllegalArgumentException(
                    "filledQuantity must be within 0.." + request.quantity() + ": " + filledQuantity);
        }
    }

    /**
     * Version 1 of a newly placed order: {@code new}, {@code open}, reason {@code place}, nothing filled.
     *
     * @param orderId  the server-assigned order ID
     * @param account  the account the order belongs to
     * @param request  what was asked for
     * @param placedAt epoch millis when the order was placed, its creation and update time
     * @return the order's first version
     */
    public static SimOrder place(String orderId, Account account, OrderRequest request, long placedAt) {
        return new SimOrder(orderId, account, request, 1, Status.NEW, State.OPEN, UpdateReason.PLACE, "",
                BigDecimal.ZERO, BigDecimal.ZERO, placedAt, placedAt);
    }

    /**
     * Whether the order can still change, i.e. its state is {@link State#OPEN}.
     *
     * @return {@code true} while the order is open
     */
    public boolean isOpen() {
        return state == State.OPEN;
    }

    /**
     * The quantity still to be filled.
     *
     * @return the requested quantity minus the filled quantity
     */
    public BigDecimal remainingQuantity() {
        return request.quantity().subtract(filledQuantity);
    }

    /**
     * An execution of {@code quantity} at {@code price}: {@code partially-filled}, or {@code filled} and
     * {@code closed} once nothing remains; reason {@code execution-report}.
     *
     * @param quantity the executed quantity; positive and at most the remaining quantity
     * @param price    the execution price
     * @param at       epoch millis of the execution
     * @return the next version
     * @throws IllegalStateException    if the order is no longer open
     * @throws IllegalArgumentException if the quantity is not positive or more than remains
     */
    public SimOrder fill(BigDecimal quantity, BigDecimal price, long at) {
        requireOpen();
        if (quantity.signum() <= 0 || quantity.compareTo(remainingQuantity()) > 0) {
            throw new IllegalArgumentException(
                    "fill quantity must be within 1.." + remainingQuantity() + ": " + quantity);
        }
        BigDecimal filled = filledQuantity.add(quantity);
        BigDecimal average = Decimals.weightedAverage(averagePrice, filledQuantity, price, quantity);
        boolean complete = filled.compareTo(request.quantity()) == 0;
        return new SimOrder(orderId, account, request, version + 1,
                complete ? Status.FILLED : Status.PARTIALLY_FILLED, complete ? State.CLOSED : State.OPEN,
                UpdateReason.EXECUTION_REPORT, "", filled, average, createdAt, at);
    }

    /**
     * The order canceled, whatever remains unfilled: {@code canceled}, {@code closed}, reason {@code cancel}.
     *
     * @param at epoch millis of the cancel
     * @return the next version
     * @throws IllegalStateException if the order is no longer open
     */
    public SimOrder cancel(long at) {
        requireOpen();
        return new SimOrder(orderId, account, request, version + 1, Status.CANCELED, State.CLOSED,
                UpdateReason.CANCEL, "", filledQuantity, averagePrice, createdAt, at);
    }

    /**
     * The order rejected by the venue: {@code rejected} in both status and state, reason {@code reject}.
     *
     * @param why the reason, reported as {@code text}
     * @param at  epoch millis of the reject
     * @return the next version
     * @throws IllegalStateException if the order is no longer open
     */
    public SimOrder reject(String why, long at) {
        requireOpen();
        return new SimOrder(orderId, account, request, version + 1, Status.REJECTED, State.REJECTED,
                UpdateReason.REJECT, why, filledQuantity, averagePrice, createdAt, at);
    }

    /**
     * The order with new prices, still open: {@code replaced}, reason {@code modify}.
     *
     * @param newPrice     the new limit price; {@code null} if the order type has none
     * @param newStopPrice the new stop price; {@code null} if the order type has none
     * @param at           epoch millis of the replace
     * @return the next version
     * @throws IllegalStateException if the order is no longer open
     */
    public SimOrder replace(BigDecimal newPrice, BigDecimal newStopPrice, long at) {
        requireOpen();
        return new SimOrder(orderId, account, request.withPrices(newPrice, newStopPrice), version + 1,
                Status.REPLACED, State.OPEN, UpdateReason.MODIFY, "", filledQuantity, averagePrice, createdAt, at);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("order " + orderId + " is " + state + " and can no longer change");
        }
    }
}
