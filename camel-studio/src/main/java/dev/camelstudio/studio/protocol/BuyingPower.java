package dev.camelstudio.studio.protocol;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Buying power as carried by {@code buying-power-update} (docs/protocol.md §4.7). The shape is assumed from the
 * REST schema, so every component may be null.
 *
 * @param accountId     account ID
 * @param accountNumber account number
 * @param amount        buying power; read from {@code amount} or, because the REST schema also names it
 *                      so, from {@code buying_power}; if a frame has both, the later one wins
 */
public record BuyingPower(
        String accountId,
        String accountNumber,
        @JsonAlias("buying_power") BigDecimal amount) {
}
