package dev.camelstudio.studio.resilience;

import java.time.Duration;
import java.time.Instant;

import dev.camelstudio.simulator.recording.ConnectionRecord;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.simulator.recording.SubscriptionRecord;
import dev.camelstudio.studio.connection.StudioConnectionException;
import dev.camelstudio.studio.connection.StudioSubscriptionException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Studio refuses or ends a subscription because of its token: a refused subscribe is retried after the longest
 * delay, an expired or revoked token ends the connection and the consumer reconnects at once with a new token, a
 * token endpoint that fails meanwhile only delays the recovery, and a route that starts during a token rotation is
 * taken over by the new connection. Nothing is lost or duplicated.
 */
class AuthFaultsTest extends ResilienceTestSupport {

    @Test
    void aRefusedSubscribeIsRetriedAfterTheLongestDelay() throws Exception {
        publish(ACCOUNT, 20);
        faults().rejectNextSubscribes(1);
        consume(ROUTE, ACCOUNT, "bridgeErrorHandler=true");
        awaitLive(ROUTE);
        publish(ACCOUNT, 20);
        assertExactlyOnceInOrder(ACCOUNT);

        assertThat(counter(Counter.SUBSCRIBES_REJECTED)).isEqualTo(1);
        assertThat(errorsOf(StudioSubscriptionException.class)).hasSize(1);
        SubscriptionRecord refused = studio().recorder().subscriptions().get(0);
        assertThat(refused.success()).isFalse();
        ConnectionRecord retry = studio().recorder().connections().get(1);
        // A refusal looks permanent: the retry waits reconnectMaxDelay (500 ms), not reconnectInitialDelay (50 ms).
        assertThat(Duration.between(refused.at(), retry.openedAt())).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    }

    @Test
    void anExpiredTokenMeansAnImmediateReconnectWithANewToken() throws Exception {
        // A reconnect after backoff would take at least 5 s here: the recovery below must not wait for it.
        consume(ROUTE, ACCOUNT, "reconnectInitialDelay=10000", "reconnectMaxDelay=20000");
        publish(ACCOUNT, 20);
        awaitLive(ROUTE);
        long tokens = counter(Counter.TOKENS_ISSUED);
        long connections = consumer(ROUTE).getConnections();
        Instant expired = Instant.now();
        faults().expireTokens();
        publish(ACCOUNT, 20);
        awaitLiveAgain(ROUTE, connections);
        assertThat(Duration.between(expired, Instant.now())).isLessThan(Duration.ofSeconds(4));
        publish(ACCOUNT, 20);
        assertExactlyOnceInOrder(ACCOUNT);

        assertThat(counter(Counter.TOKENS_ISSUED)).isEqualTo(tokens + 1);
        assertThat(counter(Counter.ERROR_NOTICES_SENT)).isEqualTo(1);
        assertThat(counter(Counter.SUBSCRIBES_REJECTED)).as("the expired token was not tried again").isZero();
        assertThat(logs.text()).contains("token expired");
    }

    @Test
    void aTokenEndpointThatFailsDuringTheReconnectOnlyDelaysIt() throws Exception {
        consume(ROUTE, ACCOUNT, "bridgeErrorHandler=true");
        publish(ACCOUNT, 20);
        awaitLive(ROUTE);
        long connections = consumer(ROUTE).getConnections();
        // The cached token expires, and the token endpoint fails the next four requests: the three attempts of the
        // first reconnect and one of the second.
        faults().failTokenEndpoint(4, 503);
        faults().expireTokens();
        publish(ACCOUNT, 20);
        awaitLiveAgain(ROUTE, connections);
        publish(ACCOUNT, 20);
        assertExactlyOnceInOrder(ACCOUNT);

        assertThat(counter(Counter.TOKEN_REQUESTS_REFUSED)).isEqualTo(4);
        assertThat(errorsOf(StudioConnectionException.class)).isNotEmpty()
                .allSatisfy(error -> assertThat(error.toString()).doesNotContain(SECRET));
        await().atMost(PATIENCE).until(() -> "LIVE".equals(consumer(ROUTE).getConnectionState()));
    }

    /**
     * A route that starts while its shared connection's token is being rotated: the standby connection, opened
     * before that route's account was there, must subscribe it too, or the account is lost when the standby takes
     * over. The handshake is slowed down so that the route surely starts during the rotation.
     */
    @Test
    void aRouteThatStartsDuringATokenRotation() throws Exception {
        // Tokens of 6 s, a new one from 3.5 s on, rotation at 4 s.
        studio().tokenLifetime(Duration.ofSeconds(6));
        String[] rotation = {"tokenRefreshMargin=2500", "tokenRotationMargin=2000", "heartbeatTimeout=5000"};
        consume(ROUTE, ACCOUNT, rotation);
        publish(ACCOUNT, 10);
        awaitLive(ROUTE);
        // The next token lives long: one rotation only, so nothing but the standby's own subscriptions can help.
        studio().tokenLifetime(Duration.ofHours(1));
        faults().slowHandshake(Duration.ofMillis(800));
        // About 4 s after the token was issued, a standby connection starts its (now slow) handshake.
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5)).until(() -> consumer(ROUTE).getConnections() == 2);
        assertThat(consumer(ROUTE).getConnectionState()).isEqualTo("LIVE");
        consume("other", OTHER_ACCOUNT, rotation);
        publish(OTHER_ACCOUNT, 10);
        // The standby takes over; the first connection closes before its token expires.
        await().atMost(PATIENCE).until(() -> counter(Counter.CONNECTIONS_CLOSED) >= 1);
        faults().slowHandshake(Duration.ZERO);
        publish(ACCOUNT, 10);
        publish(OTHER_ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        assertExactlyOnceInOrder(OTHER_ACCOUNT);
    }

    @Test
    void aRevokedTokenIsReplacedLikeAnExpiredOne() throws Exception {
        consume(ROUTE, ACCOUNT);
        publish(ACCOUNT, 20);
        awaitLive(ROUTE);
        long tokens = counter(Counter.TOKENS_ISSUED);
        long connections = consumer(ROUTE).getConnections();
        faults().revokeTokens();
        publish(ACCOUNT, 20);
        awaitLiveAgain(ROUTE, connections);
        publish(ACCOUNT, 20);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(counter(Counter.TOKENS_ISSUED)).isEqualTo(tokens + 1);
    }
}
