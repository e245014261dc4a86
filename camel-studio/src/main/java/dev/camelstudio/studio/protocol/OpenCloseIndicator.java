package dev.camelstudio.studio.protocol;

/**
 * Whether an options order opens or closes a position, wire field {@code open_close_indicator}
 * (docs/protocol.md §4.11).
 */
public enum OpenCloseIndicator implements WireEnum {
    /** Wire value {@code "open"}: the order opens a position. */
    OPEN,
    /** Wire value {@code "close"}: the order closes a position. */
    CLOSE,
    /** Any value this version does not know. */
    UNKNOWN
}
