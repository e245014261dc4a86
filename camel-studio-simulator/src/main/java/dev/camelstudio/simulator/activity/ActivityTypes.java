package dev.camelstudio.simulator.activity;

import java.util.Set;

/** The {@code payload.type} tags of the activity channel (docs/protocol.md §3.2, §4). */
public final class ActivityTypes {

    /** The client's request for an account's activity (§4.1). */
    public static final String SUBSCRIBE_ACTIVITY = "subscribe-activity";
    /** The server's answer to a subscribe, successful or not; not sequenced (§4.2). */
    public static final String SUBSCRIBE_ACTIVITY_ACK = "subscribe-activity-ack";
    /** Sent once a subscribe's replay of the sequenced messages is done; not sequenced (§4.3). */
    public static final String REPLAY_COMPLETE = "replay-complete";
    /** Tells the client that the session is still alive; not sequenced (§4.9). */
    public static final String HEARTBEAT = "heartbeat";
    /**
     * Reports an error, such as a malformed request, an idle connection or an expired token; not sequenced (§4.10).
     */
    public static final String ERROR_NOTICE = "error-notice";
    /** A new version of an order (§4.4). */
    public static final String ORDER_UPDATE = "order-update";
    /** An execution of an order (§4.5). */
    public static final String TRADE_NOTICE = "trade-notice";
    /** The account's position in one symbol (§4.6). */
    public static final String POSITION_UPDATE = "position-update";
    /** The account's buying power (§4.7). */
    public static final String BUYING_POWER_UPDATE = "buying-power-update";
    /** The account's shares located for short selling in one symbol (§4.8). */
    public static final String LOCATE_INVENTORY_UPDATE = "locate-inventory-update";

    /** The types that carry a {@code sequence} and are replayed on subscribe. */
    public static final Set<String> SEQUENCED = Set.of(
            ORDER_UPDATE, TRADE_NOTICE, POSITION_UPDATE, BUYING_POWER_UPDATE, LOCATE_INVENTORY_UPDATE);

    private ActivityTypes() {
    }
}
