package dev.camelstudio.studio.protocol;

/** How aggressively a strategy executes, wire field {@code strategy.urgency} (docs/protocol.md §4.11). */
public enum Urgency implements WireEnum {
    SUPER_PASSIVE, PASSIVE, MODERATE, AGGRESSIVE, SUPER_AGGRESSIVE,
    /** Any value this version does not know. */
    UNKNOWN
}
