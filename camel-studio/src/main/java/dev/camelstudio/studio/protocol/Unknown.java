package dev.camelstudio.studio.protocol;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A well-formed frame whose {@code payload.type} this version does not know. It is delivered, not dropped,
 * so that new server message types stay visible (docs/protocol.md §3.3).
 *
 * @param rawType   the {@code payload.type} tag as received
 * @param timestamp when the server sent it
 * @param sequence  the top-level sequence if the frame has one, else null; kept because a new type may be
 *                  sequenced, and ignoring its number would look like a gap
 * @param frameText the whole frame as received
 */
public record Unknown(String rawType, Instant timestamp, Long sequence, String frameText)
        implements StudioMessage {

    /**
     * Rejects a message without its tag, timestamp or text.
     *
     * @param rawType   the {@code payload.type} tag as received
     * @param timestamp when the server sent it
     * @param sequence  the top-level sequence if the frame has one, else null
     * @param frameText the whole frame as received
     * @throws NullPointerException if {@code rawType}, {@code timestamp} or {@code frameText} is null
     */
    public Unknown {
        requireNonNull(rawType, "rawType is required");
        requireNonNull(timestamp, "timestamp is required");
        requireNonNull(frameText, "frameText is required");
    }

    @Override
    public MessageType type() {
        return MessageType.UNKNOWN;
    }
}
