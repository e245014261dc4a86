package dev.camelstudio.studio.session;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.connection.StudioSubscriptionException;
import dev.camelstudio.studio.delivery.AccountDispatcher;
import dev.camelstudio.studio.delivery.AccountListener;
import dev.camelstudio.studio.delivery.AccountStream;
import dev.camelstudio.studio.delivery.DeliveryMode;
import dev.camelstudio.studio.delivery.MemoryPositions;
import dev.camelstudio.studio.delivery.StreamSettings;
import dev.camelstudio.studio.protocol.FrameDecoder;
import dev.camelstudio.studio.support.ManualPool;
import dev.camelstudio.studio.support.ManualScheduler;
import dev.camelstudio.studio.transport.FakeTransport;
import dev.camelstudio.studio.transport.FakeTransport.FakeSocket;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session supervisor on a fake transport, with its executor and connector on a scheduler run by hand: going live,
 * backing off and reconnecting without delivering the replay twice, ignoring a replaced connection, stopping during a
 * backoff, giving up, reconnecting at once on an expired token, and waiting longest after a refusal.
 */
class StudioSessionTest {

    private static final String A = "100000";
    private static final Duration INITIAL = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofSeconds(5);

    private final FakeTransport transport = new FakeTransport();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> rejectedTokens = new ArrayList<>();
    /** When the tokens handed out expire; far off unless a test rotates them. */
    private Instant tokenExpiry = Instant.parse("2026-12-02T00:00:00Z");
    private final StudioTokenProvider tokens = new StudioTokenProvider() {
        @Override
        public AccessToken token() {
            return new AccessToken("token-" + transport.sockets.size(), tokenExpiry);
        }

        @Override
        public void tokenRejected(AccessToken rejected) {
            rejectedTokens.add(rejected.value());
        }
    };
    private final List<Long> delivered = new ArrayList<>();
    private final List<Throwable> problems = new ArrayList<>();
    private final AccountListener listener = new AccountListener() {
        @Override
        public boolean deliver(InboundMessage message, long missingBefore) {
            if (message.message().sequence() != null) {
                delivered.add(message.message().sequence());
            }
            return true;
        }

        @Override
        public void problem(Throwable error) {
            problems.add(error);
        }

        @Override
        public void positionNotSaved(RuntimeException cause) {
            problems.add(cause);
        }

        @Override
        public void moveToOwnConnection() {
            moves++;
        }
    };
    private int moves;
    private final MemoryPositions positions = new MemoryPositions();
    private final Map<String, String> saved = positions.saved;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T14:00:00Z"), ZoneOffset.UTC);

    private StudioSession session;
    private AccountStream stream;

    private StudioSession session(int maxReconnectAttempts) {
        return session(maxReconnectAttempts, Duration.ZERO, scheduler);
    }

    private StudioSession session(int maxReconnectAttempts, Duration rotationMargin, Executor connector) {
        SessionSettings settings = new SessionSettings(URI.create("wss://studio.test/studio/v2/ws"),
                Duration.ofSeconds(10), Duration.ofHours(1), maxReconnectAttempts, rotationMargin,
                new FrameDecoder());
        // random() = 0: every delay is half its ceiling, so the test knows it.
        return new StudioSession(settings, tokens, transport, scheduler, connector,
                new ReconnectBackoff(INITIAL, MAX, () -> 0.0), clock);
    }

    @BeforeEach
    void attachOneAccount() {
        session = session(0);
        stream = stream(A, Runnable::run, 1000, Duration.ofSeconds(30));
        stream.moveTo(DeliveryMode.INLINE);
        session.attach(stream);
    }

    /** A stream delivering through a buffer of {@code capacity} on {@code pool}. */
    private AccountStream stream(String account, Executor pool, int capacity, Duration slowRouteTimeout) {
        return new AccountStream(new StreamSettings(account, false, true, false), positions, listener,
                new AccountDispatcher(pool, capacity, slowRouteTimeout), clock);
    }

    private static String ack(boolean success) {
        return "{\"timestamp\":1773151200000,\"payload\":{\"type\":\"subscribe-activity-ack\",\"account_id\":\"" + A
                + "\",\"success\":" + success + ",\"details\":\"x\"}}";
    }

    private static final String REPLAY_COMPLETE =
            "{\"timestamp\":1773151200000,\"payload\":{\"type\":\"replay-complete\"}}";

    private static String buyingPower(long sequence) {
        return "{\"timestamp\":1773151200000,\"sequence\":" + sequence
                + ",\"payload\":{\"type\":\"buying-power-update\","
                + "\"data\":{\"account_id\":\"" + A + "\",\"account_number\":\"ACC0001\",\"amount\":1.0}}}";
    }

    /** The server side of a subscribe: ack, the day so far, replay-complete; then the session's reaction. */
    private void subscribeAndReplay(FakeSocket socket, long lastSequence) {
        socket.receive(ack(true));
        for (long sequence = 1; sequence <= lastSequence; sequence++) {
            socket.receive(buyingPower(sequence));
        }
        socket.receive(REPLAY_COMPLETE);
        scheduler.runDue();
    }

    private SessionState state() {
        return session.snapshot(stream).state();
    }

    private FakeSocket started() {
        session.start();
        scheduler.runDue();
        return transport.last();
    }

    @Test
    void anAttachedAccountIsSubscribedWhenTheConnectionOpensAndGoesLiveAfterItsReplay() {
        FakeSocket socket = started();
        assertThat(socket.sent).singleElement().asString().contains("\"account_id\":\"" + A + "\"");
        assertThat(state()).isEqualTo(SessionState.CONNECTING);

        subscribeAndReplay(socket, 2);

        assertThat(state()).isEqualTo(SessionState.LIVE);
        assertThat(stream.readiness().isReady()).isTrue();
        assertThat(delivered).containsExactly(1L, 2L);
        assertThat(saved).containsEntry(A, "2026-03-10:2");
    }

    @Test
    void aDropBacksOffThenReconnectsAndTheReplayIsNotDeliveredTwice() {
        FakeSocket first = started();
        subscribeAndReplay(first, 2);

        first.serverCloses(1006);
        scheduler.runDue();
        assertThat(state()).isEqualTo(SessionState.BACKOFF);
        assertThat(stream.readiness().isReady()).isFalse();

        scheduler.advance(INITIAL.dividedBy(2).minusMillis(1));
        assertThat(transport.sockets).hasSize(1);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(transport.sockets).hasSize(2);

        subscribeAndReplay(transport.last(), 3);
        assertThat(delivered).containsExactly(1L, 2L, 3L);
        assertThat(state()).isEqualTo(SessionState.LIVE);
        assertThat(session.snapshot(stream).counters().duplicatesDropped()).isEqualTo(2);
    }

    @Test
    void aReplacedConnectionsLateEndIsIgnored() {
        FakeSocket first = started();
        subscribeAndReplay(first, 1);
        first.serverCloses(1006);
        scheduler.advance(INITIAL);
        subscribeAndReplay(transport.last(), 1);

        // The first connection's end reported again, late: it must not start another reconnect.
        first.listener.onClosed(1006, "late");
        scheduler.advance(MAX.multipliedBy(2));

        assertThat(transport.sockets).hasSize(2);
        assertThat(state()).isEqualTo(SessionState.LIVE);
    }

    @Test
    void stoppingDuringABackoffCancelsTheReconnect() throws InterruptedException {
        FakeSocket first = started();
        first.serverCloses(1006);
        scheduler.runDue();
        assertThat(state()).isEqualTo(SessionState.BACKOFF);

        session.stop(Duration.ZERO);
        scheduler.runDue();
        scheduler.advance(MAX.multipliedBy(2));

        assertThat(transport.sockets).hasSize(1);
        assertThat(state()).isEqualTo(SessionState.STOPPED);
    }

    @Test
    void afterMaxReconnectAttemptsItGivesUpAndSaysSo() {
        session = session(2);
        session.attach(stream);
        transport.down = new IOException("nothing accepts connections");
        session.start();
        scheduler.runDue();
        scheduler.advance(MAX.multipliedBy(3));

        assertThat(state()).isEqualTo(SessionState.FAILED);
        assertThat(problems).last().asString().contains("Gave up").contains("maxReconnectAttempts");
        // The first connect and two reconnects, then nothing more.
        assertThat(transport.connects).isEqualTo(3);
        scheduler.advance(MAX.multipliedBy(10));
        assertThat(transport.connects).isEqualTo(3);
    }

    @Test
    void anExpiredTokenNoticeDropsTheTokenAndReconnectsAtOnce() {
        FakeSocket first = started();
        subscribeAndReplay(first, 1);

        first.receive("{\"timestamp\":1773151200000,\"payload\":{\"type\":\"error-notice\","
                + "\"details\":\"Auth expired; please reconnect\"}}");
        scheduler.runDue();
        first.serverCloses(1000);
        scheduler.runDue();

        assertThat(rejectedTokens).containsExactly("token-0");
        assertThat(transport.sockets).hasSize(2);
    }

    @Test
    void aRefusalOfTheOnlyAccountClosesAndComesBackAfterTheLongestDelay() {
        FakeSocket first = started();
        first.receive(ack(false));
        scheduler.runDue();

        assertThat(first.isOpen()).isFalse();
        assertThat(state()).isEqualTo(SessionState.BACKOFF);
        scheduler.advance(MAX.minusMillis(1));
        assertThat(transport.sockets).hasSize(1);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(transport.sockets).hasSize(2);
        assertThat(problems).anySatisfy(problem -> assertThat(problem).isInstanceOf(StudioSubscriptionException.class));
    }

    @Test
    void aDetachRightAfterAnAttachWinsTheAccountIsNeitherSubscribedNorDelivered() {
        FakeSocket socket = started();
        subscribeAndReplay(socket, 1);
        AccountStream other = stream("100001", Runnable::run, 1000, Duration.ofSeconds(30));

        // Both before the executor gets to the attach: the detach must not be overtaken by it.
        session.attach(other);
        session.detach(other);
        scheduler.runDue();

        assertThat(socket.sent).noneMatch(frame -> frame.contains("100001"));
        socket.receive(buyingPower(2).replace(A, "100001"));
        assertThat(delivered).containsExactly(1L);
    }

    @Test
    void anOperatorsReconnectOpensTheNextConnectionAtOnceWithoutCountingAnAttempt() {
        FakeSocket first = started();
        subscribeAndReplay(first, 1);

        session.reconnectNow();
        scheduler.runDue();

        assertThat(first.isOpen()).isFalse();
        assertThat(transport.sockets).hasSize(2);
        assertThat(session.snapshot(stream).attempt()).isZero();
    }

    @Test
    void aTokenRotationsStandbyTakesOverOnceLiveAndRoutesSeeNeitherAGapNorADuplicate() {
        tokenExpiry = clock.instant().plus(Duration.ofMinutes(10));
        session = session(0, Duration.ofMinutes(2), scheduler);
        session.attach(stream);
        FakeSocket first = started();
        subscribeAndReplay(first, 2);
        assertThat(session.rotationPhase()).isEqualTo(TokenRotation.Phase.PLANNED);

        scheduler.advance(Duration.ofMinutes(8));

        assertThat(session.rotationPhase()).isEqualTo(TokenRotation.Phase.STANDBY);
        FakeSocket standby = transport.last();
        assertThat(standby).isNotSameAs(first);
        assertThat(standby.sent).singleElement().asString().contains("\"authorization\":\"token-1\"");
        // The overlap: the old connection goes on delivering while the standby replays.
        first.receive(buyingPower(3));
        subscribeAndReplay(standby, 3);

        assertThat(first.isOpen()).isFalse();
        assertThat(standby.isOpen()).isTrue();
        assertThat(state()).isEqualTo(SessionState.LIVE);
        assertThat(session.rotationPhase()).isNotEqualTo(TokenRotation.Phase.STANDBY);
        assertThat(delivered).containsExactly(1L, 2L, 3L);
    }

    @Test
    void stoppingDuringARotationClosesTheConnectionAndItsStandby() throws InterruptedException {
        tokenExpiry = clock.instant().plus(Duration.ofMinutes(10));
        session = session(0, Duration.ofMinutes(2), scheduler);
        session.attach(stream);
        FakeSocket first = started();
        subscribeAndReplay(first, 1);
        scheduler.advance(Duration.ofMinutes(8));
        FakeSocket standby = transport.last();

        session.stop(Duration.ZERO);
        scheduler.runDue();

        assertThat(first.isOpen()).isFalse();
        assertThat(standby.isOpen()).isFalse();
        assertThat(state()).isEqualTo(SessionState.STOPPED);
        assertThat(session.rotationPhase()).isEqualTo(TokenRotation.Phase.IDLE);
    }

    @Test
    void stoppingWhileConnectingClosesTheSocketThatOpensLateAndSubscribesNothing() throws InterruptedException {
        List<Runnable> connects = new ArrayList<>();
        session = session(0, Duration.ZERO, connects::add);
        session.attach(stream);
        session.start();
        scheduler.runDue();
        assertThat(state()).isEqualTo(SessionState.CONNECTING);

        session.stop(Duration.ZERO);
        scheduler.runDue();
        assertThat(state()).isEqualTo(SessionState.STOPPED);
        connects.forEach(Runnable::run);
        scheduler.runDue();

        assertThat(transport.sockets).allSatisfy(socket -> {
            assertThat(socket.isOpen()).isFalse();
            assertThat(socket.sent).isEmpty();
        });
        assertThat(state()).isEqualTo(SessionState.STOPPED);
    }

    @Test
    void aLiveGapIsHealedOnAFreshConnectionAtOnceWhoseReplayFillsIt() {
        FakeSocket first = started();
        subscribeAndReplay(first, 2);

        first.receive(buyingPower(4));
        scheduler.runDue();

        assertThat(first.isOpen()).isFalse();
        assertThat(transport.sockets).hasSize(2);
        subscribeAndReplay(transport.last(), 4);
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L);
        assertThat(session.snapshot(stream).attempt()).isZero();
    }

    @Test
    void aRouteTooSlowForTheSharedConnectionIsMovedOnTheDeliveryPoolNotOnTheSessionsExecutor() {
        ManualPool pool = new ManualPool();
        AccountStream slow = stream("100001", pool, 1, Duration.ZERO);
        slow.moveTo(DeliveryMode.SHARED);
        session.attach(slow);
        FakeSocket socket = started();
        socket.receive(ack(true).replace(A, "100001"));
        socket.receive(buyingPower(1).replace(A, "100001"));
        socket.receive(buyingPower(2).replace(A, "100001"));
        assertThat(slow.mode()).isEqualTo(DeliveryMode.MOVING);

        scheduler.runDue();
        assertThat(moves).as("nothing of the consumer's runs on the session's executor").isZero();
        pool.runAll();
        assertThat(moves).isEqualTo(1);
    }

    @Test
    void aProblemOfTheConnectionReachesTheRoutesOnTheirDeliveringThreadsNotOnTheExecutor() {
        ManualPool pool = new ManualPool();
        AccountStream other = stream("100001", pool, 10, Duration.ofSeconds(30));
        other.moveTo(DeliveryMode.SHARED);
        session.attach(other);
        FakeSocket socket = started();
        problems.clear();

        socket.serverCloses(1011);
        scheduler.runDue();

        // The test's own account delivers on a pool that runs at once; the other's runs when the test says so.
        assertThat(problems).as("not run on the executor").hasSize(1);
        pool.runAll();
        assertThat(problems).hasSize(2).allSatisfy(problem -> assertThat(problem).hasMessageContaining("1011"));
    }
}
