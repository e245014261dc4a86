package dev.camelstudio.studio.protocol;

/** How aggressively a strategy executes, wire field {@code strategy.urgency} (docs/protocol.md §4.11). */
public enum Urgency implements WireEnum {
    /** Wire value {@code "super-passive"}. */
    SUPER_PASSIVE,
    /** Wire value {@code "passive"}. */
    PASSIVE,
    /** Wire value {@code "moderate"}; the default. */
    MODERATE,
    /** Wire value {@code "aggressive"}. */
    AGGRESSIVE,
    /** Wire value {@code "super-aggressive"}. */
    SUPER_AGGRESSIVE,
    /** Any value this version does not know. */
    UNKNOWN
}
