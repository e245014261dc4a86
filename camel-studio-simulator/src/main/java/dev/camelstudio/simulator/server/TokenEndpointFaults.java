package dev.camelstudio.simulator.server;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Faults of the token endpoint: answer slowly, or fail the next requests with a given status. */
public final class TokenEndpointFaults {

    private volatile Duration delay = Duration.ZERO;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 503;

    /** No fault injected: the endpoint answers at once, and correctly. */
    public TokenEndpointFaults() {
    }

    /**
     * How much later the token endpoint answers each request.
     *
     * @return the delay; {@link Duration#ZERO} when the endpoint answers at once
     */
    public Duration delay() {
        return delay;
    }

    /**
     * Makes the token endpoint answer every request this much later.
     *
     * @param delay the delay; {@link Duration#ZERO} to answer at once
     */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /**
     * The next {@code count} requests are answered with {@code status} (e.g. 500 or 503) whatever they ask.
     *
     * @param count  how many requests fail; replaces any count still pending
     * @param status the HTTP status they fail with
     */
    public void failNext(int count, int status) {
        this.failureStatus = status;
        this.failuresLeft.set(count);
    }

    /** The status to fail this request with, or 0 to serve it. */
    int consumeFailure() {
        return failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? failureStatus : 0;
    }

    /** The endpoint answers at once again, and serves the requests it was to fail. */
    public void clear() {
        delay = Duration.ZERO;
        failuresLeft.set(0);
    }
}
