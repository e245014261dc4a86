package dev.camelstudio.studio.delivery;

/** Messages of an account are missing and Studio's replay could not bring them back. */
public class StudioSequenceGapException extends Exception {

    /** The account whose messages are missing. */
    private final String accountId;
    /** How many messages are missing. */
    private final long missing;
    /** The sequence just after the gap, from which the stream goes on. */
    private final long resumedAt;

    /**
     * The error of an account's messages that are missing and that no replay filled.
     *
     * @param accountId the account whose messages are missing
     * @param missing   how many messages are missing
     * @param resumedAt the sequence just after the gap, from which the stream goes on
     */
    public StudioSequenceGapException(String accountId, long missing, long resumedAt) {
        super(missing + " message(s) of account " + accountId + " are missing before sequence " + resumedAt
                + " and Studio's replay did not bring them back; the stream goes on from " + resumedAt
                + ". Reconcile the account through Studio's REST API if those messages matter");
        this.accountId = accountId;
        this.missing = missing;
        this.resumedAt = resumedAt;
    }

    /** {@return the account whose messages are missing} */
    public String getAccountId() {
        return accountId;
    }

    /** {@return how many messages are missing} */
    public long getMissing() {
        return missing;
    }

    /** {@return the sequence just after the gap, from which the stream goes on} */
    public long getResumedAt() {
        return resumedAt;
    }
}
