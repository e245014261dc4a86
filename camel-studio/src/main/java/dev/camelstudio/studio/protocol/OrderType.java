package dev.camelstudio.studio.protocol;

/** Order type, wire field {@code order_type} (docs/protocol.md §4.11). */
public enum OrderType implements WireEnum {
    /** Wire value {@code "limit"}. */
    LIMIT,
    /** Wire value {@code "market"}. */
    MARKET,
    /** Wire value {@code "stop"}. */
    STOP,
    /** Wire value {@code "stop-limit"}. */
    STOP_LIMIT,
    /** Any value this version does not know. */
    UNKNOWN
}
