package dev.camelstudio.studio.protocol;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A new state of the locate inventory, {@code locate-inventory-update} (docs/protocol.md §4.8). Sequenced.
 *
 * @param timestamp       when the server sent it
 * @param sequence        the top-level sequence number
 * @param locateInventory the inventory in its new state
 */
public record LocateInventoryUpdate(Instant timestamp, Long sequence, LocateInventory locateInventory)
        implements StudioMessage {

    /**
     * Rejects a message that lacks its timestamp, sequence or data.
     *
     * @param timestamp       when the server sent it
     * @param sequence        the top-level sequence number
     * @param locateInventory the inventory in its new state
     * @throws NullPointerException if any of them is null
     */
    public LocateInventoryUpdate {
        requireNonNull(timestamp, "timestamp is required");
        requireNonNull(sequence, "sequence is required");
        requireNonNull(locateInventory, "data is required");
    }

    @Override
    public MessageType type() {
        return MessageType.LOCATE_INVENTORY_UPDATE;
    }

    @Override
    public String accountId() {
        return locateInventory.accountId();
    }
}
