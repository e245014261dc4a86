package dev.camelstudio.studio;

import org.apache.camel.spi.Metadata;

/** The headers the Studio consumer sets on each Exchange, so that routes can filter and route without parsing. */
public final class StudioConstants {

    /** The scheme of the component. */
    public static final String SCHEME = "studio";

    /** Header: the message type, a {@link dev.camelstudio.studio.protocol.MessageType}. */
    @Metadata(description = "The message type, typed; UNKNOWN for a type this version does not know.",
            javaType = "dev.camelstudio.studio.protocol.MessageType")
    public static final String MESSAGE_TYPE = "CamelStudioMessageType";

    /** Header: the message type tag as received, a String. */
    @Metadata(description = "The message type tag exactly as received, e.g. order-update.", javaType = "String")
    public static final String RAW_MESSAGE_TYPE = "CamelStudioRawMessageType";

    /** Header: when the server sent the message, an {@link java.time.Instant}. */
    @Metadata(description = "When the server sent the message (the frame's timestamp). Camel's "
            + "CamelMessageTimestamp header carries the same instant in epoch milliseconds.",
            javaType = "java.time.Instant")
    public static final String TIMESTAMP = "CamelStudioTimestamp";

    /** Header: the sequence number of a sequenced message, a Long. */
    @Metadata(description = "The account's sequence number of a sequenced message (order, trade, position, "
            + "buying power, locate inventory updates); absent on other messages.",
            javaType = "Long")
    public static final String SEQUENCE = "CamelStudioSequence";

    /** Header: whether the message belongs to the replay after a subscribe, a Boolean. */
    @Metadata(description = "Whether the message is part of the replay Studio sends after each subscribe "
            + "(true until the account's replay-complete arrives).",
            javaType = "Boolean")
    public static final String REPLAY = "CamelStudioReplay";

    /** Header: how many sequences are missing just before the message, a Long; set only when some are. */
    @Metadata(description = "How many sequences are missing just before this message: a gap that Studio's replay "
            + "could not fill (see gapHandling). Absent when nothing is missing.",
            javaType = "Long")
    public static final String MISSING_BEFORE = "CamelStudioMissingBefore";

    /** Header: the account the message is about, a String. */
    @Metadata(description = "The account the message is about (the subscribed account for control messages).",
            javaType = "String")
    public static final String ACCOUNT_ID = "CamelStudioAccountId";

    /** Header: the channel the message came on, a String. */
    @Metadata(description = "The channel the message came on, e.g. activity.", javaType = "String")
    public static final String CHANNEL = "CamelStudioChannel";

    /** Header: the id of the WebSocket connection the message came on, a String. */
    @Metadata(description = "An id of the WebSocket connection the message came on, unique in this JVM; it "
            + "changes when the consumer connects again.",
            javaType = "String")
    public static final String CONNECTION_ID = "CamelStudioConnectionId";

    /** Header: the order id of an order update or trade notice, a String. */
    @Metadata(description = "The order id, on order updates and trade notices.", javaType = "String")
    public static final String ORDER_ID = "CamelStudioOrderId";

    /** Header: the status of an order update, a {@link dev.camelstudio.studio.protocol.OrderStatus}. */
    @Metadata(description = "The order status, on order updates.",
            javaType = "dev.camelstudio.studio.protocol.OrderStatus")
    public static final String ORDER_STATUS = "CamelStudioOrderStatus";

    /** Header: the order version of an order update (higher is newer), a Long. */
    @Metadata(description = "The order version (higher is newer), on order updates.", javaType = "Long")
    public static final String ORDER_VERSION = "CamelStudioOrderVersion";

    private StudioConstants() {
    }
}
