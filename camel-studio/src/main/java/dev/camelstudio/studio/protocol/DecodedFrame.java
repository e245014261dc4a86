package dev.camelstudio.studio.protocol;

import java.time.Instant;
import java.util.Map;

/**
 * A frame decoded once, in one streaming pass: its text as received and what headers and sequencing need (type,
 * timestamp, sequence, account, and for orders and trades the order's id, status and version). The
 * {@link StudioMessage} record of a data message is built only when {@link #message()} is first asked for, so that a
 * route that takes the text does not pay for it. The map form ({@link #toMap()}) comes from the decoding pass when
 * the decoder was made to build it ({@link FrameDecoder#buildingMaps()}), else from reading the text when asked.
 *
 * <p>A data frame whose header fields are not all plain (a missing account, a version sent as a string) is bound into
 * its record at once, so that such a frame gets exactly the record's values and checks.
 */
public final class DecodedFrame {

    private static final WireEnumDeserializer ORDER_STATUSES = new WireEnumDeserializer(OrderStatus.class);

    private final String text;
    private final FrameEnvelope envelope;
    private final Long sequence;
    private final String accountId;
    private final String orderId;
    private final OrderStatus orderStatus;
    private final Long orderVersion;
    /**
     * Built at most once per thread that asks: the record is immutable (final fields), so two threads that race
     * build equal records and either may be kept.
     */
    private StudioMessage message;

    DecodedFrame(FrameEnvelope envelope) {
        this.text = envelope.frameText();
        this.envelope = envelope;
        MessageType type = envelope.type();
        if (type.isSequenced()) {
            sequence = envelope.requiredSequence();
            envelope.requireData();
            if (!plainHeaders(type, envelope)) {
                message = MessageMapper.toMessage(envelope);
            }
        } else {
            // Control and unknown messages carry no data to bind: their record costs nothing more than the fields.
            message = MessageMapper.toMessage(envelope);
            sequence = message.sequence();
        }
        if (message == null) {
            boolean order = type == MessageType.ORDER_UPDATE;
            accountId = envelope.dataAccountId();
            orderId = order || type == MessageType.TRADE_NOTICE ? envelope.orderId() : null;
            orderStatus = order ? (OrderStatus) ORDER_STATUSES.fromWire(envelope.status()) : null;
            orderVersion = order ? envelope.version() : null;
        } else {
            accountId = message.accountId();
            orderId = message instanceof OrderUpdate update ? update.order().orderId()
                    : message instanceof TradeNotice notice ? notice.trade().orderId() : null;
            orderStatus = message instanceof OrderUpdate update ? update.order().status() : null;
            orderVersion = message instanceof OrderUpdate update ? update.order().version() : null;
        }
    }

    /** Whether the fields the headers of this data type need are there and of the type the record would give. */
    private static boolean plainHeaders(MessageType type, FrameEnvelope envelope) {
        if (envelope.dataAccountId() == null) {
            return false;
        }
        return switch (type) {
            case ORDER_UPDATE -> envelope.orderId() != null && envelope.status() != null && envelope.version() != null;
            case TRADE_NOTICE -> envelope.orderId() != null;
            default -> true;
        };
    }

    /**
     * The frame's JSON text exactly as received.
     *
     * @return the frame text
     */
    public String text() {
        return text;
    }

    /**
     * The decoded record, built on first use.
     *
     * @return the record of the frame's type
     * @throws FrameDecodingException if the data does not fit the record of its type
     */
    public StudioMessage message() {
        StudioMessage built = message;
        if (built == null) {
            built = MessageMapper.toMessage(envelope);
            message = built;
        }
        return built;
    }

    /**
     * As {@link StudioMessage#type()}.
     *
     * @return the message type
     */
    public MessageType type() {
        return envelope.type();
    }

    /**
     * As {@link StudioMessage#rawType()}.
     *
     * @return the {@code payload.type} tag as received
     */
    public String rawType() {
        return envelope.rawType();
    }

    /**
     * As {@link StudioMessage#timestamp()}.
     *
     * @return when the server sent the frame
     */
    public Instant timestamp() {
        return envelope.timestamp();
    }

    /**
     * As {@link StudioMessage#sequence()}.
     *
     * @return the sequence number, or null when the message has none
     */
    public Long sequence() {
        return sequence;
    }

    /**
     * As {@link StudioMessage#accountId()}.
     *
     * @return the account ID, or null
     */
    public String accountId() {
        return accountId;
    }

    /**
     * The order's id of an {@code order-update} or {@code trade-notice}; null for other types.
     *
     * @return the order ID, or null
     */
    public String orderId() {
        return orderId;
    }

    /**
     * The order's status of an {@code order-update}; null for other types.
     *
     * @return the order status, or null
     */
    public OrderStatus orderStatus() {
        return orderStatus;
    }

    /**
     * The order's version of an {@code order-update}; null for other types.
     *
     * @return the order version, or null
     */
    public Long orderVersion() {
        return orderVersion;
    }

    /**
     * The whole frame as plain Java values, as {@link FrameDecoder#decodeToMap(String)} gives them. A frame from a
     * decoder made by {@link FrameDecoder#buildingMaps()} gives the map built in its decoding pass, the same map on
     * every call; any other frame reads its text into a new map on each call.
     *
     * @return the frame's members by name
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = envelope.map();
        return map != null ? map : FrameEnvelope.read(text, true).map();
    }
}
