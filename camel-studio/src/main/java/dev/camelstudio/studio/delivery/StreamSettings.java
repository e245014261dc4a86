package dev.camelstudio.studio.delivery;

/**
 * What an account's {@link AccountStream} is told at its start: where it starts, and what it does with gaps.
 *
 * @param accountId          the account whose messages the stream takes
 * @param startLive          startFrom=live: if no position is saved, the first replay advances the position
 *                           without being delivered
 * @param healGaps           a live gap asks for a fresh connection, whose replay fills it
 * @param reportUnhealedGaps a gap no replay filled also goes to the listener as a problem
 */
public record StreamSettings(String accountId, boolean startLive, boolean healGaps, boolean reportUnhealedGaps) {
}
