package dev.camelstudio.studio.protocol;

/** What caused an order update, wire field {@code order_update_reason} (docs/protocol.md §4.11). */
public enum OrderUpdateReason implements WireEnum {
    /** Wire value {@code "place"}. */
    PLACE,
    /** Wire value {@code "modify"}. */
    MODIFY,
    /** Wire value {@code "cancel"}. */
    CANCEL,
    /** Wire value {@code "execution-report"}. */
    EXECUTION_REPORT,
    /** Wire value {@code "cancel-reject"}. */
    CANCEL_REJECT,
    /** Wire value {@code "reject"}. */
    REJECT,
    /** Any value this version does not know. */
    UNKNOWN
}
