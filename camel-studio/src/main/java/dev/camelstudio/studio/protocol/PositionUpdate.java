package dev.camelstudio.studio.protocol;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A new state of a position, {@code position-update} (docs/protocol.md §4.6). Sequenced.
 *
 * @param timestamp when the server sent it
 * @param sequence  the top-level sequence number
 * @param position  the position in its new state
 */
public record PositionUpdate(Instant timestamp, Long sequence, Position position) implements StudioMessage {

    /**
     * Rejects a message that lacks its timestamp, sequence or data.
     *
     * @param timestamp when the server sent it
     * @param sequence  the top-level sequence number
     * @param position  the position in its new state
     * @throws NullPointerException if any of them is null
     */
    public PositionUpdate {
        requireNonNull(timestamp, "timestamp is required");
        requireNonNull(sequence, "sequence is required");
        requireNonNull(position, "data is required");
    }

    @Override
    public MessageType type() {
        return MessageType.POSITION_UPDATE;
    }

    @Override
    public String accountId() {
        return position.accountId();
    }
}
