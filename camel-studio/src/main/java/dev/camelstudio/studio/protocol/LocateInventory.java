package dev.camelstudio.studio.protocol;

import java.math.BigDecimal;

/**
 * Short-sale locate inventory as carried by {@code locate-inventory-update} (docs/protocol.md §4.8). The shape is
 * assumed from the REST schema, which marks nothing as required, so every component may be null.
 *
 * @param accountId     account ID
 * @param accountNumber account number
 * @param symbol        instrument symbol
 * @param available     quantity available to borrow
 * @param reserved      quantity reserved
 * @param used          quantity used
 */
public record LocateInventory(
        String accountId,
        String accountNumber,
        String symbol,
        BigDecimal available,
        BigDecimal reserved,
        BigDecimal used) {
}
