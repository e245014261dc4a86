package dev.camelstudio.studio.connection;

import dev.camelstudio.studio.support.ServerText;

/** Studio refused to subscribe an account ({@code subscribe-activity-ack} with {@code success:false}). */
public class StudioSubscriptionException extends Exception {

    private final String accountId;
    private final String details;

    public StudioSubscriptionException(String accountId, String details) {
        super("Studio refused the subscription to account " + accountId + ": \"" + ServerText.excerpt(details)
                + "\". Check that the "
                + "credentials are valid and entitled to this account (Studio > Settings > Developer)");
        this.accountId = accountId;
        this.details = details;
    }

    public String getAccountId() {
        return accountId;
    }

    /** The server's {@code details} text, for people: never match on it. */
    public String getDetails() {
        return details;
    }
}
