package dev.camelstudio.studio;

import org.apache.camel.spi.Metadata;

/** The headers the Studio consumer sets on each Exchange, so that routes can filter and route without parsing. */
public final class StudioConstants {

    /** The scheme of the component. */
    public static final String SCHEME = "studio";

    @Metadata(description = "The message type, typed; UNKNOWN for a type this version does not know.",
            javaType = "dev.camelstudio.studio.protocol.MessageType")
    public static final String MESSAGE_TYPE = "CamelStudioMessageType";

    @Metadata(description = "The message type tag exactly as received, e.g. order-update.", javaType = "String")
    public static final String RAW_MESSAGE_TYPE = "CamelStudioRawMessageType";

    @Metadata(description = "When the server sent the message (the frame's timestamp). Camel's "
            + "CamelMessageTimestamp header carries the same instant in epoch milliseconds.",
            javaType = "java.time.Instant")
    public static final String TIMESTAMP = "CamelStudioTimestamp";

    @Metadata(description = "The account's sequence number of a sequenced message (order, trade, position, "
            + "buying power, locate inventory updates); absent on other messages.",
            javaType = "Long")
    public static final String SEQUENCE = "CamelStudioSequence";

    @Metadata(description = "Whether the message is part of the replay Studio sends after each subscribe "
            + "(true until the account's replay-complete arrives).",
            javaType = "Boolean")
    public static final String REPLAY = "CamelStudioReplay";

    @Metadata(description = "How many sequences are missing just before this message: a gap that Studio's replay "
            + "could not fill (see gapHandling). Absent when nothing is missing.",
            javaType = "Long")
    public static final String MISSING_BEFORE = "CamelStudioMissingBefore";

    @Metadata(description = "The account the message is about (the subscribed account for control messages).",
            javaType = "String")
    public static final String ACCOUNT_ID = "CamelStudioAccountId";

    @Metadata(description = "The channel the message came on, e.g. activity.", javaType = "String")
    public static final String CHANNEL = "CamelStudioChannel";

    @Metadata(description = "An id of the WebSocket connection the message came on, unique in this JVM; it "
            + "changes when the consumer connects again.",
            javaType = "String")
    public static final String CONNECTION_ID = "CamelStudioConnectionId";

    @Metadata(description = "The order id, on order updates and trade notices.", javaType = "String")
    public static final String ORDER_ID = "CamelStudioOrderId";

    @Metadata(description = "The order status, on order updates.",
            javaType = "dev.camelstudio.studio.protocol.OrderStatus")
    public static final String ORDER_STATUS = "CamelStudioOrderStatus";

    @Metadata(description = "The order version (higher is newer), on order updates.", javaType = "Long")
    public static final String ORDER_VERSION = "CamelStudioOrderVersion";

    private StudioConstants() {
    }
}
