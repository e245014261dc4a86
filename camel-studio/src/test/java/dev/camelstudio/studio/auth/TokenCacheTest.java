package dev.camelstudio.studio.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.camelstudio.studio.support.MovableClock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The caching rules on a clock the test moves; the HTTP side is covered by ClientCredentialsTokenProviderTest. */
class TokenCacheTest {

    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicInteger loads = new AtomicInteger();

    /** Each load issues token-N, living {@code lifetime} from the clock's now. */
    private Supplier<AccessToken> issuing(Duration lifetime) {
        return () -> new AccessToken("token-" + loads.incrementAndGet(), clock.instant().plus(lifetime));
    }

    @Test
    void keepsTheTokenUntilTheRefreshMarginBeforeExpiry() {
        TokenCache cache = new TokenCache(issuing(Duration.ofHours(24)), MARGIN, clock);
        AccessToken first = cache.get();

        clock.advance(Duration.ofHours(24).minus(MARGIN).minusSeconds(1));
        assertThat(cache.get()).isSameAs(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get().value()).isEqualTo("token-2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void refreshesATokenShorterThanTwiceTheMarginHalfwayThroughItsLife() {
        TokenCache cache = new TokenCache(issuing(Duration.ofMinutes(4)), MARGIN, clock);
        AccessToken first = cache.get();

        clock.advance(Duration.ofMinutes(2).minusSeconds(1));
        assertThat(cache.get()).isSameAs(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get().value()).isEqualTo("token-2");
    }

    @Test
    void invalidateDropsOnlyTheRejectedToken() {
        TokenCache cache = new TokenCache(issuing(Duration.ofHours(24)), MARGIN, clock);
        AccessToken first = cache.get();

        assertThat(cache.invalidate(first)).isTrue();
        AccessToken second = cache.get();
        assertThat(cache.invalidate(first)).isFalse();

        assertThat(second.value()).isEqualTo("token-2");
        assertThat(cache.get()).isSameAs(second);
    }

    @Test
    void aFailedLoadIsNotCachedAndTheNextCallTriesAgain() {
        List<Supplier<AccessToken>> answers = new ArrayList<>(List.of(
                () -> {
                    throw new StudioAuthenticationException("endpoint down", false, null);
                },
                issuing(Duration.ofHours(24))));
        TokenCache cache = new TokenCache(() -> answers.remove(0).get(), MARGIN, clock);

        assertThatThrownBy(cache::get).hasMessage("endpoint down");
        assertThat(cache.get().value()).isEqualTo("token-1");
    }

    @Test
    void threadsWaitingForALoadShareItsFailure() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        TokenCache cache = new TokenCache(() -> {
            attempts.incrementAndGet();
            loading.countDown();
            awaitQuietly(release);
            throw new StudioAuthenticationException("refused", "client-1", 401, true, null);
        }, MARGIN, clock);

        List<Thread> threads = new ArrayList<>();
        List<CompletableFuture<Throwable>> outcomes = new ArrayList<>();
        Thread leader = start(cache, outcomes, threads);
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 7; i++) {
            start(cache, outcomes, threads);
        }
        // The followers park on the shared load (WAITING); the leader is TIMED_WAITING on the release latch.
        await().atMost(Duration.ofSeconds(10)).until(() -> threads.stream()
                .filter(thread -> thread != leader).allMatch(thread -> thread.getState() == Thread.State.WAITING));
        release.countDown();

        for (CompletableFuture<Throwable> outcome : outcomes) {
            assertThat(outcome.get(10, TimeUnit.SECONDS))
                    .isInstanceOfSatisfying(StudioAuthenticationException.class, e -> {
                        assertThat(e.isPermanent()).isTrue();
                        assertThat(e.getHttpStatus()).hasValue(401);
                        assertThat(e.getClientId()).hasValue("client-1");
                        assertThat(e).hasMessage("refused");
                    });
        }
        assertThat(attempts).hasValue(1);
    }

    private static Thread start(TokenCache cache, List<CompletableFuture<Throwable>> outcomes, List<Thread> threads) {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                cache.get();
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        }, "token-cache-test-" + threads.size());
        outcomes.add(outcome);
        threads.add(thread);
        thread.start();
        return thread;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
