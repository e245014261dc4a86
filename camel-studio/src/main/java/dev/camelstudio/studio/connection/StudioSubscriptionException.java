package dev.camelstudio.studio.connection;

import dev.camelstudio.studio.support.ServerText;

/** Studio refused to subscribe an account ({@code subscribe-activity-ack} with {@code success:false}). */
public class StudioSubscriptionException extends Exception {

    /** The account Studio refused. */
    private final String accountId;
    /** The server's {@code details} text, as received. */
    private final String details;

    /**
     * The error of a subscription that Studio refused.
     *
     * @param accountId the account Studio refused
     * @param details   the server's {@code details} text; the message holds an excerpt of it
     */
    public StudioSubscriptionException(String accountId, String details) {
        super("Studio refused the subscription to account " + accountId + " (\"" + ServerText.excerpt(details)
                + "\"): " + SubscribeRefusal.of(details).advice());
        this.accountId = accountId;
        this.details = details;
    }

    /** {@return the account Studio refused} */
    public String getAccountId() {
        return accountId;
    }

    /**
     * The server's {@code details} text, for people: never match on it.
     *
     * @return the text as received
     */
    public String getDetails() {
        return details;
    }
}
