package dev.camelstudio.studio;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

import dev.camelstudio.studio.connection.EndCause;
import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.delivery.AccountStream;
import dev.camelstudio.studio.delivery.SessionCounters;
import dev.camelstudio.studio.protocol.MessageType;
import dev.camelstudio.studio.session.SessionSnapshot;
import dev.camelstudio.studio.session.StudioSession;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The Micrometer meters of one consumer's account, on the application's registry. Counters and gauges read the
 * counts the consumer keeps anyway, when the registry is scraped, so they cost nothing per message; only the lag
 * timer records on the delivering thread. Every meter has the tag {@code account}; some have one more from a
 * bounded set ({@code type}, {@code replay}, {@code outcome}, {@code cause}). Loaded only where Micrometer is on the
 * class path ({@link StudioMeterRegistries}). Public only for the benchmarks, which measure {@link #lagTimer} and
 * {@link #recordLag} as the consumer runs them; not a stable API.
 */
public final class StudioMeters implements AccountMeters {

    /** The prefix of every meter's name. */
    static final String PREFIX = "studio.";

    private final MeterRegistry registry;
    private final StudioConsumer consumer;
    private final AccountStream stream;
    private final List<Meter> meters = new ArrayList<>();
    private final Timer lag;
    private final AtomicLong routeFailures = new AtomicLong();

    StudioMeters(MeterRegistry registry, StudioConsumer consumer, AccountStream stream, String accountId) {
        this.registry = registry;
        this.consumer = consumer;
        this.stream = stream;
        Tags account = Tags.of("account", accountId);
        for (MessageType type : MessageType.values()) {
            for (boolean replay : new boolean[]{false, true}) {
                counter("messages", "Messages handed to the route, by type and whether replayed",
                        account.and("type", type.name().toLowerCase(Locale.ROOT), "replay", String.valueOf(replay)),
                        s -> s.counters().messages(type, replay), stream);
            }
        }
        counter("duplicates.dropped", "Replayed or repeated messages dropped as already delivered", account,
                s -> s.counters().values().duplicatesDropped(), stream);
        counter("gaps", "Gaps in the sequence: healed by a fresh subscribe, or delivered with the missing count",
                account.and("outcome", "healed"), s -> s.counters().values().gapsHealed(), stream);
        counter("gaps", "Gaps in the sequence: healed by a fresh subscribe, or delivered with the missing count",
                account.and("outcome", "unhealed"), s -> s.counters().values().gapsUnhealed(), stream);
        counter("slow.route.moves", "Moves off a shared connection because the route could not keep up", account,
                s -> s.counters().values().slowRouteMoves(), stream);
        counter("route.failures", "Messages the route failed on", account, f -> f.get(), routeFailures);
        counter("positions.saved", "Positions saved after the route completed a message", account,
                s -> s.positionsSaved(), stream.counters());
        Object repository = consumer.getEndpoint().getConfiguration().getSequenceStateRepository();
        String key = StateRepositoryPositions.keyOf(accountId);
        counter("positions.refused", "Positions the state repository refused (failed, or refused as stale)",
                account, s -> s.positionsRefused() + (repository instanceof StudioRefusedPositions refusing
                        ? refusing.refusedWrites(key) : 0),
                stream.counters());
        counter("replays", "Replays completed (one per subscribe)", account, SessionCounters::replays,
                stream.counters());
        counter("replay.duration", "Time the completed replays took, from ack to replay-complete", account,
                SessionCounters::replaySeconds, stream.counters(), "seconds");
        counter("replay.messages", "Messages of the completed replays", account, SessionCounters::replayMessages,
                stream.counters());
        for (EndCause cause : EndCause.values()) {
            if (cause != EndCause.STOP) {
                counter("reconnects", "Connections of the account's session that ended, by cause",
                        account.and("cause", cause.name().toLowerCase(Locale.ROOT)),
                        c -> session(c, s -> s.counters().connectionsEnded(cause)), consumer);
            }
        }
        for (boolean succeeded : new boolean[]{true, false}) {
            counter("token.fetches", "Access tokens fetched for the account's session, by outcome",
                    account.and("outcome", succeeded ? "success" : "failure"),
                    c -> session(c, s -> s.counters().tokenFetches(succeeded)), consumer);
        }
        counter("connections.opened", "Connections the account's session opened", account,
                c -> snapshot(c, snapshot -> snapshot.counters().connections()), consumer);
        counter("error.notices", "Error notices Studio sent on the account's session", account,
                c -> snapshot(c, snapshot -> snapshot.counters().errorNotices()), consumer);
        gauge("connection.state", "The session's state: 0 stopped, 1 connecting, 2 live, 3 backoff, 4 stopping, "
                + "5 failed", account, c -> snapshot(c, snapshot -> snapshot.state().ordinal()), null);
        gauge("last.message.age", "Seconds since the account's last message (grows on a silent feed)", account,
                c -> lastMessageAge(), "seconds");
        gauge("token.expiry", "Seconds until the token of the live connection expires", account,
                c -> snapshot(c, StudioMeters::secondsUntilTokenExpiry), "seconds");
        gauge("buffer.queued", "Messages waiting in the account's buffer for the route", account,
                c -> stream.queued(), null);
        lag = lagTimer(registry, accountId);
        meters.add(lag);
    }

    /**
     * The lag timer of an account, as a consumer registers it: a histogram from 1 ms to 1 min, for percentiles.
     *
     * @param registry  where it is registered
     * @param accountId the account it measures
     * @return the timer
     */
    public static Timer lagTimer(MeterRegistry registry, String accountId) {
        return Timer.builder(PREFIX + "lag")
                .description("From Studio's timestamp of a live message to the Exchange handed to the route")
                .tags("account", accountId)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
    }

    /**
     * Records a message's lag as it is handed to the route: live data messages only, as a replayed one is as old as
     * the day and its age is not the route's lag.
     *
     * @param lag     the account's lag timer
     * @param message the message
     */
    public static void recordLag(Timer lag, InboundMessage message) {
        if (!message.replay() && !message.frame().type().isControl()) {
            lag.record(System.currentTimeMillis() - message.frame().timestamp().toEpochMilli(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void handedToRoute(InboundMessage message) {
        recordLag(lag, message);
    }

    @Override
    public void routeFailed() {
        routeFailures.incrementAndGet();
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
        meters.clear();
    }

    private <T> void counter(String name, String description, Tags tags, ToDoubleFunction<T> count, T source) {
        counter(name, description, tags, count, source, null);
    }

    private <T> void counter(String name, String description, Tags tags, ToDoubleFunction<T> count, T source,
            String unit) {
        meters.add(FunctionCounter.builder(PREFIX + name, source, count).description(description).tags(tags)
                .baseUnit(unit).register(registry));
    }

    private void gauge(String name, String description, Tags tags, ToDoubleFunction<StudioConsumer> value,
            String unit) {
        meters.add(Gauge.builder(PREFIX + name, consumer, value).description(description).tags(tags).baseUnit(unit)
                .register(registry));
    }

    private double lastMessageAge() {
        Instant at = stream.counters().values().lastMessageAt();
        return at == null ? Double.NaN : (System.currentTimeMillis() - at.toEpochMilli()) / 1000.0;
    }

    private static double secondsUntilTokenExpiry(SessionSnapshot snapshot) {
        Instant expiresAt = snapshot.tokenExpiresAt();
        return expiresAt == null ? Double.NaN : Duration.between(Instant.now(), expiresAt).toMillis() / 1000.0;
    }

    /** What the consumer's current session says; NaN while it is on none (stopped, suspended). */
    private static double session(StudioConsumer consumer, ToDoubleFunction<StudioSession> value) {
        StudioSession session = consumer.session();
        return session == null ? Double.NaN : value.applyAsDouble(session);
    }

    private static double snapshot(StudioConsumer consumer, ToDoubleFunction<SessionSnapshot> value) {
        SessionSnapshot snapshot = consumer.snapshot();
        return snapshot == null ? Double.NaN : value.applyAsDouble(snapshot);
    }
}
