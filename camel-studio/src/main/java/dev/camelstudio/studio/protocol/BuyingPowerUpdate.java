package dev.camelstudio.studio.protocol;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A new buying power, {@code buying-power-update} (docs/protocol.md §4.7). Sequenced.
 *
 * @param timestamp   when the server sent it
 * @param sequence    the top-level sequence number
 * @param buyingPower the new buying power
 */
public record BuyingPowerUpdate(Instant timestamp, Long sequence, BuyingPower buyingPower)
        implements StudioMessage {

    /**
     * Rejects a message that lacks its timestamp, sequence or data.
     *
     * @param timestamp   when the server sent it
     * @param sequence    the top-level sequence number
     * @param buyingPower the new buying power
     * @throws NullPointerException if any of them is null
     */
    public BuyingPowerUpdate {
        requireNonNull(timestamp, "timestamp is required");
        requireNonNull(sequence, "sequence is required");
        requireNonNull(buyingPower, "data is required");
    }

    @Override
    public MessageType type() {
        return MessageType.BUYING_POWER_UPDATE;
    }

    @Override
    public String accountId() {
        return buyingPower.accountId();
    }
}
