package dev.camelstudio.studio.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Keeps one token until {@code refreshMargin} before it expires, then loads the next one. Loads are single-flight:
 * when several threads need a new token at once, one of them loads it and the others wait for and share its result,
 * so a burst of callers costs the token endpoint one request.
 * <p>
 * A token that lives shorter than twice the margin is refreshed halfway through its life instead: with the margin
 * alone it would be stale on arrival, and every call would request a new one.
 */
final class TokenCache {

    private final Supplier<AccessToken> loader;
    private final Duration refreshMargin;
    private final Clock clock;
    private final Object lock = new Object();

    /** Read without the lock on the fast path; written under it. */
    private volatile Entry current;
    /** The load under way, shared by the threads waiting for it; {@code null} when none is. Guarded by lock. */
    private CompletableFuture<AccessToken> loading;

    private record Entry(AccessToken token, Duration margin) {
    }

    TokenCache(Supplier<AccessToken> loader, Duration refreshMargin, Clock clock) {
        this.loader = loader;
        this.refreshMargin = refreshMargin;
        this.clock = clock;
    }

    /** The cached token if it is valid beyond the refresh margin, else a new one. */
    AccessToken get() {
        Entry entry = current;
        if (isFresh(entry)) {
            return entry.token();
        }
        CompletableFuture<AccessToken> load;
        boolean leader;
        synchronized (lock) {
            // Checked again under the lock: another thread may have finished a load since the first look.
            entry = current;
            if (isFresh(entry)) {
                return entry.token();
            }
            leader = loading == null;
            if (leader) {
                loading = new CompletableFuture<>();
            }
            load = loading;
        }
        return leader ? load(load) : await(load);
    }

    /**
     * Forgets the token if it is still the cached one (a newer token, loaded meanwhile, is kept).
     *
     * @return whether it was dropped
     */
    boolean invalidate(AccessToken rejected) {
        synchronized (lock) {
            boolean cached = current != null && current.token().equals(rejected);
            if (cached) {
                current = null;
            }
            return cached;
        }
    }

    private boolean isFresh(Entry entry) {
        return entry != null && entry.token().isValidAt(clock.instant(), entry.margin());
    }

    private AccessToken load(CompletableFuture<AccessToken> load) {
        try {
            Instant requestedAt = clock.instant();
            AccessToken token = loader.get();
            Entry entry = new Entry(token, marginFor(token, requestedAt));
            synchronized (lock) {
                current = entry;
                loading = null;
            }
            load.complete(token);
            return token;
        } catch (Throwable e) {
            synchronized (lock) {
                loading = null;
            }
            // Whatever happened, the waiting threads must hear of it rather than wait forever.
            load.completeExceptionally(e);
            throw e;
        }
    }

    private Duration marginFor(AccessToken token, Instant requestedAt) {
        Duration halfLife = Duration.between(requestedAt, token.expiresAt()).dividedBy(2);
        if (halfLife.isNegative()) {
            return Duration.ZERO;
        }
        return halfLife.compareTo(refreshMargin) < 0 ? halfLife : refreshMargin;
    }

    private static AccessToken await(CompletableFuture<AccessToken> load) {
        try {
            return load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StudioAuthenticationException("Interrupted while waiting for a Studio access token.", false, e);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            throw failure instanceof StudioAuthenticationException shared
                    ? shared.rethrownHere()
                    : new StudioAuthenticationException("Loading a Studio access token failed: " + failure, false,
                            failure);
        }
    }
}
