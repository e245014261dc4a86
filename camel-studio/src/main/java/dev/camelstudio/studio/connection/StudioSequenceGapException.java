package dev.camelstudio.studio.connection;

/** Messages of an account are missing and Studio's replay could not bring them back. */
public class StudioSequenceGapException extends Exception {

    private final String accountId;
    private final long missing;
    private final long resumedAt;

    public StudioSequenceGapException(String accountId, long missing, long resumedAt) {
        super(missing + " message(s) of account " + accountId + " are missing before sequence " + resumedAt
                + " and Studio's replay did not bring them back; the stream goes on from " + resumedAt
                + ". Reconcile the account through Studio's REST API if those messages matter");
        this.accountId = accountId;
        this.missing = missing;
        this.resumedAt = resumedAt;
    }

    public String getAccountId() {
        return accountId;
    }

    public long getMissing() {
        return missing;
    }

    public long getResumedAt() {
        return resumedAt;
    }
}
