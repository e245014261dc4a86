package dev.camelstudio.studio.session;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelstudio.studio.connection.ConnectionEnd;
import dev.camelstudio.studio.connection.ConnectionListener;
import dev.camelstudio.studio.connection.ErrorNoticeKind;
import dev.camelstudio.studio.connection.SessionEvents;
import dev.camelstudio.studio.connection.StudioConnection;
import dev.camelstudio.studio.connection.StudioSubscriptionException;
import dev.camelstudio.studio.connection.SubscribeRefusal;
import dev.camelstudio.studio.delivery.AccountRouter;
import dev.camelstudio.studio.delivery.AccountStream;
import dev.camelstudio.studio.delivery.SessionCounters;
import dev.camelstudio.studio.protocol.ErrorNotice;
import dev.camelstudio.studio.protocol.FrameDecodingException;
import dev.camelstudio.studio.support.RepeatingFailureLog;
import dev.camelstudio.studio.support.ServerText;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one of a session's connections tells it, beside its messages: notices, refusals, frames that cannot be decoded
 * or are binary, and its end. Logs and counts them without flooding (one session's connections share one instance's
 * logs), tells the accounts concerned, and hands the session what is the session's to decide.
 */
final class ConnectionEvents implements ConnectionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionEvents.class);

    /** What the events hand the session, on its executor. */
    interface Session {
        /** The connection ended. */
        void ended(StudioConnection connection, ConnectionEnd end);

        /** Studio refused an account on the connection. */
        void refused(StudioConnection connection, String accountId);

        /** Studio said the connection's token expired; its close follows. */
        void tokenExpired(StudioConnection connection);
    }

    /** What the connections of one session share: logs that do not flood, and the binary frame's one log line. */
    static final class Shared {
        /** Frames that cannot be decoded: a server that keeps sending garbage is a few lines, one per kind and minute. */
        private final RepeatingFailureLog undecodable = new RepeatingFailureLog(LOG);
        /** Whether a binary frame was logged already: it is logged once per session, then only counted. */
        private final AtomicBoolean binaryFrameLogged = new AtomicBoolean();
    }

    private final Session session;
    private final Shared shared;
    private final AccountRouter router;
    private final SessionCounters counters;
    private final Executor executor;
    private final long refusalRetryMillis;
    /** Set right after the connection is built, before it starts, so before any event. */
    private volatile StudioConnection self;

    ConnectionEvents(Session session, Shared shared, AccountRouter router, SessionCounters counters,
            Executor executor, long refusalRetryMillis) {
        this.session = session;
        this.shared = shared;
        this.router = router;
        this.counters = counters;
        this.executor = executor;
        this.refusalRetryMillis = refusalRetryMillis;
    }

    /** The connection these events are of. */
    StudioConnection of(StudioConnection connection) {
        self = connection;
        return connection;
    }

    @Override
    public void onErrorNotice(ErrorNotice notice) {
        counters.errorNoticeReceived();
        ErrorNoticeKind kind = ErrorNoticeKind.of(notice.details());
        if (kind != ErrorNoticeKind.AUTH_EXPIRED) {
            LOG.warn("Studio sent an error notice ({}): {}", kind, ServerText.excerpt(notice.details()));
            return;
        }
        LOG.info("Studio says the token expired ({}); reconnecting at once with a new one",
                ServerText.excerpt(notice.details()));
        // Posted before Studio's close that follows is read, so the end then says why.
        SessionEvents.post(executor, () -> session.tokenExpired(self));
    }

    @Override
    public void onSubscribeRejected(String accountId, String details) {
        LOG.warn("Studio refused the subscription to account {} (\"{}\"): {}. Trying again in {} ms", accountId,
                ServerText.excerpt(details), SubscribeRefusal.of(details).advice(), refusalRetryMillis);
        AccountStream stream = router.stream(accountId);
        if (stream != null) {
            stream.rejected(new StudioSubscriptionException(accountId, details));
        }
        session.refused(self, accountId);
    }

    @Override
    public void onUndecodableFrame(RuntimeException error, String connectionId) {
        String kind = error instanceof FrameDecodingException decoding ? decoding.reason() : error.toString();
        shared.undecodable.failure(kind, connectionId + ": skipped a frame that cannot be decoded: "
                + error.getMessage());
        router.toEveryAccount(error);
    }

    @Override
    public void onBinaryFrame(int bytes, String connectionId) {
        counters.binaryFrameDropped();
        if (shared.binaryFrameLogged.compareAndSet(false, true)) {
            LOG.warn("{}: Studio sent a binary frame ({} bytes), though its messages are JSON text; dropped it. "
                    + "Further ones are dropped without a log line and counted (binary.frames.dropped in the "
                    + "health check details and the dev console)", connectionId, bytes);
        }
    }

    @Override
    public void onEnded(ConnectionEnd end) {
        session.ended(self, end);
    }
}
