package dev.camelstudio.studio.session;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.connection.ConnectionEnd;
import dev.camelstudio.studio.connection.ConnectionListener;
import dev.camelstudio.studio.connection.StudioConnection;
import dev.camelstudio.studio.protocol.ErrorNotice;
import dev.camelstudio.studio.protocol.FrameDecoder;
import dev.camelstudio.studio.support.ManualScheduler;
import dev.camelstudio.studio.transport.FakeTransport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each phase of a token rotation and each event that moves it: planned for the margin before expiry, the fetch off
 * the session's thread, a new token (standby), the same token or none (back to idle), and a cancel while fetching.
 */
class TokenRotationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T14:00:00Z"), ZoneOffset.UTC);
    private static final Instant EXPIRY = CLOCK.instant().plus(Duration.ofMinutes(10));
    private static final AccessToken CURRENT = new AccessToken("token-1", EXPIRY);

    private final ManualScheduler executor = new ManualScheduler();
    private final Deque<Runnable> connector = new ArrayDeque<>();
    private Supplier<AccessToken> next = () -> new AccessToken("token-2", EXPIRY.plus(Duration.ofHours(1)));
    private final StudioTokenProvider tokens = new StudioTokenProvider() {
        @Override
        public AccessToken token() {
            return next.get();
        }

        @Override
        public void tokenRejected(AccessToken rejected) {
        }
    };
    /** The standby connections the rotation opened. */
    private final List<StudioConnection> standbys = new ArrayList<>();

    private StudioConnection openStandby() {
        StudioConnection standby = live(CURRENT);
        standbys.add(standby);
        return standby;
    }

    private TokenRotation rotation(Duration margin) {
        return new TokenRotation(margin, tokens, executor, connector::add, CLOCK);
    }

    /** A live connection whose token is {@code token}. */
    private StudioConnection live(AccessToken token) {
        FakeTransport transport = new FakeTransport();
        StudioConnection connection = new StudioConnection(URI.create("wss://studio.test/studio/v2/ws"), List.of(),
                Duration.ofSeconds(10), new FrameDecoder(), new StudioTokenProvider() {
                    @Override
                    public AccessToken token() {
                        return token;
                    }

                    @Override
                    public void tokenRejected(AccessToken rejected) {
                    }
                }, transport, executor, Runnable::run, new ConnectionListenerAdapter(), message -> {
                });
        connection.start();
        executor.runDue();
        return connection;
    }

    private void fetch() {
        while (!connector.isEmpty()) {
            connector.poll().run();
        }
        executor.runDue();
    }

    @Test
    void aNewTokenIsFetchedTheMarginBeforeExpiryAndOpensAStandby() {
        TokenRotation rotation = rotation(Duration.ofMinutes(2));
        rotation.plan(live(CURRENT), () -> true, this::openStandby);
        assertThat(rotation.phase()).isEqualTo(TokenRotation.Phase.PLANNED);

        executor.advance(Duration.ofMinutes(8).minusMillis(1));
        assertThat(rotation.phase()).isEqualTo(TokenRotation.Phase.PLANNED);
        executor.advance(Duration.ofMillis(1));
        assertThat(rotation.phase()).isEqualTo(TokenRotation.Phase.FETCHING);
        assertThat(standbys).as("fetched off the session's thread").isEmpty();

        fetch();
        assertThat(rotation.phase()).isEqualTo(TokenRotation.Phase.STANDBY);
        assertThat(standbys).hasSize(1);

        assertThat(rotation.takeOver()).isSameAs(standbys.get(0));
        assertThat(rotation.phase()).isEqualTo(TokenRotation.Phase.IDLE);
    }

    @Test
    void theSameTokenAgainOrAFailedFetchGoesBackToIdleWithoutAStandby() {
        TokenRotation rotation = rotation(Duration.ofMinutes(2));
        next = () -> CURRENT;
        rotation.plan(live(CURRENT), () -> true, this::openStandby);
        executor.advance(Duration.ofMinutes(8));
        fetch();
        assertThat(rotation.phase()).isEqualTo(TokenRotation.Phase.IDLE);

        next = () -> {
            throw new IllegalStateException("token endpoint down");
        };
        rotation.plan(live(CURRENT), () -> true, this::openStandby);
        executor.advance(Duration.ofMinutes(8));
        fetch();
        assertThat(rotation.phase()).isEqualTo(TokenRotation.Phase.IDLE);
        assertThat(standbys).isEmpty();
    }

    @Test
    void aTokenFetchedAfterTheRotationWasCancelledIsNotUsed() {
        TokenRotation rotation = rotation(Duration.ofMinutes(2));
        rotation.plan(live(CURRENT), () -> true, this::openStandby);
        executor.advance(Duration.ofMinutes(8));
        assertThat(rotation.phase()).isEqualTo(TokenRotation.Phase.FETCHING);

        rotation.cancel();
        fetch();

        assertThat(rotation.phase()).isEqualTo(TokenRotation.Phase.IDLE);
        assertThat(standbys).isEmpty();
    }

    @Test
    void noRotationWithoutAMarginOrForATokenThatDoesNotExpire() {
        TokenRotation off = rotation(Duration.ZERO);
        off.plan(live(CURRENT), () -> true, this::openStandby);
        assertThat(off.phase()).isEqualTo(TokenRotation.Phase.IDLE);

        TokenRotation fixed = rotation(Duration.ofMinutes(2));
        fixed.plan(live(new AccessToken("fixed", Instant.MAX)), () -> true, this::openStandby);
        assertThat(fixed.phase()).isEqualTo(TokenRotation.Phase.IDLE);
        assertThat(executor.pending()).isZero();
    }

    /** A listener that ignores everything: the rotation only reads the connection's token. */
    private static final class ConnectionListenerAdapter implements ConnectionListener {
        @Override
        public void onErrorNotice(ErrorNotice notice) {
        }

        @Override
        public void onSubscribeRejected(String accountId, String details) {
        }

        @Override
        public void onUndecodableFrame(RuntimeException error, String connectionId) {
        }

        @Override
        public void onBinaryFrame(int bytes, String connectionId) {
        }

        @Override
        public void onEnded(ConnectionEnd end) {
        }
    }
}
