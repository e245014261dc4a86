package dev.camelstudio.studio.protocol;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code payload.type} tags the server sends on the activity channel (docs/protocol.md §4), plus
 * {@link #UNKNOWN} for any tag this version does not know.
 */
public enum MessageType {

    /** The server's answer to a subscribe request ({@link SubscribeAck}); unsequenced. */
    SUBSCRIBE_ACTIVITY_ACK("subscribe-activity-ack", Sequencing.UNSEQUENCED),
    /** Sent once a subscription's replay of sequenced messages is over ({@link ReplayComplete}); unsequenced. */
    REPLAY_COMPLETE("replay-complete", Sequencing.UNSEQUENCED),
    /** A new state of an order ({@link OrderUpdate}); sequenced. */
    ORDER_UPDATE("order-update", Sequencing.SEQUENCED),
    /** An execution ({@link TradeNotice}); sequenced. */
    TRADE_NOTICE("trade-notice", Sequencing.SEQUENCED),
    /** A new state of a position ({@link PositionUpdate}); sequenced. */
    POSITION_UPDATE("position-update", Sequencing.SEQUENCED),
    /** A new buying power ({@link BuyingPowerUpdate}); sequenced. */
    BUYING_POWER_UPDATE("buying-power-update", Sequencing.SEQUENCED),
    /** A new state of the locate inventory ({@link LocateInventoryUpdate}); sequenced. */
    LOCATE_INVENTORY_UPDATE("locate-inventory-update", Sequencing.SEQUENCED),
    /** Tells the client the session is alive ({@link Heartbeat}); unsequenced. */
    HEARTBEAT("heartbeat", Sequencing.UNSEQUENCED),
    /** Reports a problem, after which the server may close the connection ({@link ErrorNotice}); unsequenced. */
    ERROR_NOTICE("error-notice", Sequencing.UNSEQUENCED),
    /** Any tag this version does not know; its {@link #tag()} is null. */
    UNKNOWN(null, Sequencing.UNSEQUENCED);

    private enum Sequencing {
        SEQUENCED, UNSEQUENCED
    }

    private static final Map<String, MessageType> BY_TAG = Arrays.stream(values())
            .filter(type -> type != UNKNOWN)
            .collect(Collectors.toUnmodifiableMap(MessageType::tag, Function.identity()));

    private final String tag;
    private final Sequencing sequencing;

    MessageType(String tag, Sequencing sequencing) {
        this.tag = tag;
        this.sequencing = sequencing;
    }

    /**
     * The wire tag, e.g. {@code "order-update"}; null for {@link #UNKNOWN}.
     *
     * @return the wire tag, or null for {@link #UNKNOWN}
     */
    public String tag() {
        return tag;
    }

    /**
     * Whether messages of this type carry a top-level {@code sequence} and are replayed after subscribing
     * (docs/protocol.md §3.2).
     *
     * @return true for the five sequenced types
     */
    public boolean isSequenced() {
        return sequencing == Sequencing.SEQUENCED;
    }

    /**
     * Whether this is a control message of the protocol (ack, replay-complete, heartbeat, error-notice) rather than
     * data: unsequenced and known. {@link #UNKNOWN} counts as data, since it may be a new kind of activity.
     *
     * @return true for {@link #SUBSCRIBE_ACTIVITY_ACK}, {@link #REPLAY_COMPLETE}, {@link #HEARTBEAT} and
     *         {@link #ERROR_NOTICE}
     */
    public boolean isControl() {
        return !isSequenced() && this != UNKNOWN;
    }

    /**
     * The type with the given wire tag, or {@link #UNKNOWN} for any other tag, including null.
     *
     * @param tag the {@code payload.type} tag as received; may be null
     * @return the matching type, or {@link #UNKNOWN}
     */
    public static MessageType fromTag(String tag) {
        return tag == null ? UNKNOWN : BY_TAG.getOrDefault(tag, UNKNOWN);
    }
}
