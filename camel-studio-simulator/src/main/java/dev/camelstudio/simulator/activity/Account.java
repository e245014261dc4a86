package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A simulated Studio account: the ID clients subscribe with, the account number every data object echoes, and the
 * buying power its simulated trading starts from (docs/protocol.md §4.1, §4.4, §4.7).
 *
 * @param accountId           the Studio account ID, e.g. {@code "100000"} (1-256 characters)
 * @param accountNumber       the account number, e.g. {@code "ACC0001"}
 * @param startingBuyingPower the buying power before any fill; not negative
 */
public record Account(String accountId, String accountNumber, BigDecimal startingBuyingPower) {

    /** The longest account ID Studio accepts ({@code AccountId} in the REST schema). */
    public static final int MAX_ID_LENGTH = 256;

    /**
     * Refuses a missing component, an account ID that is blank or longer than {@link #MAX_ID_LENGTH}, a blank account
     * number and a negative starting buying power.
     *
     * @param accountId           the Studio account ID, e.g. {@code "100000"} (1-256 characters)
     * @param accountNumber       the account number, e.g. {@code "ACC0001"}
     * @param startingBuyingPower the buying power before any fill; not negative
     */
    public Account {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(startingBuyingPower, "startingBuyingPower");
        if (accountId.isBlank() || accountId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(
                    "accountId must have 1-" + MAX_ID_LENGTH + " non-blank characters: '" + accountId + "'");
        }
        if (accountNumber.isBlank()) {
            throw new IllegalArgumentException("accountNumber must not be blank");
        }
        if (startingBuyingPower.signum() < 0) {
            throw new IllegalArgumentException("startingBuyingPower must not be negative: " + startingBuyingPower);
        }
    }
}
