package dev.camelstudio.studio.protocol;

/** Time in force, wire field {@code time_in_force} (docs/protocol.md §4.11). */
public enum TimeInForce implements WireEnum {
    /** Wire value {@code "day"}. */
    DAY,
    /** Wire value {@code "ioc"}. */
    IOC,
    /** Wire value {@code "day-plus"}. */
    DAY_PLUS,
    /** Wire value {@code "at-open"}. */
    AT_OPEN,
    /** Wire value {@code "at-close"}. */
    AT_CLOSE,
    /** Any value this version does not know. */
    UNKNOWN
}
