package dev.camelstudio.simulator.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that is one millisecond later every time it is read, so tests can tell which reading a time came from. */
final class TickingClock extends Clock {

    private long nextMillis;

    TickingClock(long startMillis) {
        this.nextMillis = startMillis;
    }

    @Override
    public long millis() {
        return nextMillis++;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a ticking test clock is UTC only");
    }
}
