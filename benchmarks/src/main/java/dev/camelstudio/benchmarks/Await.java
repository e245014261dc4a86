package dev.camelstudio.benchmarks;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what a client or server does in the background, polling every millisecond. */
final class Await {

    private Await() {
    }

    static void until(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(1);
        }
    }
}
