package dev.camelstudio.simulator.activity;

import java.util.Set;

/** The {@code payload.type} tags of the activity channel (docs/protocol.md §3.2, §4). */
public final class ActivityTypes {

    public static final String SUBSCRIBE_ACTIVITY = "subscribe-activity";
    public static final String SUBSCRIBE_ACTIVITY_ACK = "subscribe-activity-ack";
    public static final String REPLAY_COMPLETE = "replay-complete";
    public static final String HEARTBEAT = "heartbeat";
    public static final String ERROR_NOTICE = "error-notice";
    public static final String ORDER_UPDATE = "order-update";
    public static final String TRADE_NOTICE = "trade-notice";
    public static final String POSITION_UPDATE = "position-update";
    public static final String BUYING_POWER_UPDATE = "buying-power-update";
    public static final String LOCATE_INVENTORY_UPDATE = "locate-inventory-update";

    /** The types that carry a {@code sequence} and are replayed on subscribe. */
    public static final Set<String> SEQUENCED = Set.of(
            ORDER_UPDATE, TRADE_NOTICE, POSITION_UPDATE, BUYING_POWER_UPDATE, LOCATE_INVENTORY_UPDATE);

    private ActivityTypes() {
    }
}
