package dev.camelstudio.studio.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import dev.camelstudio.studio.connection.EndCause;
import dev.camelstudio.studio.protocol.MessageType;

/**
 * What a session, or one account of it, counts, from any thread: read as one {@link Values} snapshot by the health
 * check and the console, and one count at a time by the meters.
 */
public final class SessionCounters {

    private static final int TYPES = MessageType.values().length;

    final AtomicLong connections = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong duplicatesDropped = new AtomicLong();
    final AtomicLong gapsHealed = new AtomicLong();
    final AtomicLong gapsUnhealed = new AtomicLong();
    final AtomicLong errorNotices = new AtomicLong();
    final AtomicLong subscribeRejections = new AtomicLong();
    final AtomicLong binaryFramesDropped = new AtomicLong();
    final AtomicLong slowRouteMoves = new AtomicLong();
    final AtomicLong positionsSaved = new AtomicLong();
    final AtomicLong positionsRefused = new AtomicLong();
    final AtomicLong replays = new AtomicLong();
    final AtomicLong replayNanos = new AtomicLong();
    final AtomicLong replayMessages = new AtomicLong();
    /** Messages handed to the route, by type and whether replayed: index {@code type * 2 + (replay ? 1 : 0)}. */
    private final AtomicLongArray messages = new AtomicLongArray(TYPES * 2);
    /** Connections ended, by {@link EndCause}. */
    private final AtomicLongArray ends = new AtomicLongArray(EndCause.values().length);
    /** Token fetches for a connection: index 0 succeeded, 1 failed. */
    private final AtomicLongArray tokenFetches = new AtomicLongArray(2);
    /** When the last frame arrived, in epoch milliseconds ({@link #NEVER} before the first): no Instant per frame. */
    final AtomicLong lastMessageAtMillis = new AtomicLong(NEVER);

    private static final long NEVER = Long.MIN_VALUE;

    /** Every counter at zero. */
    public SessionCounters() {
    }

    /**
     * The counters at one moment.
     *
     * @param connections         connections opened
     * @param delivered           data messages (sequenced, or of an unknown type) handed to the route
     * @param duplicatesDropped   sequenced messages dropped as already delivered
     * @param gapsHealed          gaps healed by subscribing again
     * @param gapsUnhealed        gaps delivered with the missing count (a replay could not fill them)
     * @param errorNotices        error notices received
     * @param subscribeRejections subscriptions refused
     * @param binaryFramesDropped binary frames dropped (Studio sends text frames only)
     * @param slowRouteMoves      accounts moved off a shared connection because their route was too slow for it
     * @param lastMessageAt       when the last frame arrived, or null
     */
    public record Values(long connections, long delivered, long duplicatesDropped, long gapsHealed, long gapsUnhealed,
            long errorNotices, long subscribeRejections, long binaryFramesDropped,
            long slowRouteMoves, Instant lastMessageAt) {

        /**
         * Both counts added up: a session's and an account's, for the account's view.
         *
         * @param other the counts to add to these
         * @return the sums, with the later of the two last-message times
         */
        public Values plus(Values other) {
            Instant last = lastMessageAt == null ? other.lastMessageAt
                    : other.lastMessageAt == null || lastMessageAt.isAfter(other.lastMessageAt) ? lastMessageAt
                            : other.lastMessageAt;
            return new Values(connections + other.connections, delivered + other.delivered,
                    duplicatesDropped + other.duplicatesDropped, gapsHealed + other.gapsHealed,
                    gapsUnhealed + other.gapsUnhealed, errorNotices + other.errorNotices,
                    subscribeRejections + other.subscribeRejections,
                    binaryFramesDropped + other.binaryFramesDropped, slowRouteMoves + other.slowRouteMoves, last);
        }

        /**
         * The counters by name, for health check details and the console.
         *
         * @return the counters by name, in a fixed order
         */
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("connections", connections);
            map.put("messages.delivered", delivered);
            map.put("duplicates.dropped", duplicatesDropped);
            map.put("gaps.healed", gapsHealed);
            map.put("gaps.unhealed", gapsUnhealed);
            map.put("error.notices", errorNotices);
            map.put("subscribe.rejections", subscribeRejections);
            map.put("binary.frames.dropped", binaryFramesDropped);
            map.put("slow.route.moves", slowRouteMoves);
            map.put("last.message.at", lastMessageAt == null ? null : lastMessageAt.toString());
            return map;
        }
    }

    private Instant lastMessageAt() {
        long millis = lastMessageAtMillis.get();
        return millis == NEVER ? null : Instant.ofEpochMilli(millis);
    }

    void messageDelivered(MessageType type, boolean replay) {
        messages.incrementAndGet(type.ordinal() * 2 + (replay ? 1 : 0));
    }

    void replayCompleted(long nanos, long size) {
        replays.incrementAndGet();
        replayNanos.addAndGet(nanos);
        replayMessages.addAndGet(size);
    }

    /**
     * How many messages of a type were handed to the route.
     *
     * @param type   the message type
     * @param replay whether those of the replay, or those live
     * @return the count
     */
    public long messages(MessageType type, boolean replay) {
        return messages.get(type.ordinal() * 2 + (replay ? 1 : 0));
    }

    /**
     * A connection ended.
     *
     * @param cause the kind of its end
     */
    public void connectionEnded(EndCause cause) {
        ends.incrementAndGet(cause.ordinal());
    }

    /**
     * How many connections ended for a cause.
     *
     * @param cause the kind of end
     * @return the count
     */
    public long connectionsEnded(EndCause cause) {
        return ends.get(cause.ordinal());
    }

    /**
     * A token was fetched for a connection, or could not be.
     *
     * @param succeeded whether it was
     */
    public void tokenFetched(boolean succeeded) {
        tokenFetches.incrementAndGet(succeeded ? 0 : 1);
    }

    /**
     * How many token fetches had an outcome.
     *
     * @param succeeded the outcome
     * @return the count
     */
    public long tokenFetches(boolean succeeded) {
        return tokenFetches.get(succeeded ? 0 : 1);
    }

    /** {@return positions saved after the route completed a message (or a skipped replay passed one)} */
    public long positionsSaved() {
        return positionsSaved.get();
    }

    /** {@return positions the state repository refused (threw on)} */
    public long positionsRefused() {
        return positionsRefused.get();
    }

    /** {@return replays completed} */
    public long replays() {
        return replays.get();
    }

    /** {@return the time the completed replays took, in all, in seconds} */
    public double replaySeconds() {
        return replayNanos.get() / 1e9;
    }

    /** {@return the messages of the completed replays, in all} */
    public long replayMessages() {
        return replayMessages.get();
    }

    /** A connection was opened. */
    public void connectionOpened() {
        connections.incrementAndGet();
    }

    /** An error notice arrived. */
    public void errorNoticeReceived() {
        errorNotices.incrementAndGet();
    }

    /** A binary frame was dropped. */
    public void binaryFrameDropped() {
        binaryFramesDropped.incrementAndGet();
    }

    /** {@return the counters as of now} */
    public Values values() {
        return new Values(connections.get(), delivered.get(), duplicatesDropped.get(), gapsHealed.get(),
                gapsUnhealed.get(), errorNotices.get(), subscribeRejections.get(), binaryFramesDropped.get(),
                slowRouteMoves.get(), lastMessageAt());
    }
}
