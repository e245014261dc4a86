package dev.camelstudio.studio.protocol;

/** Order type, wire field {@code order_type} (docs/protocol.md §4.11). */
public enum OrderType implements WireEnum {
    LIMIT, MARKET, STOP, STOP_LIMIT,
    /** Any value this version does not know. */
    UNKNOWN
}
