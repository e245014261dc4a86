package dev.camelstudio.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.camelstudio.simulator.activity.AccountLedger;
import dev.camelstudio.simulator.activity.Ledgers;
import dev.camelstudio.simulator.auth.TokenRegistry;
import dev.camelstudio.simulator.protocol.ServerFrames;
import dev.camelstudio.simulator.server.SimulatorHttpServer;
import dev.camelstudio.simulator.server.TokenEndpointFaults;
import dev.camelstudio.simulator.session.ClientConnection;
import dev.camelstudio.simulator.session.ConnectionFaults;
import dev.camelstudio.simulator.session.ConnectionRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that can go wrong with Studio, on demand: each method injects one fault now (or arms it for the next
 * matching event) and returns at once. Faults that name an account act on the connections subscribed to it; the
 * others act on every connection open at the time of the call (connections opened later are healthy, which is
 * what lets a client's reconnect heal them).
 */
public final class SimulatorFaults {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorFaults.class);

    private final Clock clock;
    private final ConnectionRegistry connections;
    private final ConnectionFaults connectionFaults;
    private final Ledgers ledgers;
    private final TokenRegistry tokens;
    private final SimulatorHttpServer server;
    private final TokenEndpointFaults tokenEndpoint;
    private final ScheduledExecutorService scheduler;

    SimulatorFaults(Clock clock, ConnectionRegistry connections, ConnectionFaults connectionFaults,
            Ledgers ledgers, TokenRegistry tokens, SimulatorHttpServer server,
            TokenEndpointFaults tokenEndpoint, ScheduledExecutorService scheduler) {
        this.clock = clock;
        this.connections = connections;
        this.connectionFaults = connectionFaults;
        this.ledgers = ledgers;
        this.tokens = tokens;
        this.server = server;
        this.tokenEndpoint = tokenEndpoint;
        this.scheduler = scheduler;
    }

    // --- the socket -------------------------------------------------------------------------------------------

    /** Cuts the TCP connection of every open connection, with no close frame (the client sees 1006). */
    public void dropConnections() {
        connections.all().forEach(ClientConnection::drop);
    }

    /**
     * Cuts the TCP connection of every connection subscribed to the account, with no close frame.
     *
     * @param accountId the account whose subscribed connections are cut
     */
    public void dropConnections(String accountId) {
        connections.subscribedTo(accountId).forEach(ClientConnection::drop);
    }

    /**
     * Closes every open connection cleanly with this code and reason, after what is already queued.
     *
     * @param code   the WebSocket close code, e.g. 1000 or 1011
     * @param reason the close reason
     */
    public void closeConnections(int code, String reason) {
        connections.all().forEach(c -> c.close(code, reason));
    }

    /**
     * Closes every connection subscribed to the account cleanly with this code and reason.
     *
     * @param accountId the account whose subscribed connections are closed
     * @param code      the WebSocket close code, e.g. 1000 or 1011
     * @param reason    the close reason
     */
    public void closeConnections(String accountId, int code, String reason) {
        connections.subscribedTo(accountId).forEach(c -> c.close(code, reason));
    }

    /** Stops sending heartbeats on every connection (old and new) while everything else goes on. */
    public void stopHeartbeats() {
        connectionFaults.heartbeatsStopped(true);
    }

    /** Sends heartbeats again on every connection, after {@link #stopHeartbeats()}. */
    public void resumeHeartbeats() {
        connectionFaults.heartbeatsStopped(false);
    }

    /** The open connections stop sending anything (frames queue up), while staying open. */
    public void stall() {
        connections.all().forEach(c -> c.stall(true));
    }

    /** The stalled connections send what queued up and go on. */
    public void unstall() {
        connections.all().forEach(c -> c.stall(false));
    }

    // --- bad frames -------------------------------------------------------------------------------------------

    /**
     * Sends a frame that is not JSON to the account's subscribers.
     *
     * @param accountId the account whose subscribed connections get the frame
     */
    public void sendMalformedJson(String accountId) {
        toSubscribers(accountId, c -> c.sendRaw("{\"timestamp\":" + clock.millis() + ",\"payload\":{\"type\":"));
    }

    /**
     * Sends a well-formed frame of a message type the protocol does not define.
     *
     * @param accountId the account whose subscribed connections get the frame
     * @param type      the frame's {@code payload.type}
     */
    public void sendUnknownType(String accountId, String type) {
        toSubscribers(accountId, c -> c.sendRaw(ServerFrames.unknownType(clock.millis(), type)));
    }

    /**
     * Sends a well-formed heartbeat padded to at least {@code bytes} characters.
     *
     * @param accountId the account whose subscribed connections get the frame
     * @param bytes     the least length of the frame, in characters
     */
    public void sendOversizedFrame(String accountId, int bytes) {
        String frame = ServerFrames.oversized(clock.millis(), bytes);
        toSubscribers(accountId, c -> c.sendRaw(frame));
    }

    /**
     * Sends any text frame to the account's subscribers, unlogged and unsequenced.
     *
     * @param accountId the account whose subscribed connections get the frame
     * @param frame     the frame text, sent as is
     */
    public void sendRaw(String accountId, String frame) {
        toSubscribers(accountId, c -> c.sendRaw(frame));
    }

    /**
     * Sends a binary frame of {@code bytes} bytes to the account's subscribers: Studio's frames are all text.
     *
     * @param accountId the account whose subscribed connections get the frame
     * @param bytes     the frame's length; every byte is zero
     */
    public void sendBinary(String accountId, int bytes) {
        toSubscribers(accountId, c -> c.sendBinary(bytes));
    }

    private void toSubscribers(String accountId, Consumer<ClientConnection> action) {
        connections.subscribedTo(accountId).forEach(action);
    }

    // --- sequencing -------------------------------------------------------------------------------------------

    /**
     * The account's next {@code count} messages are logged but not sent live: a gap a resubscribe heals.
     *
     * @param accountId the account
     * @param count     how many messages to withhold, on top of any still pending
     */
    public void withholdLive(String accountId, int count) {
        ledgers.of(accountId).withholdLive(count);
    }

    /**
     * The account's sequence jumps by {@code count}: a gap that no replay fills.
     *
     * @param accountId the account
     * @param count     how many sequence numbers the next message skips, on top of any still pending
     */
    public void skipSequences(String accountId, int count) {
        ledgers.of(accountId).skipSequences(count);
    }

    /**
     * The account's next message is sent live twice.
     *
     * @param accountId the account
     */
    public void duplicateNext(String accountId) {
        ledgers.of(accountId).duplicateNext();
    }

    /**
     * The account's next two messages are sent live in the wrong order.
     *
     * @param accountId the account
     */
    public void swapNextTwo(String accountId) {
        ledgers.of(accountId).swapNextTwo();
    }

    // --- subscribing and tokens -------------------------------------------------------------------------------

    /**
     * The next {@code count} subscribes, on any connection, are answered with {@code success:false}.
     *
     * @param count how many subscribes to reject; replaces any count still pending
     */
    public void rejectNextSubscribes(int count) {
        connectionFaults.rejectNextSubscribes(count);
    }

    /** Every token issued so far expires now; connections they govern get "Auth expired; please reconnect". */
    public void expireTokens() {
        tokens.expireAll();
        connections.all().forEach(ClientConnection::checkToken);
    }

    /** Every token issued so far is revoked now; connections they govern end as on expiry. */
    public void revokeTokens() {
        tokens.revokeAll();
        connections.all().forEach(ClientConnection::checkToken);
    }

    /**
     * The token endpoint answers every request this much later.
     *
     * @param delay how long each answer is held; {@link Duration#ZERO} answers at once again
     */
    public void slowTokenEndpoint(Duration delay) {
        tokenEndpoint.delay(delay);
    }

    /**
     * The token endpoint fails its next {@code count} requests with this HTTP status.
     *
     * @param count  how many requests fail; replaces any count still pending
     * @param status the HTTP status they fail with, e.g. 500 or 503
     */
    public void failTokenEndpoint(int count, int status) {
        tokenEndpoint.failNext(count, status);
    }

    // --- the server -------------------------------------------------------------------------------------------

    /**
     * Every WebSocket upgrade is answered this much later.
     *
     * @param delay how long each upgrade is held; {@link Duration#ZERO} answers at once again
     */
    public void slowHandshake(Duration delay) {
        server.handshakeDelay(delay);
    }

    /**
     * The server goes away (port closed, every connection cut) and comes back on the same port after {@code downtime}.
     *
     * @param downtime how long the server stays away
     */
    public void down(Duration downtime) {
        server.stop();
        scheduler.schedule(this::comeBackUp, downtime.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void comeBackUp() {
        try {
            server.start();
        } catch (RuntimeException e) {
            // A timer task's exception would vanish; say why the server stays down (e.g. the port was taken).
            LOG.error("The simulator could not come back up after down(..): {}", e.getMessage(), e);
        }
    }

    /** The server goes away now and stays away until {@link #up()}. */
    public void down() {
        server.stop();
    }

    /** The server listens again on the same port. */
    public void up() {
        server.start();
    }

    /** Stops and starts the server on the same port: every connection is cut, the day's activity is kept. */
    public void restart() {
        server.stop();
        server.start();
    }

    /** Clears every pending fault (a server that is down stays down until {@link #up()}). */
    public void clear() {
        connectionFaults.clear();
        tokenEndpoint.clear();
        server.handshakeDelay(Duration.ZERO);
        unstall();
        ledgers.all().forEach(AccountLedger::clearFaults);
    }
}
