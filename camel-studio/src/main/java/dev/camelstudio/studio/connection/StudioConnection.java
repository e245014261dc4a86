package dev.camelstudio.studio.connection;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.protocol.DecodedFrame;
import dev.camelstudio.studio.protocol.FrameDecoder;
import dev.camelstudio.studio.protocol.FrameDecodingException;
import dev.camelstudio.studio.protocol.FrameEncoder;
import dev.camelstudio.studio.protocol.MessageType;
import dev.camelstudio.studio.protocol.SubscribeAck;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection to Studio, from token and connect to close: it subscribes each account once, follows each
 * account through ack, replay and {@code replay-complete} (docs/protocol.md §5, §6-6), and hands every message to its
 * {@link ConnectionListener}. One-shot: once CLOSED it stays closed; reconnecting means a new connection.
 * <p>
 * The state below is guarded by {@code this}: it is touched by the scheduler thread (connect, subscribe timeout), the
 * transport's reader thread (frames, close) and the owner (close). Listener calls are made outside the lock.
 */
public final class StudioConnection implements TransportListener {

    private static final Logger LOG = LoggerFactory.getLogger(StudioConnection.class);
    private static final AtomicLong IDS = new AtomicLong();
    private static final int NORMAL_CLOSURE = 1000;
    private static final FrameDecoder DECODER = new FrameDecoder();
    private static final FrameEncoder ENCODER = new FrameEncoder();

    private final String id = "studio-connection-" + IDS.incrementAndGet();
    private final URI url;
    /** Every account this connection subscribes; guarded by this. */
    private final Set<String> accounts = new LinkedHashSet<>();
    private final Duration subscribeTimeout;
    private final StudioTokenProvider tokens;
    private final Transport transport;
    private final ScheduledExecutorService scheduler;
    private final Executor connector;
    private final ConnectionListener listener;

    private ConnectionState state = ConnectionState.NEW;
    private TransportSocket socket;
    private AccessToken token;
    private Throwable failure;
    private ScheduledFuture<?> subscribeTimer;
    /** Why the session closed this connection, once it did. */
    private EndRequest endRequest;
    /** Why the server is about to end it, as a notice announced (e.g. an expired token); guarded by this. */
    private EndRequest announcedEnd;
    /** Accounts whose subscribe awaits its ack, oldest first (acks may omit account_id, docs/protocol.md §4.2). */
    private final Deque<String> awaitingAck = new ArrayDeque<>();
    /** Accounts acked and replaying, oldest first: a replay-complete belongs to the oldest (docs/protocol.md §6-6). */
    private final Deque<String> replaying = new ArrayDeque<>();
    private final Set<String> replayingAccounts = new HashSet<>();
    /** Accounts Studio accepted on this connection: they stay subscribed until it ends (there is no unsubscribe). */
    private final Set<String> subscribed = new HashSet<>();
    /** When a frame last arrived or its processing ended; read by the session's watchdog. */
    private volatile long lastActivityNanos = System.nanoTime();
    /** True while a frame is being handed to the listener: a slow route is not a silent server. */
    private volatile boolean processing;

    /**
     * @param scheduler runs the subscribe timeout
     * @param connector runs the blocking connect (token, TCP, TLS, upgrade)
     */
    public StudioConnection(URI url, List<String> accounts, Duration subscribeTimeout, StudioTokenProvider tokens,
                            Transport transport, ScheduledExecutorService scheduler, Executor connector,
                            ConnectionListener listener) {
        this.url = url;
        this.accounts.addAll(accounts);
        this.subscribeTimeout = subscribeTimeout;
        this.tokens = tokens;
        this.transport = transport;
        this.scheduler = scheduler;
        this.connector = connector;
        this.listener = listener;
    }

    public String id() {
        return id;
    }

    public synchronized ConnectionState state() {
        return state;
    }

    /** Connects and subscribes in the background; returns at once. */
    public synchronized void start() {
        if (state != ConnectionState.NEW) {
            throw new IllegalStateException(id + " was already started");
        }
        moveTo(ConnectionState.CONNECTING);
        connector.execute(this::connectAndSubscribe);
    }

    private void connectAndSubscribe() {
        TransportSocket opened;
        AccessToken current;
        List<String> toSubscribe;
        try {
            current = tokens.token();
            synchronized (this) {
                if (state != ConnectionState.CONNECTING) {
                    // Closed while fetching the token: no socket to open.
                    return;
                }
            }
            opened = transport.connect(url, this);
        } catch (IOException | RuntimeException e) {
            ended(ConnectionEnd.ABNORMAL_CLOSURE, "", e);
            return;
        }
        synchronized (this) {
            if (state != ConnectionState.CONNECTING) {
                // Closed while connecting: do not leave the new socket behind.
                opened.close(NORMAL_CLOSURE, "");
                return;
            }
            socket = opened;
            token = current;
            lastActivityNanos = System.nanoTime();
            toSubscribe = List.copyOf(accounts);
            awaitingAck.addAll(toSubscribe);
            moveTo(toSubscribe.isEmpty() ? ConnectionState.LIVE : ConnectionState.SUBSCRIBING);
            armSubscribeTimer();
        }
        send(opened, current, toSubscribe);
    }

    /**
     * Subscribes one more account: at once on an open connection, or with the others when it opens. Also how an
     * account that Studio refused is tried again.
     *
     * @return false if Studio already accepted the account on this open connection: a second subscribe would only get
     *         "Already subscribed", with no replay (docs/protocol.md §6-5), so none is sent
     */
    public boolean subscribe(String account) {
        TransportSocket open;
        AccessToken current;
        synchronized (this) {
            if (state.isOpen() && subscribed.contains(account)) {
                return false;
            }
            if (state.isOpen() && awaitingAck.contains(account)) {
                // Asked already: its ack and replay are on their way.
                return true;
            }
            accounts.add(account);
            if (!state.isOpen()) {
                // Not open yet: connectAndSubscribe takes it; closed: nothing to do.
                return true;
            }
            awaitingAck.addLast(account);
            moveTo(ConnectionState.SUBSCRIBING);
            armSubscribeTimer();
            open = socket;
            current = token;
        }
        send(open, current, List.of(account));
        return true;
    }

    private void armSubscribeTimer() {
        if (!awaitingAck.isEmpty() && (subscribeTimer == null || subscribeTimer.isDone())) {
            subscribeTimer = scheduler.schedule(this::subscribeTimedOut, subscribeTimeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void send(TransportSocket open, AccessToken current, List<String> toSubscribe) {
        try {
            for (String account : toSubscribe) {
                open.send(ENCODER.subscribeActivity(current.value(), account));
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public void onText(String frame) {
        lastActivityNanos = System.nanoTime();
        processing = true;
        try {
            handle(frame);
        } finally {
            processing = false;
            lastActivityNanos = System.nanoTime();
        }
    }

    @Override
    public void onBinary(int bytes) {
        lastActivityNanos = System.nanoTime();
        listener.onBinaryFrame(bytes, id);
    }

    /** How long nothing has arrived, not counting the time the listener spent on what did. */
    public Duration silence() {
        return processing ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - lastActivityNanos);
    }

    private void handle(String frame) {
        DecodedFrame decoded;
        try {
            decoded = DECODER.decodeFrame(frame);
        } catch (FrameDecodingException e) {
            listener.onUndecodableFrame(e, id);
            return;
        }
        InboundMessage inbound = attribute(decoded);
        listener.onMessage(inbound);
        if (decoded.type() == MessageType.SUBSCRIBE_ACTIVITY_ACK && decoded.message() instanceof SubscribeAck ack
            && !ack.success()) {
            tokens.tokenRejected(token());
            listener.onSubscribeRejected(inbound.accountId(), ack.details());
        }
    }

    /** Works out which account a message belongs to and whether it is replay, moving the accounts along. */
    private synchronized InboundMessage attribute(DecodedFrame frame) {
        String account;
        switch (frame.type()) {
            case SUBSCRIBE_ACTIVITY_ACK:
                account = acked((SubscribeAck) frame.message());
                break;
            case REPLAY_COMPLETE:
                account = replaying.pollFirst();
                replayingAccounts.remove(account);
                break;
            default:
                account = frame.accountId();
        }
        boolean replay = account != null && replayingAccounts.contains(account);
        updateState();
        return new InboundMessage(frame, account, replay, id);
    }

    private String acked(SubscribeAck ack) {
        String account = ack.accountId() != null && awaitingAck.remove(ack.accountId())
                ? ack.accountId() : awaitingAck.pollFirst();
        if (account != null && ack.success()) {
            subscribed.add(account);
            if (replayingAccounts.add(account)) {
                replaying.addLast(account);
            }
        }
        return account != null ? account : ack.accountId();
    }

    private void updateState() {
        if (!state.isOpen()) {
            return;
        }
        if (!awaitingAck.isEmpty()) {
            return;
        }
        moveTo(replaying.isEmpty() ? ConnectionState.LIVE : ConnectionState.REPLAYING);
        if (subscribeTimer != null) {
            subscribeTimer.cancel(false);
        }
    }

    private void subscribeTimedOut() {
        String missing;
        synchronized (this) {
            if (state != ConnectionState.SUBSCRIBING || awaitingAck.isEmpty()) {
                return;
            }
            missing = String.join(", ", awaitingAck);
        }
        fail(new IOException("No subscribe-activity-ack for account " + missing + " within "
                             + subscribeTimeout.toMillis() + " ms; check serverUrl and subscribeTimeout"));
    }

    /** Ends the connection because of {@code cause}: closes the socket; {@link #onClosed} reports the end. */
    private void fail(Throwable cause) {
        TransportSocket toClose;
        synchronized (this) {
            if (failure == null) {
                failure = cause;
            }
            toClose = socket;
        }
        if (toClose != null) {
            toClose.close(NORMAL_CLOSURE, "");
        } else {
            ended(ConnectionEnd.ABNORMAL_CLOSURE, "", cause);
        }
    }

    /**
     * Gives the connection up at once, e.g. when the watchdog finds it silent: the end is reported now, not when a
     * peer that may be gone answers the close.
     */
    public void abort(Throwable cause) {
        fail(cause);
        ended(ConnectionEnd.ABNORMAL_CLOSURE, "", cause);
    }

    /** The token this connection subscribed with, or null before it did. */
    public synchronized AccessToken token() {
        return token;
    }

    @Override
    public void onError(Throwable cause) {
        synchronized (this) {
            if (failure == null && state != ConnectionState.CLOSING) {
                failure = cause;
            }
        }
        LOG.debug("{}: transport error: {}", id, cause.toString());
    }

    @Override
    public void onClosed(int code, String reason) {
        ended(code, reason, transport.closeCause(code, reason));
    }

    private void ended(int code, String reason, Throwable cause) {
        EndRequest requested;
        Throwable effectiveCause;
        synchronized (this) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            requested = state == ConnectionState.CLOSING ? endRequest : announcedEnd;
            effectiveCause = failure != null ? failure : cause;
            moveTo(ConnectionState.CLOSED);
            if (subscribeTimer != null) {
                subscribeTimer.cancel(false);
            }
        }
        listener.onEnded(new ConnectionEnd(code, reason, effectiveCause, requested));
    }

    /**
     * The server announced that it ends this connection, and why (an error notice comes before its close): the end
     * event then carries {@code request} as though the session had asked for it.
     */
    public synchronized void announceEnd(EndRequest request) {
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
     * number of times (the first request is the one reported).
     */
    public void close(EndRequest request) {
        TransportSocket toClose;
        synchronized (this) {
            if (state == ConnectionState.CLOSED || state == ConnectionState.CLOSING) {
                return;
            }
            endRequest = request;
            boolean connecting = state == ConnectionState.NEW || state == ConnectionState.CONNECTING;
            moveTo(ConnectionState.CLOSING);
            toClose = socket;
            if (connecting) {
                // connectAndSubscribe sees CLOSING and closes what it opens; nothing was open yet.
                toClose = null;
            }
        }
        if (toClose != null) {
            toClose.close(NORMAL_CLOSURE, "");
        } else {
            ended(NORMAL_CLOSURE, "", null);
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
