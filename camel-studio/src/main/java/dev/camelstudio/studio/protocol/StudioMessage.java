package dev.camelstudio.studio.protocol;

import java.time.Instant;

/**
 * One decoded server-to-client frame of the activity channel (docs/protocol.md §3.2, §4). There is one record
 * per {@link MessageType}; a frame with an unknown type becomes {@link Unknown} so that it is delivered
 * rather than dropped.
 */
public sealed interface StudioMessage
        permits SubscribeAck, ReplayComplete, OrderUpdate, TradeNotice, PositionUpdate, BuyingPowerUpdate,
        LocateInventoryUpdate, Heartbeat, ErrorNotice, Unknown {

    /**
     * The message type.
     *
     * @return the message type
     */
    MessageType type();

    /**
     * The {@code payload.type} tag as received.
     *
     * @return the {@code payload.type} tag as received
     */
    default String rawType() {
        return type().tag();
    }

    /**
     * When the server sent the frame (top-level {@code timestamp}); never null.
     *
     * @return when the server sent the frame
     */
    Instant timestamp();

    /**
     * The top-level {@code sequence}: never null when {@code type().isSequenced()}, always null for the other
     * known types (the server does not sequence them, so a stray value is ignored). {@link Unknown} reports
     * it when the frame has one, because an unknown type may be a new sequenced type.
     *
     * @return the sequence number, or null when the message has none
     */
    default Long sequence() {
        return null;
    }

    /**
     * The account the message is about, or null when the message names none.
     *
     * @return the account ID, or null
     */
    default String accountId() {
        return null;
    }
}
