package dev.camelstudio.studio.protocol;

/**
 * Coarse order state, wire field {@code state}; {@code REJECTED} and {@code CLOSED} are terminal
 * (docs/protocol.md §4.4).
 */
public enum OrderState implements WireEnum {
    OPEN, REJECTED, CLOSED,
    /** Any value this version does not know. */
    UNKNOWN
}
