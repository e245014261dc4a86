package dev.camelstudio.studio.protocol;

/** FIX-39-style order status, wire field {@code status} (docs/protocol.md §4.11). */
public enum OrderStatus implements WireEnum {
    /** Wire value {@code "new"}. */
    NEW,
    /** Wire value {@code "partially-filled"}. */
    PARTIALLY_FILLED,
    /** Wire value {@code "filled"}. */
    FILLED,
    /** Wire value {@code "canceled"}. */
    CANCELED,
    /** Wire value {@code "replaced"}. */
    REPLACED,
    /** Wire value {@code "pending-cancel"}. */
    PENDING_CANCEL,
    /** Wire value {@code "stopped"}. */
    STOPPED,
    /** Wire value {@code "rejected"}. */
    REJECTED,
    /** Wire value {@code "suspended"}. */
    SUSPENDED,
    /** Wire value {@code "pending-new"}. */
    PENDING_NEW,
    /** Wire value {@code "calculated"}. */
    CALCULATED,
    /** Wire value {@code "expired"}. */
    EXPIRED,
    /** Wire value {@code "accepted-for-bidding"}. */
    ACCEPTED_FOR_BIDDING,
    /** Wire value {@code "pending-replace"}. */
    PENDING_REPLACE,
    /** Wire value {@code "done-for-day"}. */
    DONE_FOR_DAY,
    /** Any value this version does not know. */
    UNKNOWN
}
