package dev.camelstudio.studio.protocol;

/** Execution strategy, wire field {@code strategy.type} (docs/protocol.md §4.11). */
public enum StrategyType implements WireEnum {
    /** Wire value {@code "sor"}; the default strategy type. */
    SOR,
    /** Wire value {@code "dark"}; may also carry {@code min_percent} and {@code max_percent}. */
    DARK,
    /** Wire value {@code "ap"}; may also carry {@code min_percent} and {@code max_percent}. */
    AP,
    /** Wire value {@code "pov"}; requires {@code target_percent}. */
    POV,
    /** Wire value {@code "twap"}; may also carry {@code min_percent} and {@code max_percent}. */
    TWAP,
    /** Wire value {@code "vwap"}; may also carry {@code min_percent} and {@code max_percent}. */
    VWAP,
    /** Wire value {@code "dma"}; requires {@code destination}, a venue code. */
    DMA,
    /** Any value this version does not know. */
    UNKNOWN
}
