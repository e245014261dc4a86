package dev.camelstudio.studio.protocol;

import java.time.Instant;

/**
 * The execution strategy of an {@link Order} (docs/protocol.md §4.11). Every component may be null: which ones
 * are set depends on the strategy type ({@code targetPercent} for POV, {@code destination} for DMA, ...),
 * and this class reports what the server sent rather than enforcing those per-type rules.
 *
 * @param type          strategy type
 * @param startAt       strategy start time
 * @param endAt         strategy end time
 * @param urgency       execution urgency
 * @param minPercent    minimum participation percentage (AP, dark, TWAP, VWAP)
 * @param maxPercent    maximum participation percentage (AP, dark, TWAP, VWAP)
 * @param targetPercent target participation percentage (POV)
 * @param destination   venue code for DMA, e.g. {@code "xnys"}; kept as text because venues are added over time
 */
public record Strategy(
        StrategyType type,
        Instant startAt,
        Instant endAt,
        Urgency urgency,
        Integer minPercent,
        Integer maxPercent,
        Integer targetPercent,
        String destination) {
}
