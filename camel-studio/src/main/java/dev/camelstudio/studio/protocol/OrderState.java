package dev.camelstudio.studio.protocol;

/**
 * Coarse order state, wire field {@code state}; {@code REJECTED} and {@code CLOSED} are terminal
 * (docs/protocol.md §4.4).
 */
public enum OrderState implements WireEnum {
    /** Wire value {@code "open"}: the order is not in a terminal state. */
    OPEN,
    /** Wire value {@code "rejected"}; terminal. */
    REJECTED,
    /** Wire value {@code "closed"}; terminal. */
    CLOSED,
    /** Any value this version does not know. */
    UNKNOWN
}
