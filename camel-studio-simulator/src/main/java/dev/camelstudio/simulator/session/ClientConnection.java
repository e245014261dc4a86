package dev.camelstudio.simulator.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import dev.camelstudio.simulator.activity.AccountLedger;
import dev.camelstudio.simulator.activity.LedgerSubscriber;
import dev.camelstudio.simulator.auth.TokenGrant;
import dev.camelstudio.simulator.protocol.ServerFrames;
import dev.camelstudio.simulator.protocol.SubscribeRequest;
import dev.camelstudio.simulator.recording.Direction;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection to the simulated Studio, following docs/protocol.md §5 and §6: the subscribe deadline, subscribe
 * validation and acks, replay then {@code replay-complete} then live frames per account, heartbeats, and the end of
 * the connection when the token of its first successful subscription expires.
 * <p>
 * Client frames arrive one at a time on Tyrus' reader; timers run on the shared scheduler; all writes go through
 * this connection's {@link FrameSender}. The small state both touch is guarded by {@code this}.
 */
public final class ClientConnection implements LedgerSubscriber {

    static final String IDLE_NOTICE = "Idled too long; please reconnect";
    static final String AUTH_EXPIRED_NOTICE = "Auth expired; please reconnect";
    static final String SUBSCRIBED = "Subscribed successfully";
    static final String ALREADY_SUBSCRIBED = "Already subscribed";
    static final String INVALID_TOKEN = "Invalid or expired token";
    static final String TOKEN_EXPIRED = "Auth expired";
    static final String NOT_AUTHORIZED = "Not authorized for account";
    static final String REJECTED_BY_FAULT = "Subscription rejected by the simulator (fault injected)";

    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    private static final int NORMAL_CLOSURE = 1000;
    private static final int ABNORMAL_CLOSURE = 1006;
    private static final String DROPPED = "Dropped by the simulator (no close frame)";

    private final long id;
    private final SessionContext context;
    private final FrameSender sender;
    private final Runnable tcpAbort;
    private final Map<String, AccountLedger> subscriptions = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Set by the drop fault (any thread) before it cuts the socket; read when the close is recorded. */
    private volatile boolean dropped;
    // Guarded by this: the token that bounds the connection's life, and the timers.
    private TokenGrant lifetimeGrant;
    private ScheduledFuture<?> subscribeDeadline;
    private ScheduledFuture<?> heartbeats;
    private ScheduledFuture<?> expiry;

    ClientConnection(long id, Session session, SessionContext context, Runnable tcpAbort) {
        this.id = id;
        this.context = context;
        this.sender = new FrameSender(id, session, context.recorder(), context.settings().sendBudget());
        this.tcpAbort = tcpAbort;
    }

    /**
     * The simulator's id of this connection, as the recorder's records carry it.
     *
     * @return the connection id
     */
    public long id() {
        return id;
    }

    /**
     * The accounts this connection is subscribed to.
     *
     * @return a copy of the ids of the subscribed accounts
     */
    public Set<String> accounts() {
        return Set.copyOf(subscriptions.keySet());
    }

    synchronized void opened() {
        context.recorder().connectionOpened(id);
        sender.start();
        subscribeDeadline = schedule(this::subscribeDeadlinePassed, context.settings().subscribeDeadline());
    }

    /** A text frame from the client. */
    void onText(String text) {
        context.recorder().frame(id, Direction.RECEIVED, text);
        SubscribeRequest request;
        try {
            request = SubscribeRequest.parse(text);
        } catch (SubscribeRequest.InvalidRequestException e) {
            notice(e.getMessage());
            return;
        }
        subscribe(request);
    }

    private void subscribe(SubscribeRequest request) {
        String accountId = request.accountId();
        if (context.faults().consumeSubscribeRejection()) {
            reject(accountId, REJECTED_BY_FAULT);
            return;
        }
        Optional<TokenGrant> grant = context.tokens().find(request.token());
        Instant now = context.clock().instant();
        if (grant.isEmpty() || grant.get().isRevoked()) {
            reject(accountId, INVALID_TOKEN);
        } else if (grant.get().isDeadAt(now)) {
            reject(accountId, TOKEN_EXPIRED);
        } else if (!grant.get().accounts().contains(accountId)) {
            reject(accountId, NOT_AUTHORIZED);
        } else if (subscriptions.containsKey(accountId)) {
            ack(accountId, true, ALREADY_SUBSCRIBED);
        } else {
            AccountLedger ledger = context.ledgers().of(accountId);
            subscriptions.put(accountId, ledger);
            ledger.subscribe(this);
            if (closed.get()) {
                // Closed while subscribing: closed() may have run before the ledger knew us.
                ledger.unsubscribe(this);
                return;
            }
            firstSubscription(grant.get());
        }
    }

    @Override
    public void subscribed(String accountId, List<String> replay) {
        ack(accountId, true, SUBSCRIBED);
        // Queued whole, outside the send budget: this runs on the server's I/O thread, under the ledger's lock, and
        // waiting there for budget that only the writer (which needs that same thread) can give back would wedge the
        // connection once a replay outgrew the budget. The day's log is bounded (replayLogCapacity), and the client's
        // reading still paces the writer; live frames keep the budget's back-pressure.
        replay.forEach(sender::sendControl);
        context.recorder().counters().add(Counter.SEQUENCED_REPLAYED, replay.size());
        sender.sendControl(ServerFrames.replayComplete(context.clock().millis()));
    }

    @Override
    public void live(String accountId, String frame) {
        sender.sendData(frame);
        context.recorder().counters().increment(Counter.SEQUENCED_SENT_LIVE);
    }

    private void reject(String accountId, String details) {
        LOG.debug("Connection {}: subscribe to account {} rejected: {}", id, accountId, details);
        ack(accountId, false, details);
    }

    private void ack(String accountId, boolean success, String details) {
        context.recorder().subscription(id, accountId, success, details);
        sender.sendControl(ServerFrames.subscribeAck(context.clock().millis(), accountId, success, details));
    }

    private synchronized void firstSubscription(TokenGrant grant) {
        if (lifetimeGrant != null || closed.get()) {
            return;
        }
        lifetimeGrant = grant;
        subscribeDeadline.cancel(false);
        long interval = context.settings().heartbeatInterval().toMillis();
        heartbeats =
                context.scheduler().scheduleAtFixedRate(this::heartbeat, interval, interval, TimeUnit.MILLISECONDS);
        scheduleExpiryCheck();
    }

    private synchronized void subscribeDeadlinePassed() {
        if (lifetimeGrant == null) {
            endWithNotice(IDLE_NOTICE);
        }
    }

    private void heartbeat() {
        if (!context.faults().heartbeatsStopped()) {
            sender.sendControl(ServerFrames.heartbeat(context.clock().millis()));
            context.recorder().counters().increment(Counter.HEARTBEATS_SENT);
        }
    }

    /** Ends the connection now if the token that bounds its life has expired or was revoked; else re-arms the timer. */
    public synchronized void checkToken() {
        if (lifetimeGrant == null || closed.get()) {
            return;
        }
        if (lifetimeGrant.isDeadAt(context.clock().instant())) {
            endWithNotice(AUTH_EXPIRED_NOTICE);
        } else {
            scheduleExpiryCheck();
        }
    }

    private void scheduleExpiryCheck() {
        if (expiry != null) {
            expiry.cancel(false);
        }
        Duration left = Duration.between(context.clock().instant(), lifetimeGrant.expiresAt());
        expiry = schedule(this::checkToken, left.isNegative() ? Duration.ZERO : left);
    }

    private void endWithNotice(String details) {
        LOG.debug("Connection {}: {}", id, details);
        notice(details);
        sender.sendClose(NORMAL_CLOSURE, "");
    }

    private void notice(String details) {
        context.recorder().counters().increment(Counter.ERROR_NOTICES_SENT);
        sender.sendControl(ServerFrames.errorNotice(context.clock().millis(), details));
    }

    /**
     * Fault: sends a frame as is, after whatever is queued.
     *
     * @param frame the frame text
     */
    public void sendRaw(String frame) {
        sender.sendControl(frame);
    }

    /**
     * Fault: a binary frame of {@code bytes} zero bytes.
     *
     * @param bytes the frame's length
     */
    public void sendBinary(int bytes) {
        sender.sendBinary(new byte[bytes]);
    }

    /**
     * Fault: a clean close with the given code and reason, after whatever is queued.
     *
     * @param code   the WebSocket close code
     * @param reason the close reason
     */
    public void close(int code, String reason) {
        sender.sendClose(code, reason);
    }

    /** Fault: the TCP connection is cut, with no close frame. */
    public void drop() {
        context.recorder().counters().increment(Counter.CONNECTIONS_DROPPED);
        dropped = true;
        tcpAbort.run();
    }

    /**
     * Fault: stop (or resume) sending anything, while the connection stays open.
     *
     * @param stall true to stop sending, false to send what queued up and go on
     */
    public void stall(boolean stall) {
        sender.stall(stall);
    }

    /** The connection is closed, by either side or by a drop: forget it everywhere. */
    void closed(int code, String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        subscriptions.values().forEach(ledger -> ledger.unsubscribe(this));
        synchronized (this) {
            cancel(subscribeDeadline);
            cancel(heartbeats);
            cancel(expiry);
        }
        sender.stop();
        // A close the server started is recorded with its own code: the client's answer may say otherwise (a
        // client shutting down answers 1001), which would make the record depend on a race. So is a drop: Tyrus'
        // Grizzly server reports a socket cut under it as 1006 (its filter's close) or as 1001 (the connection's
        // close listener), whichever runs first.
        CloseReason sent = sender.sentClose();
        if (dropped) {
            context.recorder().connectionClosed(id, ABNORMAL_CLOSURE, DROPPED);
        } else if (sent != null) {
            context.recorder().connectionClosed(id, sent.getCloseCode().getCode(), sent.getReasonPhrase());
        } else {
            context.recorder().connectionClosed(id, code, reason);
        }
        LOG.debug("Connection {} closed: {} {}", id, code, reason);
    }

    private ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return context.scheduler().schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
