package dev.camelstudio.studio.protocol;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/**
 * A position as carried by {@code position-update} (docs/protocol.md §4.6). All components are required and
 * guaranteed non-null.
 *
 * @param accountId     account ID
 * @param accountNumber account number
 * @param symbol        instrument symbol
 * @param quantity      signed position quantity
 * @param averageCost   average cost
 */
public record Position(
        String accountId,
        String accountNumber,
        String symbol,
        BigDecimal quantity,
        BigDecimal averageCost) {

    /**
     * Rejects a position that lacks a field the protocol requires.
     *
     * @param accountId     account ID
     * @param accountNumber account number
     * @param symbol        instrument symbol
     * @param quantity      signed position quantity
     * @param averageCost   average cost
     * @throws NullPointerException if any of them is null
     */
    public Position {
        requireNonNull(accountId, "account_id is required");
        requireNonNull(accountNumber, "account_number is required");
        requireNonNull(symbol, "symbol is required");
        requireNonNull(quantity, "quantity is required");
        requireNonNull(averageCost, "average_cost is required");
    }
}
