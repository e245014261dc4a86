package dev.camelstudio.studio.protocol;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * Sent after all sequenced messages of a subscription have been replayed, {@code replay-complete}
 * (docs/protocol.md §4.3).
 *
 * @param timestamp when the server sent it
 * @param accountId the account whose replay completed; usually null because the server does not send it
 */
public record ReplayComplete(Instant timestamp, String accountId) implements StudioMessage {

    /**
     * Rejects a message without a timestamp.
     *
     * @param timestamp when the server sent it
     * @param accountId the account whose replay completed; may be null
     * @throws NullPointerException if {@code timestamp} is null
     */
    public ReplayComplete {
        requireNonNull(timestamp, "timestamp is required");
    }

    @Override
    public MessageType type() {
        return MessageType.REPLAY_COMPLETE;
    }
}
