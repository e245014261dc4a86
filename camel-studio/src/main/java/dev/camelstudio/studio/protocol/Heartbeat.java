package dev.camelstudio.studio.protocol;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * Tells the client the session is alive, {@code heartbeat} (docs/protocol.md §4.9).
 *
 * @param timestamp when the server sent it
 * @param details   text the guide mentions but its example lacks; usually null
 */
public record Heartbeat(Instant timestamp, String details) implements StudioMessage {

    /**
     * Rejects a heartbeat without a timestamp.
     *
     * @param timestamp when the server sent it
     * @param details   text the guide mentions but its example lacks; may be null
     * @throws NullPointerException if {@code timestamp} is null
     */
    public Heartbeat {
        requireNonNull(timestamp, "timestamp is required");
    }

    @Override
    public MessageType type() {
        return MessageType.HEARTBEAT;
    }
}
