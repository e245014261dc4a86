package dev.camelstudio.studio.protocol;

/** What caused an order update, wire field {@code order_update_reason} (docs/protocol.md §4.11). */
public enum OrderUpdateReason implements WireEnum {
    PLACE, MODIFY, CANCEL, EXECUTION_REPORT, CANCEL_REJECT, REJECT,
    /** Any value this version does not know. */
    UNKNOWN
}
