package dev.camelstudio.studio.protocol;

/** Execution strategy, wire field {@code strategy.type} (docs/protocol.md §4.11). */
public enum StrategyType implements WireEnum {
    SOR, DARK, AP, POV, TWAP, VWAP, DMA,
    /** Any value this version does not know. */
    UNKNOWN
}
