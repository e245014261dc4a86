package dev.camelstudio.studio.connection;

/**
 * Why Studio refused a subscription, by the {@code details} of its {@code subscribe-activity-ack}
 * (docs/protocol.md §6-3, §6-4): the token, or the account, which another token would not change.
 */
public enum SubscribeRefusal {

    /** "Invalid or expired token", "Auth expired": a new token may be let in. */
    TOKEN("the access token was refused; check that the credentials are valid (Studio > Settings > Developer)"),
    /** "Not authorized for account": the credentials may not read the account; the token is fine. */
    ACCOUNT("the credentials may not read this account; check the accountId option, or ask Clear Street to entitle "
            + "them to it"),
    /** Any other text: taken for a token problem too, so that the next attempt has a new token. */
    OTHER("check that the credentials are valid and entitled to this account (Studio > Settings > Developer)");

    private final String advice;

    SubscribeRefusal(String advice) {
        this.advice = advice;
    }

    /**
     * Classifies a refusal by the documented texts' leading words; case and trailing text are ignored.
     *
     * @param details the ack's {@code details} text, possibly null
     * @return the kind of refusal
     */
    public static SubscribeRefusal of(String details) {
        if (startsWith(details, "not authorized")) {
            return ACCOUNT;
        }
        if (startsWith(details, "invalid or expired token") || startsWith(details, "auth expired")) {
            return TOKEN;
        }
        return OTHER;
    }

    /**
     * Whether the token may be why: then the provider is told, so that the next attempt asks for a new one.
     *
     * @return false only for a refusal that another token would not change
     */
    public boolean mayBeTheToken() {
        return this != ACCOUNT;
    }

    /**
     * What the refusal means and what to do, for a message.
     *
     * @return the advice, in lower case, with no full stop
     */
    public String advice() {
        return advice;
    }

    /** Without copying the text: a refusal can be megabytes long. */
    private static boolean startsWith(String details, String words) {
        return details != null && details.regionMatches(true, 0, words, 0, words.length());
    }
}
