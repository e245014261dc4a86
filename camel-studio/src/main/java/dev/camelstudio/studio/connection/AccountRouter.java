package dev.camelstudio.studio.connection;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import dev.camelstudio.studio.protocol.MessageType;

/**
 * Routes a session's messages to the accounts attached to it: by account, or to every account for connection-wide
 * messages (heartbeats, notices). Accounts attach and detach while frames arrive; once {@link #detach} returns, the
 * detached account gets nothing more.
 */
final class AccountRouter {

    private final Map<String, AccountStream> streams = new ConcurrentHashMap<>();
    private final SessionCounters counters;
    private final Clock clock;

    AccountRouter(SessionCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    void attach(AccountStream stream) {
        streams.put(stream.accountId(), stream);
    }

    void detach(AccountStream stream) {
        streams.remove(stream.accountId(), stream);
        stream.ready(false);
        // Take the stream's lock once: when this returns, no reader is inside it and none will enter it.
        stream.awaitIdle();
    }

    /** The attached accounts. */
    Set<String> accounts() {
        return Set.copyOf(streams.keySet());
    }

    boolean isAttached(String accountId) {
        return streams.containsKey(accountId);
    }

    /** Whether this very stream is attached (not merely another stream of its account). */
    boolean isAttached(AccountStream stream) {
        return streams.get(stream.accountId()) == stream;
    }

    int size() {
        return streams.size();
    }

    /**
     * Hands a message to its account.
     *
     * @param session what the streams may ask for (a fresh connection, a move), told when an account's replay is
     *                complete
     */
    void route(InboundMessage inbound, AccountStream.SessionRequests session) {
        counters.lastMessageAtMillis.set(clock.millis());
        if (inbound.accountId() == null) {
            for (AccountStream stream : streams.values()) {
                stream.accept(inbound, session);
            }
            return;
        }
        AccountStream stream = streams.get(inbound.accountId());
        if (stream == null) {
            // A detached account: Studio has no unsubscribe, so its frames still come, and are nobody's.
            return;
        }
        stream.accept(inbound, session);
        if (inbound.frame().type() == MessageType.REPLAY_COMPLETE) {
            stream.ready(true);
            session.replayCompleted(stream);
        }
    }

    /** Tells one account of a problem that is its own. */
    void toAccount(String accountId, Consumer<AccountStream> action) {
        AccountStream stream = accountId == null ? null : streams.get(accountId);
        if (stream != null) {
            action.accept(stream);
        }
    }

    /** Tells every account of a problem of the connection. */
    void toEveryAccount(Throwable problem) {
        streams.values().forEach(stream -> stream.listener().problem(problem));
    }

    /** The connection ended: no account is ready until the next one's replay completes. */
    void connectionEnded() {
        streams.values().forEach(stream -> stream.ready(false));
    }
}
