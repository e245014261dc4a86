package dev.camelstudio.studio.connection;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.protocol.DecodedFrame;
import dev.camelstudio.studio.protocol.ErrorNotice;
import dev.camelstudio.studio.protocol.FrameDecoder;
import dev.camelstudio.studio.protocol.FrameDecodingException;
import dev.camelstudio.studio.protocol.FrameEncoder;
import dev.camelstudio.studio.protocol.SubscribeAck;
import dev.camelstudio.studio.transport.Transport;
import dev.camelstudio.studio.transport.TransportListener;
import dev.camelstudio.studio.transport.TransportSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection to Studio, from token and connect to close: it subscribes each account once, follows each
 * account through ack, replay and {@code replay-complete} (docs/protocol.md §5, §6-6), and hands every message to its
 * {@link MessageListener}, and its other events to its {@link ConnectionListener}. One-shot: once CLOSED it stays closed; reconnecting means a new connection.
 * <p>
 * Threads: the session's executor is the only thread that changes this connection's state. The blocking connect
 * (token, TCP, TLS, upgrade) runs on the connector and posts its outcome to the executor; the socket's reader thread
 * decodes each frame, stamps liveness, works out its account ({@link ReplayAttribution}), hands it to the listener
 * and posts acks and replay-completes to the executor; the transport's close and errors are posted too. Writes are
 * queued on the transport and never wait on the executor. So a callback never races a state change, and an event
 * that arrives after the connection closed finds it CLOSED and is ignored.
 */
public final class StudioConnection implements TransportListener {

    private static final Logger LOG = LoggerFactory.getLogger(StudioConnection.class);
    private static final AtomicLong IDS = new AtomicLong();
    private static final int NORMAL_CLOSURE = 1000;
    private static final FrameEncoder ENCODER = new FrameEncoder();

    private final String id = "studio-connection-" + IDS.incrementAndGet();
    private final URI url;
    private final Duration subscribeTimeout;
    private final FrameDecoder decoder;
    private final StudioTokenProvider tokens;
    private final Transport transport;
    private final ScheduledExecutorService executor;
    private final Executor connector;
    private final ConnectionListener listener;
    private final MessageListener messages;
    /** Reader thread, and the executor's subscribes handed to it. */
    private final ReplayAttribution attribution = new ReplayAttribution();

    /** Written on the executor only; volatile so that the connector and tests may read it. */
    private volatile ConnectionState state = ConnectionState.NEW;
    // Executor thread only, from here to the liveness stamps.
    private final ConnectionSubscriptions subscriptions;
    private TransportSocket socket;
    private AccessToken token;
    private Throwable failure;
    private ScheduledFuture<?> subscribeTimer;
    /** Why the session closed this connection, once it did. */
    private EndRequest endRequest;
    /** Why the server is about to end it, as a notice announced (e.g. an expired token). */
    private EndRequest announcedEnd;

    private final Liveness liveness = new Liveness();

    /**
     * A connection not opened yet.
     *
     * @param url              the Studio WebSocket URL
     * @param accounts         the accounts to subscribe once the connection is open
     * @param subscribeTimeout how long to wait for the subscribes' acks before the connection is given up
     * @param decoder          decodes each frame, once
     * @param tokens           where the access token comes from; told when Studio refuses a subscription made with it
     * @param transport        opens the socket
     * @param executor         the session's thread: runs every state change and the subscribe timeout
     * @param connector        runs the blocking connect (token, TCP, TLS, upgrade)
     * @param listener         told of error notices, undecodable frames, refused subscriptions and the end
     * @param messages         handed every message, on the reader thread
     */
    public StudioConnection(URI url, List<String> accounts, Duration subscribeTimeout, FrameDecoder decoder,
            StudioTokenProvider tokens,
            Transport transport, ScheduledExecutorService executor, Executor connector,
            ConnectionListener listener, MessageListener messages) {
        this.url = url;
        this.subscriptions = new ConnectionSubscriptions(accounts);
        this.subscribeTimeout = subscribeTimeout;
        this.decoder = decoder;
        this.tokens = tokens;
        this.transport = transport;
        this.executor = executor;
        this.connector = connector;
        this.listener = listener;
        this.messages = messages;
    }

    /** {@return the connection's id, {@code studio-connection-N}, for logs and the session's snapshot} */
    public String id() {
        return id;
    }

    /** {@return the connection's state; any thread may read it} */
    public ConnectionState state() {
        return state;
    }

    /** Connects and subscribes in the background; returns at once. Executor thread. */
    public void start() {
        if (state != ConnectionState.NEW) {
            throw new IllegalStateException(id + " was already started");
        }
        moveTo(ConnectionState.CONNECTING);
        connector.execute(this::connect);
    }

    /** On the connector: the blocking part, whose outcome goes to the executor. */
    private void connect() {
        TransportSocket opened;
        AccessToken current;
        try {
            current = tokens.token();
            if (state != ConnectionState.CONNECTING) {
                // Closed while fetching the token: no socket to open.
                return;
            }
            opened = transport.connect(url, this);
        } catch (IOException | RuntimeException e) {
            SessionEvents.post(executor, () -> ended(ConnectionEnd.ABNORMAL_CLOSURE, "", e));
            return;
        }
        if (state != ConnectionState.CONNECTING || !SessionEvents.post(executor, () -> opened(opened, current))) {
            // Closed meanwhile, or the session is gone: nobody takes this socket, so it is closed at once.
            opened.close(NORMAL_CLOSURE, "");
        }
    }

    private void opened(TransportSocket opened, AccessToken current) {
        if (state != ConnectionState.CONNECTING) {
            // Closed while connecting: do not leave the new socket behind.
            opened.close(NORMAL_CLOSURE, "");
            return;
        }
        socket = opened;
        token = current;
        liveness.stamp();
        List<String> toSubscribe = subscriptions.all();
        moveTo(toSubscribe.isEmpty() ? ConnectionState.LIVE : ConnectionState.SUBSCRIBING);
        toSubscribe.forEach(this::sendSubscribe);
    }

    /**
     * Subscribes one more account: at once on an open connection, or with the others when it opens. Also how an
     * account that Studio refused is tried again. Executor thread.
     *
     * @param account the account to subscribe
     * @return false if Studio already accepted the account on this open connection: a second subscribe would only get
     *         "Already subscribed", with no replay (docs/protocol.md §6-5), so none is sent
     */
    public boolean subscribe(String account) {
        if (state.isOpen() && subscriptions.isSubscribed(account)) {
            return false;
        }
        if (state.isOpen() && subscriptions.isAwaitingAck(account)) {
            // Asked already: its ack and replay are on their way.
            return true;
        }
        // Not open yet, opened() takes it from here; closed, nothing is sent.
        subscriptions.add(account);
        if (state.isOpen()) {
            moveTo(ConnectionState.SUBSCRIBING);
            sendSubscribe(account);
        }
        return true;
    }

    private void sendSubscribe(String account) {
        subscriptions.asked(account);
        attribution.subscribing(account);
        if (subscribeTimer == null || subscribeTimer.isDone()) {
            subscribeTimer = executor.schedule(this::subscribeTimedOut, subscribeTimeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        socket.send(ENCODER.subscribeActivity(token.value(), account),
                cause -> SessionEvents.post(executor, () -> fail(cause)));
    }

    // --- the reader thread ---------------------------------------------------------------------------------------

    @Override
    public void onText(String frame) {
        liveness.handOn(() -> handle(frame));
    }

    @Override
    public void onBinary(int bytes) {
        liveness.stamp();
        listener.onBinaryFrame(bytes, id);
    }

    /** {@return how long nothing has arrived, not counting the time spent handing on what did} */
    public Duration silence() {
        return liveness.silence();
    }

    private void handle(String frame) {
        DecodedFrame decoded;
        try {
            decoded = decoder.decodeFrame(frame);
        } catch (FrameDecodingException e) {
            listener.onUndecodableFrame(e, id);
            return;
        }
        String account;
        switch (decoded.type()) {
            case SUBSCRIBE_ACTIVITY_ACK:
                SubscribeAck ack = (SubscribeAck) decoded.message();
                account = attribution.acked(ack);
                // Posted before the listener hears of it, so that the state it then asks about is already moved on.
                SessionEvents.post(executor, () -> acked(account, ack));
                break;
            case REPLAY_COMPLETE:
                account = attribution.replayCompleted();
                SessionEvents.post(executor, () -> replayCompleted(account));
                break;
            case ERROR_NOTICE:
                account = decoded.accountId();
                listener.onErrorNotice((ErrorNotice) decoded.message());
                break;
            default:
                account = decoded.accountId();
        }
        messages.onMessage(new InboundMessage(decoded, account, attribution.isReplaying(account), id));
    }

    @Override
    public void onError(Throwable cause) {
        LOG.debug("{}: transport error: {}", id, cause.toString());
        SessionEvents.post(executor, () -> {
            if (failure == null && state != ConnectionState.CLOSING) {
                failure = cause;
            }
        });
    }

    @Override
    public void onClosed(int code, String reason) {
        Throwable cause = transport.closeCause(code, reason);
        SessionEvents.post(executor, () -> ended(code, reason, cause));
    }

    // --- the executor ------------------------------------------------------------------------------------------

    private void acked(String account, SubscribeAck ack) {
        if (!state.isOpen()) {
            return;
        }
        subscriptions.acked(account, ack.success());
        moveOn();
        if (!ack.success()) {
            if (SubscribeRefusal.of(ack.details()).mayBeTheToken()) {
                tokens.tokenRejected(token);
            }
            // Last: the listener may close the connection.
            listener.onSubscribeRejected(account, ack.details());
        }
    }

    private void replayCompleted(String account) {
        if (!state.isOpen()) {
            return;
        }
        subscriptions.replayed(account);
        moveOn();
    }

    /** SUBSCRIBING until every ack is in, then REPLAYING until every replay-complete is, then LIVE. */
    private void moveOn() {
        ConnectionState next = subscriptions.state();
        if (next != ConnectionState.SUBSCRIBING) {
            moveTo(next);
            cancelSubscribeTimer();
        }
    }

    private void subscribeTimedOut() {
        if (state != ConnectionState.SUBSCRIBING || subscriptions.state() != ConnectionState.SUBSCRIBING) {
            return;
        }
        fail(new IOException("No subscribe-activity-ack for account " + subscriptions.awaitingAck() + " within "
                + subscribeTimeout.toMillis() + " ms; check serverUrl and subscribeTimeout"));
    }

    /** Ends the connection because of {@code cause}: closes the socket; {@link #onClosed} reports the end. */
    private void fail(Throwable cause) {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        if (failure == null) {
            failure = cause;
        }
        if (socket != null) {
            socket.close(NORMAL_CLOSURE, "");
        } else {
            ended(ConnectionEnd.ABNORMAL_CLOSURE, "", cause);
        }
    }

    /**
     * Gives the connection up at once, e.g. when the watchdog finds it silent: the end is reported now, not when a
     * peer that may be gone answers the close. Executor thread.
     *
     * @param cause why it is given up; the end reports it, unless a failure was recorded before
     */
    public void abort(Throwable cause) {
        fail(cause);
        ended(ConnectionEnd.ABNORMAL_CLOSURE, "", cause);
    }

    /** {@return the token this connection subscribed with, or null before it did; executor thread} */
    public AccessToken token() {
        return token;
    }

    private void ended(int code, String reason, Throwable cause) {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        EndRequest requested = state == ConnectionState.CLOSING ? endRequest : announcedEnd;
        Throwable effectiveCause = failure != null ? failure : cause;
        moveTo(ConnectionState.CLOSED);
        cancelSubscribeTimer();
        listener.onEnded(new ConnectionEnd(code, reason, effectiveCause, requested, socket != null));
    }

    private void cancelSubscribeTimer() {
        if (subscribeTimer != null) {
            subscribeTimer.cancel(false);
        }
    }

    /**
     * The server announced that it ends this connection, and why (an error notice comes before its close): the end
     * event then carries {@code request} as though the session had asked for it. Executor thread.
     *
     * @param request why the server ends it; only the first announcement counts
     */
    public void announceEnd(EndRequest request) {
        if (announcedEnd == null) {
            announcedEnd = request;
        }
    }

    /** Closes cleanly (1000) because the session stops; see {@link #close(EndRequest)}. */
    public void close() {
        close(EndRequest.STOP);
    }

    /**
     * Closes cleanly (1000), for {@code request}, which the end event then carries; safe to call in any state, any
     * number of times (the first request is the one reported). Executor thread.
     *
     * @param request why the session closes it
     */
    public void close(EndRequest request) {
        if (state == ConnectionState.CLOSED || state == ConnectionState.CLOSING) {
            return;
        }
        endRequest = request;
        boolean connecting = state == ConnectionState.NEW || state == ConnectionState.CONNECTING;
        moveTo(ConnectionState.CLOSING);
        if (connecting) {
            // Nothing open yet: opened() sees the connection closed and closes what the connect brings.
            ended(NORMAL_CLOSURE, "", null);
        } else {
            socket.close(NORMAL_CLOSURE, "");
        }
    }

    private void moveTo(ConnectionState next) {
        if (next != state) {
            LOG.debug("{}: {} -> {}", id, state, next);
            state = next;
        }
    }

    @Override
    public String toString() {
        return id + "[" + url + "]";
    }
}
