package dev.camelstudio.studio.connection;

import java.time.Duration;

/**
 * When a connection last showed it was alive: a frame arrived, or the reader finished handing one on. The time the
 * reader spends handing a frame on (a slow route on a connection of its own) is not silence: a slow route is not a
 * silent server. Written by the reader thread (and the executor when the socket opens), read by the session's
 * watchdog.
 */
final class Liveness {

    /** When a frame last arrived or its handing on ended, by {@link System#nanoTime}. */
    private volatile long lastActivityNanos = System.nanoTime();
    /** True while the reader hands a frame on. */
    private volatile boolean handingOn;

    /** Something arrived, or the socket opened. */
    void stamp() {
        lastActivityNanos = System.nanoTime();
    }

    /** Hands a frame on: alive from its arrival to the end of its handing on. */
    void handOn(Runnable handling) {
        stamp();
        handingOn = true;
        try {
            handling.run();
        } finally {
            handingOn = false;
            stamp();
        }
    }

    /** {@return the time since a frame last arrived or was handed on; zero while one is being handed on} */
    Duration silence() {
        return handingOn ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - lastActivityNanos);
    }
}
