package dev.camelstudio.studio.protocol;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A new state of an order, {@code order-update} (docs/protocol.md §4.4). Sequenced.
 *
 * @param timestamp when the server sent it
 * @param sequence  the top-level sequence number
 * @param order     the order in its new state
 */
public record OrderUpdate(Instant timestamp, Long sequence, Order order) implements StudioMessage {

    /**
     * Rejects a message that lacks its timestamp, sequence or data.
     *
     * @param timestamp when the server sent it
     * @param sequence  the top-level sequence number
     * @param order     the order in its new state
     * @throws NullPointerException if any of them is null
     */
    public OrderUpdate {
        requireNonNull(timestamp, "timestamp is required");
        requireNonNull(sequence, "sequence is required");
        requireNonNull(order, "data is required");
    }

    @Override
    public MessageType type() {
        return MessageType.ORDER_UPDATE;
    }

    @Override
    public String accountId() {
        return order.accountId();
    }
}
