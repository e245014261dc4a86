package dev.camelstudio.studio.protocol;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * An execution, {@code trade-notice} (docs/protocol.md §4.5). Sequenced.
 *
 * @param timestamp when the server sent it
 * @param sequence  the top-level sequence number
 * @param trade     the execution
 */
public record TradeNotice(Instant timestamp, Long sequence, Trade trade) implements StudioMessage {

    /**
     * Rejects a message that lacks its timestamp, sequence or data.
     *
     * @param timestamp when the server sent it
     * @param sequence  the top-level sequence number
     * @param trade     the execution
     * @throws NullPointerException if any of them is null
     */
    public TradeNotice {
        requireNonNull(timestamp, "timestamp is required");
        requireNonNull(sequence, "sequence is required");
        requireNonNull(trade, "data is required");
    }

    @Override
    public MessageType type() {
        return MessageType.TRADE_NOTICE;
    }

    @Override
    public String accountId() {
        return trade.accountId();
    }
}
