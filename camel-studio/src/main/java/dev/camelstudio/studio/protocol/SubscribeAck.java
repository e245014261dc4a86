package dev.camelstudio.studio.protocol;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * The server's answer to a subscribe request, {@code subscribe-activity-ack} (docs/protocol.md §4.2).
 *
 * @param timestamp when the server sent it
 * @param accountId the account subscribed to; null when the server omits it, as some examples do
 * @param success   whether the subscription is active
 * @param details   human-readable text, never to be matched on; null if omitted
 */
public record SubscribeAck(Instant timestamp, String accountId, boolean success, String details)
        implements StudioMessage {

    /**
     * Rejects an ack without a timestamp.
     *
     * @param timestamp when the server sent it
     * @param accountId the account subscribed to; may be null
     * @param success   whether the subscription is active
     * @param details   human-readable text, never to be matched on; may be null
     * @throws NullPointerException if {@code timestamp} is null
     */
    public SubscribeAck {
        requireNonNull(timestamp, "timestamp is required");
    }

    @Override
    public MessageType type() {
        return MessageType.SUBSCRIBE_ACTIVITY_ACK;
    }
}
