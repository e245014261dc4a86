package dev.camelstudio.studio.connection;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.protocol.ErrorNotice;
import dev.camelstudio.studio.protocol.FrameDecoder;
import dev.camelstudio.studio.protocol.MessageType;
import dev.camelstudio.studio.support.ManualScheduler;
import dev.camelstudio.studio.transport.FakeTransport;
import dev.camelstudio.studio.transport.FakeTransport.FakeSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One connection's life, on a fake transport and a scheduler run by hand: connect and subscribe, ack, replay,
 * replay-complete, refusals, the subscribe timeout, undecodable and binary frames, and every way it can end.
 */
class StudioConnectionTest {

    private static final URI URL = URI.create("wss://studio.test/studio/v2/ws");
    private static final String A = "100000";
    private static final String B = "100001";
    private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(10);

    /** The session's executor: the reader's posts run when a frame or close was handed over, as in production. */
    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeTransport transport = new FakeTransport(scheduler::runDue);
    /** The blocking part of connecting, run when the test says so. */
    private final Deque<Runnable> connects = new ArrayDeque<>();
    private final Executor connector = connects::add;
    private final Recorder events = new Recorder();
    private final List<AccessToken> rejectedTokens = new ArrayList<>();
    private final StudioTokenProvider tokens = new StudioTokenProvider() {
        @Override
        public AccessToken token() {
            return new AccessToken("token-1", Instant.parse("2026-12-02T00:00:00Z"));
        }

        @Override
        public void tokenRejected(AccessToken rejected) {
            rejectedTokens.add(rejected);
        }
    };

    /** What the connection told its owner, and the messages it handed on. */
    private static final class Recorder implements ConnectionListener, MessageListener {
        final List<InboundMessage> messages = new ArrayList<>();
        final List<ErrorNotice> notices = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();
        final List<RuntimeException> undecodable = new ArrayList<>();
        final List<Integer> binary = new ArrayList<>();
        final List<ConnectionEnd> ends = new ArrayList<>();

        @Override
        public void onMessage(InboundMessage message) {
            messages.add(message);
        }

        @Override
        public void onErrorNotice(ErrorNotice notice) {
            notices.add(notice);
        }

        @Override
        public void onSubscribeRejected(String accountId, String details) {
            rejected.add(accountId + ": " + details);
        }

        @Override
        public void onUndecodableFrame(RuntimeException error, String connectionId) {
            undecodable.add(error);
        }

        @Override
        public void onBinaryFrame(int bytes, String connectionId) {
            binary.add(bytes);
        }

        @Override
        public void onEnded(ConnectionEnd end) {
            ends.add(end);
        }
    }

    private StudioConnection connection(String... accounts) {
        return new StudioConnection(URL, List.of(accounts), SUBSCRIBE_TIMEOUT, new FrameDecoder(), tokens, transport,
                scheduler, connector,
                events, events);
    }

    /** Starts the connection and lets its connect run: the socket opens and the subscribes go out. */
    private FakeSocket opened(StudioConnection connection) {
        connection.start();
        connects.poll().run();
        scheduler.runDue();
        return transport.last();
    }

    private static String ack(String account, boolean success) {
        return ack(account, success, success ? "Subscribed successfully" : "Not authorized for account");
    }

    private static String ack(String account, boolean success, String details) {
        return "{\"timestamp\":1711076847030,\"payload\":{\"type\":\"subscribe-activity-ack\""
                + (account == null ? "" : ",\"account_id\":\"" + account + "\"") + ",\"success\":" + success
                + ",\"details\":\"" + details + "\"}}";
    }

    private static final String REPLAY_COMPLETE =
            "{\"timestamp\":1711076847100,\"payload\":{\"type\":\"replay-complete\"}}";

    private static String buyingPower(String account, long sequence) {
        return "{\"timestamp\":1711076850003,\"sequence\":" + sequence
                + ",\"payload\":{\"type\":\"buying-power-update\","
                + "\"data\":{\"account_id\":\"" + account + "\",\"account_number\":\"ACC0001\",\"amount\":250000.0}}}";
    }

    @Test
    void startingConnectsOffTheCallersThreadThenSubscribesEveryAccountWithTheToken() {
        StudioConnection connection = connection(A, B);
        connection.start();
        assertThat(connection.state()).isEqualTo(ConnectionState.CONNECTING);
        assertThat(transport.sockets).isEmpty();

        connects.poll().run();
        scheduler.runDue();
        FakeSocket socket = transport.last();
        assertThat(socket.url).isEqualTo(URL);
        assertThat(socket.sent).hasSize(2)
                .allSatisfy(frame -> assertThat(frame).contains("\"authorization\":\"token-1\""));
        assertThat(socket.sent.get(0)).contains("\"account_id\":\"" + A + "\"");
        assertThat(socket.sent.get(1)).contains("\"account_id\":\"" + B + "\"");
        assertThat(connection.state()).isEqualTo(ConnectionState.SUBSCRIBING);
        assertThat(connection.token().value()).isEqualTo("token-1");
    }

    @Test
    void ackThenReplayThenReplayCompleteMakesItLiveAndMarksTheReplay() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);

        socket.receive(ack(A, true));
        assertThat(connection.state()).isEqualTo(ConnectionState.REPLAYING);
        socket.receive(buyingPower(A, 1));
        socket.receive(REPLAY_COMPLETE);
        assertThat(connection.state()).isEqualTo(ConnectionState.LIVE);
        socket.receive(buyingPower(A, 2));

        assertThat(events.messages).extracting(m -> m.message().type()).containsExactly(
                MessageType.SUBSCRIBE_ACTIVITY_ACK, MessageType.BUYING_POWER_UPDATE, MessageType.REPLAY_COMPLETE,
                MessageType.BUYING_POWER_UPDATE);
        assertThat(events.messages).extracting(InboundMessage::accountId).containsOnly(A);
        assertThat(events.messages.get(1).replay()).isTrue();
        assertThat(events.messages.get(3).replay()).isFalse();
        assertThat(events.messages).extracting(InboundMessage::connectionId).containsOnly(connection.id());
    }

    @Test
    void anAckWithoutAccountBelongsToTheOldestPendingSubscribeAndReplayCompleteToTheOldestReplaying() {
        StudioConnection connection = connection(A, B);
        FakeSocket socket = opened(connection);

        socket.receive(ack(null, true));
        socket.receive(ack(null, true));
        socket.receive(REPLAY_COMPLETE);
        socket.receive(REPLAY_COMPLETE);

        assertThat(events.messages).extracting(InboundMessage::accountId).containsExactly(A, B, A, B);
        assertThat(connection.state()).isEqualTo(ConnectionState.LIVE);
    }

    @Test
    void aRefusedSubscribeIsReportedAndItsTokenDroppedWhileTheConnectionStaysOpen() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);

        socket.receive(ack(A, false, "Invalid or expired token"));

        assertThat(events.rejected).containsExactly(A + ": Invalid or expired token");
        assertThat(rejectedTokens).extracting(AccessToken::value).containsExactly("token-1");
        assertThat(socket.isOpen()).isTrue();
        assertThat(events.ends).isEmpty();
    }

    @Test
    void anAccountTheCredentialsMayNotReadKeepsTheToken() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);

        socket.receive(ack(A, false, "Not authorized for account"));

        assertThat(events.rejected).containsExactly(A + ": Not authorized for account");
        // Another token would be refused the same: the provider is not told to drop a good one.
        assertThat(rejectedTokens).isEmpty();
    }

    @Test
    void noAckWithinSubscribeTimeoutEndsTheConnectionNamingTheAccountAndTheOption() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);

        scheduler.advance(SUBSCRIBE_TIMEOUT.minusMillis(1));
        assertThat(events.ends).isEmpty();
        scheduler.advance(Duration.ofMillis(1));

        assertThat(socket.closeCode).isEqualTo(1000);
        assertThat(events.ends).singleElement().satisfies(end -> {
            assertThat(end.requested()).isFalse();
            assertThat(end.cause()).hasMessageContaining("account " + A).hasMessageContaining("subscribeTimeout");
        });
        assertThat(connection.state()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    void theSubscribeTimerStopsOnceEveryAccountHasItsAck() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);
        socket.receive(ack(A, true));

        scheduler.advance(SUBSCRIBE_TIMEOUT.multipliedBy(2));

        assertThat(events.ends).isEmpty();
        assertThat(socket.isOpen()).isTrue();
    }

    @Test
    void anAccountAlreadyAcceptedIsNotSubscribedTwiceOnTheSameConnection() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);
        socket.receive(ack(A, true));

        assertThat(connection.subscribe(A)).isFalse();
        assertThat(connection.subscribe(B)).isTrue();

        assertThat(socket.sent).hasSize(2);
        assertThat(socket.sent.get(1)).contains("\"account_id\":\"" + B + "\"");
        assertThat(connection.state()).isEqualTo(ConnectionState.SUBSCRIBING);
    }

    @Test
    void undecodableAndBinaryFramesAreReportedAndTheConnectionGoesOn() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);

        socket.receive("{not json");
        socket.listener.onBinary(16);
        socket.receive(ack(A, true));

        assertThat(events.undecodable).hasSize(1);
        assertThat(events.binary).containsExactly(16);
        assertThat(connection.state()).isEqualTo(ConnectionState.REPLAYING);
    }

    @Test
    void aServerCloseIsReportedOnceWithItsCode() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);

        socket.serverCloses(1011);
        socket.listener.onClosed(1011, "again");

        assertThat(events.ends).singleElement().satisfies(end -> {
            assertThat(end.code()).isEqualTo(1011);
            assertThat(end.requested()).isFalse();
        });
    }

    @Test
    void closingCleanlyIsARequestedEnd() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);

        connection.close();
        connection.close();
        scheduler.runDue();

        assertThat(socket.closeCode).isEqualTo(1000);
        assertThat(events.ends).singleElement().satisfies(end -> assertThat(end.requested()).isTrue());
    }

    @Test
    void closedWhileConnectingTheSocketThatOpensLaterIsClosedAndNothingIsSubscribed() {
        StudioConnection connection = connection(A);
        connection.start();
        connection.close();
        assertThat(events.ends).singleElement().satisfies(end -> assertThat(end.requested()).isTrue());

        connects.poll().run();
        scheduler.runDue();

        assertThat(transport.sockets).allSatisfy(socket -> {
            assertThat(socket.isOpen()).isFalse();
            assertThat(socket.sent).isEmpty();
        });
        assertThat(events.ends).hasSize(1);
    }

    @Test
    void aFailedConnectIsAnAbnormalEndWithItsCause() {
        transport.nextFailure = new IOException("nothing accepts connections");
        StudioConnection connection = connection(A);
        connection.start();
        connects.poll().run();
        scheduler.runDue();

        assertThat(events.ends).singleElement().satisfies(end -> {
            assertThat(end.code()).isEqualTo(ConnectionEnd.ABNORMAL_CLOSURE);
            assertThat(end.cause()).hasMessage("nothing accepts connections");
        });
        assertThat(connection.state()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    void abortingReportsTheEndAtOnceWithoutWaitingForThePeer() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);
        socket.receive(ack(A, true));

        connection.abort(new IOException("silent for too long"));

        assertThat(events.ends).singleElement()
                .satisfies(end -> assertThat(end.cause()).hasMessage("silent for too long"));
        assertThat(socket.isOpen()).isFalse();
    }

    @Test
    void aStartedConnectionCannotStartAgain() {
        StudioConnection connection = connection(A);
        connection.start();
        org.assertj.core.api.Assertions.assertThatThrownBy(connection::start)
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theEndCarriesWhyTheSessionClosedItOrWhatTheServerAnnounced() {
        StudioConnection asked = connection(A);
        opened(asked);
        asked.close(EndRequest.RESUBSCRIBE);
        asked.close(EndRequest.STOP);

        StudioConnection announced = connection(A);
        FakeSocket socket = opened(announced);
        announced.announceEnd(EndRequest.TOKEN_EXPIRED);
        socket.serverCloses(1000);

        StudioConnection dropped = connection(A);
        opened(dropped).serverCloses(1006);

        assertThat(events.ends).extracting(ConnectionEnd::request)
                .containsExactly(EndRequest.RESUBSCRIBE, EndRequest.TOKEN_EXPIRED, null);
    }

    @Test
    void theReaderOnlyPostsAcksAndReplayCompletesTheStateMovesOnTheExecutor() {
        FakeTransport unsettled = new FakeTransport();
        StudioConnection connection =
                new StudioConnection(URL, List.of(A), SUBSCRIBE_TIMEOUT, new FrameDecoder(), tokens, unsettled,
                        scheduler, connector, events, events);
        connection.start();
        connects.poll().run();
        scheduler.runDue();
        FakeSocket socket = unsettled.last();

        socket.receive(ack(A, true));
        socket.receive(buyingPower(A, 1));
        assertThat(connection.state()).isEqualTo(ConnectionState.SUBSCRIBING);
        assertThat(events.messages).extracting(InboundMessage::replay).containsExactly(true, true);

        scheduler.runDue();
        assertThat(connection.state()).isEqualTo(ConnectionState.REPLAYING);
        socket.receive(REPLAY_COMPLETE);
        scheduler.runDue();
        assertThat(connection.state()).isEqualTo(ConnectionState.LIVE);
    }

    @Test
    void aWriteThatFailsEndsTheConnectionWithItsCause() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);
        socket.receive(ack(A, true));
        socket.nextSendFailure = new IOException("broken pipe");

        connection.subscribe(B);
        scheduler.runDue();

        assertThat(socket.isOpen()).isFalse();
        assertThat(events.ends).singleElement().satisfies(end -> {
            assertThat(end.cause()).hasMessage("broken pipe");
            assertThat(end.requested()).isFalse();
        });
    }

    @Test
    void eventsThatArriveAfterTheEndChangeNothingAndAreNotReportedAgain() {
        StudioConnection connection = connection(A);
        FakeSocket socket = opened(connection);
        socket.serverCloses(1001);

        // A late ack, replay-complete, error, close and subscribe timeout: the connection is CLOSED for good.
        socket.listener.onText(ack(A, false));
        socket.listener.onText(REPLAY_COMPLETE);
        socket.listener.onError(new IOException("late"));
        socket.listener.onClosed(1006, "late");
        scheduler.advance(SUBSCRIBE_TIMEOUT.multipliedBy(2));
        connection.close();

        assertThat(connection.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(events.ends).singleElement().satisfies(end -> assertThat(end.code()).isEqualTo(1001));
        assertThat(events.rejected).isEmpty();
        assertThat(rejectedTokens).isEmpty();
    }
}
