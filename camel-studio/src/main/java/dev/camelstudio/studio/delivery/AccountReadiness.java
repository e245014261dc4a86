package dev.camelstudio.studio.delivery;

/**
 * Whether an account receives on its session's current connection, and if not because Studio refused it, why: for
 * the health check, which would otherwise show a live connection, or one that is waiting to reconnect, and not why.
 * Written by the readers (the replay-complete), the session's executor (a refusal, the end of a connection) and the
 * consumer's thread (a detach); read by anyone.
 */
public final class AccountReadiness {

    /** Subscribed and replayed on the current connection. */
    private volatile boolean ready;
    /** Why Studio last refused the account's subscription, until it is ready again; null if it did not. */
    private volatile String refusal;

    /** {@return whether the account is subscribed and its replay complete on the current connection} */
    public boolean isReady() {
        return ready;
    }

    /**
     * Why Studio refused the account's subscription, if it did since the account was last ready.
     *
     * @return the refusal's message, or null
     */
    public String refusal() {
        return refusal;
    }

    /** The replay is complete (true), or the connection ended or the account left it (false). */
    void ready(boolean isReady) {
        this.ready = isReady;
        if (isReady) {
            refusal = null;
        }
    }

    /** Studio refused the account's subscription, for this reason. */
    void refused(String why) {
        refusal = why;
    }
}
