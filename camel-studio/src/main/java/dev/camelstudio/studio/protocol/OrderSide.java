package dev.camelstudio.studio.protocol;

/** Side of an order or trade, wire field {@code side} (docs/protocol.md §4.11). */
public enum OrderSide implements WireEnum {
    /** Wire value {@code "buy"}. */
    BUY,
    /** Wire value {@code "sell"}. */
    SELL,
    /** Wire value {@code "sell-short"}. */
    SELL_SHORT,
    /** Any value this version does not know. */
    UNKNOWN
}
