package dev.camelstudio.studio.protocol;

/** FIX-39-style order status, wire field {@code status} (docs/protocol.md §4.11). */
public enum OrderStatus implements WireEnum {
    NEW, PARTIALLY_FILLED, FILLED, CANCELED, REPLACED, PENDING_CANCEL, STOPPED, REJECTED, SUSPENDED,
    PENDING_NEW, CALCULATED, EXPIRED, ACCEPTED_FOR_BIDDING, PENDING_REPLACE, DONE_FOR_DAY,
    /** Any value this version does not know. */
    UNKNOWN
}
