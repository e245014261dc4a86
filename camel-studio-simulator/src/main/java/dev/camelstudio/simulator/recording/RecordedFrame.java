package dev.camelstudio.simulator.recording;

import java.time.Instant;

/**
 * One WebSocket text frame the simulator saw. Tokens are already redacted from {@code text}.
 *
 * @param at           when it was sent or received (simulator clock)
 * @param connectionId the simulator's id of the connection
 * @param direction    which way it went
 * @param text         the frame text, with any {@code authorization} value replaced by {@code ***}
 */
public record RecordedFrame(Instant at, long connectionId, Direction direction, String text) {
}
