package dev.camelstudio.studio.auth;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.studio.support.LogCapture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** Against the simulator's real OAuth2 token endpoint, over TLS on loopback. */
class ClientCredentialsTokenProviderTest {

    private static final String CLIENT_ID = "camel-client";
    private static final String SECRET = "S3cret-Value-4711";
    private static final String WRONG_SECRET = "Wr0ng-Secret-0815";
    private static final String SPECIAL_SECRET = "p&ss+w%rd\"q\\u=?#";
    private static final String ACCOUNT = "100000";

    @RegisterExtension
    final LogCapture logs = LogCapture.eachTest();
    private final StudioSimulator studio = StudioSimulator.builder().client(CLIENT_ID, SECRET, ACCOUNT).start();
    /** Every token a test saw; none may appear in the logs. */
    private final Set<String> tokensSeen = ConcurrentHashMap.newKeySet();

    @AfterEach
    void neitherTokensNorSecretsWereLogged() {
        try {
            assertThat(logs.text()).doesNotContain(SECRET, WRONG_SECRET, SPECIAL_SECRET);
            tokensSeen.forEach(token -> assertThat(logs.text()).doesNotContain(token));
        } finally {
            studio.close();
        }
    }

    @Test
    void obtainsATokenOverTlsAndCachesIt() {
        ClientCredentialsTokenProvider provider = provider().build();
        Instant before = Instant.now();

        AccessToken first = token(provider);
        Instant after = Instant.now();
        for (int i = 0; i < 20; i++) {
            assertThat(token(provider)).isSameAs(first);
        }

        assertThat(first.expiresAt()).isBetween(before.plus(Duration.ofHours(24)), after.plus(Duration.ofHours(24)));
        assertThat(issued()).isEqualTo(1);
        assertThat(logs.text()).contains("Obtained a Studio access token for client id '" + CLIENT_ID + "'");
    }

    @Test
    void replacesTheTokenWithinTheRefreshMarginOfItsExpiry() {
        studio.tokenLifetime(Duration.ofSeconds(2));
        ClientCredentialsTokenProvider provider = provider().refreshMargin(Duration.ofSeconds(1)).build();
        AccessToken first = token(provider);

        AccessToken second = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> token(provider), token -> !token.equals(first));

        assertThat(second.expiresAt()).isAfter(first.expiresAt());
        assertThat(issued()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void callersOnAColdCacheShareOneRequest() throws Exception {
        studio.faults().slowTokenEndpoint(Duration.ofMillis(300));
        ClientCredentialsTokenProvider provider = provider().build();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<AccessToken>> tokens = IntStream.range(0, 8).mapToObj(i -> callers.submit(() -> {
                go.await();
                return token(provider);
            })).toList();
            go.countDown();

            AccessToken first = tokens.get(0).get(10, TimeUnit.SECONDS);
            for (Future<AccessToken> token : tokens) {
                assertThat(token.get(10, TimeUnit.SECONDS)).isEqualTo(first);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(issued()).isEqualTo(1);
    }

    @Test
    void aWrongSecretIsAPermanentFailureThatNamesTheClientButNotTheSecret() {
        ClientCredentialsTokenProvider provider = provider().clientSecret(WRONG_SECRET).build();

        StudioAuthenticationException e = failure(provider);

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getHttpStatus()).hasValue(401);
        assertThat(e.getClientId()).hasValue(CLIENT_ID);
        assertThat(e.getMessage()).contains(CLIENT_ID, "HTTP 401", "access_denied: Unauthorized",
                "check the clientId and clientSecret options").doesNotContain("retrying will not help");
        assertThat(refused()).as("a refusal is not retried").isEqualTo(1);
    }

    @Test
    void anUnknownClientIsAPermanentFailure() {
        StudioAuthenticationException e = failure(provider().clientId("nobody").build());

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getHttpStatus()).hasValue(401);
        assertThat(e.getMessage()).contains("'nobody'");
    }

    @Test
    void aWrongAudienceIsAPermanentFailure() {
        StudioAuthenticationException e = failure(provider().audience("https://elsewhere.example.com").build());

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getHttpStatus()).hasValue(403);
        assertThat(e.getMessage()).contains("audience");
    }

    @Test
    void serverErrorsAreRetried() {
        studio.faults().failTokenEndpoint(2, 503);
        ClientCredentialsTokenProvider provider = provider().maxAttempts(3).build();

        token(provider);

        assertThat(refused()).isEqualTo(2);
        assertThat(issued()).isEqualTo(1);
        assertThat(logs.text()).contains("HTTP 503", "attempt 1 of 3", "attempt 2 of 3", "Retrying in");
    }

    @Test
    void serverErrorsThatOutlastTheRetriesAreATransientFailure() {
        studio.faults().failTokenEndpoint(5, 500);

        StudioAuthenticationException e = failure(provider().maxAttempts(3).build());

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.getHttpStatus()).hasValue(500);
        assertThat(e.getMessage()).contains(CLIENT_ID, "HTTP 500", "attempt 3 of 3");
        assertThat(refused()).isEqualTo(3);
    }

    @Test
    void anUnreachableEndpointIsATransientFailure() {
        studio.faults().down();

        StudioAuthenticationException e = failure(provider().maxAttempts(2).build());

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.getHttpStatus()).isEmpty();
        assertThat(e.getMessage()).contains("Could not reach", CLIENT_ID, "attempt 2 of 2");
        assertThat(e.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void anEndpointThatDoesNotAnswerInTimeIsATransientFailure() {
        studio.faults().slowTokenEndpoint(Duration.ofSeconds(30));

        StudioAuthenticationException e = failure(provider().requestTimeout(Duration.ofMillis(200)).maxAttempts(2)
                .build());

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.getMessage()).contains("did not answer within 200 ms", "attempt 2 of 2", "requestTimeout");
    }

    @Test
    void anUntrustedCertificateFailsTheRequest() {
        StudioAuthenticationException e = failure(provider().sslContext(null).maxAttempts(1).build());

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.getMessage()).contains("Could not reach", "is not trusted", "sslContextParameters",
                "javax.net.ssl.trustStore");
        assertThat(issued()).isZero();
    }

    @Test
    void aRejectedTokenIsReplacedButANewerOneIsKept() {
        ClientCredentialsTokenProvider provider = provider().build();
        AccessToken rejected = token(provider);

        provider.tokenRejected(rejected);
        AccessToken replacement = token(provider);
        provider.tokenRejected(rejected);

        assertThat(replacement.value()).isNotEqualTo(rejected.value());
        assertThat(token(provider)).isSameAs(replacement);
        assertThat(issued()).isEqualTo(2);
        assertThat(logs.lines()).filteredOn(line -> line.contains("refused a subscription made with the access token"))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(rejected.expiresAt().toString()));
    }

    @Test
    void aSecretWithJsonAndUrlSpecialCharactersIsSentIntact() {
        studio.registerClient("special-client", SPECIAL_SECRET, ACCOUNT);

        token(provider().clientId("special-client").clientSecret(SPECIAL_SECRET).build());

        assertThat(issued()).isEqualTo(1);
    }

    @Test
    void plainHttpIsAllowedOnLoopback() {
        try (StudioSimulator plain = StudioSimulator.builder().tls(false).client(CLIENT_ID, SECRET, ACCOUNT).start()) {
            assertThat(plain.tokenUrl().getScheme()).isEqualTo("http");

            token(provider().tokenUrl(plain.tokenUrl().toString()).sslContext(null).build());

            assertThat(plain.recorder().counters().get(Counter.TOKENS_ISSUED)).isEqualTo(1);
        }
    }

    @Test
    void plainHttpToAnotherHostIsRefusedBeforeAnyRequest() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> provider().tokenUrl("http://auth.clearstreet.io/oauth/token").build())
                .withMessageContaining("tokenUrl").withMessageContaining("use https://");
    }

    @Test
    void missingOrInvalidSettingsAreRefusedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> provider().clientId(null).build())
                .withMessageContaining("clientId");
        assertThatIllegalArgumentException().isThrownBy(() -> provider().clientSecret(" ").build())
                .withMessageContaining("clientSecret");
        assertThatIllegalArgumentException().isThrownBy(() -> provider().requestTimeout(Duration.ZERO).build())
                .withMessageContaining("requestTimeout");
        assertThatIllegalArgumentException().isThrownBy(() -> provider().maxAttempts(0).build())
                .withMessageContaining("maxAttempts");
        assertThatIllegalArgumentException().isThrownBy(() -> provider().refreshMargin(Duration.ofSeconds(-1)).build())
                .withMessageContaining("refreshMargin");
    }

    @Test
    void toStringShowsWhereTokensComeFromButNoCredential() {
        ClientCredentialsTokenProvider provider = provider().build();
        AccessToken token = token(provider);

        assertThat(provider.toString()).contains(CLIENT_ID, studio.tokenUrl().toString(), "****")
                .doesNotContain(SECRET, token.value());
    }

    @Test
    void anInterruptedCallerStopsAndKeepsItsInterrupt() throws Exception {
        studio.faults().slowTokenEndpoint(Duration.ofSeconds(30));
        ClientCredentialsTokenProvider provider = provider().build();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                provider.token();
                failure.complete(null);
            } catch (RuntimeException e) {
                failure.complete(e);
            }
            stillInterrupted.complete(Thread.currentThread().isInterrupted());
        }, "interrupted-token-caller");

        caller.start();
        caller.interrupt();

        assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(StudioAuthenticationException.class,
                e -> assertThat(e.isPermanent()).isFalse());
        assertThat(stillInterrupted.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(logs.text()).as("an interrupt is not retried").doesNotContain("Retrying");
    }

    /** A provider for the simulator with fast retries; tests change what they are about. */
    private ClientCredentialsTokenProvider.Builder provider() {
        return ClientCredentialsTokenProvider.builder()
                .clientId(CLIENT_ID)
                .clientSecret(SECRET)
                .tokenUrl(studio.tokenUrl().toString())
                .sslContext(studio.sslContext())
                .requestTimeout(Duration.ofSeconds(5))
                .initialRetryDelay(Duration.ofMillis(10))
                .maxRetryDelay(Duration.ofMillis(50));
    }

    private AccessToken token(StudioTokenProvider provider) {
        AccessToken token = provider.token();
        tokensSeen.add(token.value());
        return token;
    }

    /** The provider's failure, after checking that no secret shows anywhere in it, causes included. */
    private static StudioAuthenticationException failure(StudioTokenProvider provider) {
        StudioAuthenticationException e = catchThrowableOfType(StudioAuthenticationException.class, provider::token);
        assertThat(e).as("token() should have failed").isNotNull();
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(SECRET, WRONG_SECRET, SPECIAL_SECRET);
        return e;
    }

    private long issued() {
        return studio.recorder().counters().get(Counter.TOKENS_ISSUED);
    }

    private long refused() {
        return studio.recorder().counters().get(Counter.TOKEN_REQUESTS_REFUSED);
    }
}
