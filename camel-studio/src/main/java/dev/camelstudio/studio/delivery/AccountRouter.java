package dev.camelstudio.studio.delivery;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.connection.MessageListener;
import dev.camelstudio.studio.protocol.MessageType;

/**
 * Routes the messages of a session's connections to the accounts attached to it, straight from each connection's
 * reader: by account, or to every account for connection-wide messages (heartbeats, notices). Accounts attach and
 * detach while frames arrive; once {@link #detach} returns, the detached account gets nothing more.
 */
public final class AccountRouter implements MessageListener {

    private final Map<String, AccountStream> streams = new ConcurrentHashMap<>();
    private final SessionCounters counters;
    private final Clock clock;
    private final SessionRequests session;
    /** Set when the session stops: frames that arrive after it are not delivered (the next replay brings them). */
    private volatile boolean closed;

    /**
     * A router with no account attached.
     *
     * @param counters the session's counters, whose last-message time every frame stamps
     * @param clock    the time of that stamp
     * @param session  what the streams ask of their session, and where replay-completes are told
     */
    public AccountRouter(SessionCounters counters, Clock clock, SessionRequests session) {
        this.counters = counters;
        this.clock = clock;
        this.session = session;
    }

    /**
     * Routes to the stream from now on, in place of any other stream of its account.
     *
     * @param stream the account's stream
     */
    public void attach(AccountStream stream) {
        stream.attachTo(this);
        streams.put(stream.accountId(), stream);
    }

    /**
     * Routes nothing more to the stream: when this returns, no reader is deciding about its messages, and none will.
     *
     * @param stream the stream that was attached; another stream of the same account stays attached
     */
    public void detach(AccountStream stream) {
        streams.remove(stream.accountId(), stream);
        stream.detachFrom(this);
    }

    /**
     * Delivers nothing more, to any account, or again: the session stops, or starts.
     *
     * @param isClosed true when the session stops
     */
    public void closed(boolean isClosed) {
        closed = isClosed;
    }

    /** {@return the attached accounts} */
    public Set<String> accounts() {
        return Set.copyOf(streams.keySet());
    }

    /**
     * Whether an account is attached.
     *
     * @param accountId the account
     * @return true if a stream of it is attached
     */
    public boolean isAttached(String accountId) {
        return streams.containsKey(accountId);
    }

    /**
     * Whether this very stream is attached (not merely another stream of its account).
     *
     * @param stream the stream
     * @return true if it is the attached stream of its account
     */
    public boolean isAttached(AccountStream stream) {
        return streams.get(stream.accountId()) == stream;
    }

    /** {@return how many accounts are attached} */
    public int size() {
        return streams.size();
    }

    @Override
    public void onMessage(InboundMessage inbound) {
        if (closed) {
            return;
        }
        counters.lastMessageAtMillis.set(clock.millis());
        if (inbound.accountId() == null) {
            for (AccountStream stream : streams.values()) {
                stream.accept(inbound, this, session);
            }
            return;
        }
        AccountStream stream = streams.get(inbound.accountId());
        if (stream == null) {
            // A detached account: Studio has no unsubscribe, so its frames still come, and are nobody's.
            return;
        }
        stream.accept(inbound, this, session);
        if (inbound.frame().type() == MessageType.REPLAY_COMPLETE) {
            stream.readiness().ready(true);
            session.replayCompleted(stream, inbound.connectionId());
        }
    }

    /**
     * The attached stream of an account, to tell it of a problem that is its own.
     *
     * @param accountId the account
     * @return its stream, or null if none is attached
     */
    public AccountStream stream(String accountId) {
        return accountId == null ? null : streams.get(accountId);
    }

    /**
     * Tells every account of a problem of the connection, each on its delivering thread.
     *
     * @param problem what went wrong
     */
    public void toEveryAccount(Throwable problem) {
        streams.values().forEach(stream -> stream.report(problem));
    }

    /** The connection ended: no account is ready until the next one's replay completes. */
    public void connectionEnded() {
        streams.values().forEach(stream -> stream.readiness().ready(false));
    }
}
