package dev.camelstudio.studio.protocol;

/** Time in force, wire field {@code time_in_force} (docs/protocol.md §4.11). */
public enum TimeInForce implements WireEnum {
    DAY, IOC, DAY_PLUS, AT_OPEN, AT_CLOSE,
    /** Any value this version does not know. */
    UNKNOWN
}
