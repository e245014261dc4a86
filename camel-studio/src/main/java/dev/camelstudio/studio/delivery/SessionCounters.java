package dev.camelstudio.studio.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** What a session counts, from any thread; read as one {@link Values} snapshot. */
public final class SessionCounters {

    final AtomicLong connections = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong duplicatesDropped = new AtomicLong();
    final AtomicLong gapsHealed = new AtomicLong();
    final AtomicLong gapsUnhealed = new AtomicLong();
    final AtomicLong errorNotices = new AtomicLong();
    final AtomicLong subscribeRejections = new AtomicLong();
    final AtomicLong binaryFramesDropped = new AtomicLong();
    final AtomicLong slowRouteMoves = new AtomicLong();
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
