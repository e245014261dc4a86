package dev.camelstudio.studio;

import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.protocol.DecodedFrame;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Puts one received Studio message on a Camel message: the body in the form asked for, and the typed headers. This is
 * how {@link StudioConsumer} fills the Exchange of each message before its route runs.
 *
 * <p>Public only so that the benchmarks can measure the consumer's hot path with it; it is not a stable API and may
 * change in any release.
 */
public final class StudioExchangeMapper {

    private final StudioBodyType bodyType;
    private final String channel;
    private final String defaultAccountId;

    /**
     * A mapper for one endpoint.
     *
     * @param bodyType         the form of the body: the text, the record or the map
     * @param channel          the channel's URI name, for the {@link StudioConstants#CHANNEL} header
     * @param defaultAccountId the account to name on messages that name none (heartbeats, error notices)
     */
    public StudioExchangeMapper(StudioBodyType bodyType, String channel, String defaultAccountId) {
        this.bodyType = bodyType;
        this.channel = channel;
        this.defaultAccountId = defaultAccountId;
    }

    /**
     * Sets the body and the headers of one received message.
     *
     * @param  inbound                                               the message as received
     * @param  missingBefore                                         how many sequences of its account are missing
     *                                                               just before it (a gap replay could not fill); 0
     *                                                               when none are
     * @param  target                                                the Camel message to fill
     * @throws dev.camelstudio.studio.protocol.FrameDecodingException with {@code bodyType=message}, if the frame's
     *                                                               data does not fit its record
     */
    public void apply(InboundMessage inbound, long missingBefore, Message target) {
        DecodedFrame frame = inbound.frame();
        target.setBody(body(inbound));
        target.setHeader(StudioConstants.MESSAGE_TYPE, frame.type());
        target.setHeader(StudioConstants.RAW_MESSAGE_TYPE, frame.rawType());
        target.setHeader(StudioConstants.TIMESTAMP, frame.timestamp());
        target.setHeader(Exchange.MESSAGE_TIMESTAMP, frame.timestamp().toEpochMilli());
        target.setHeader(StudioConstants.ACCOUNT_ID,
                inbound.accountId() != null ? inbound.accountId() : defaultAccountId);
        target.setHeader(StudioConstants.CHANNEL, channel);
        target.setHeader(StudioConstants.CONNECTION_ID, inbound.connectionId());
        target.setHeader(StudioConstants.REPLAY, inbound.replay());
        if (frame.sequence() != null) {
            target.setHeader(StudioConstants.SEQUENCE, frame.sequence());
        }
        if (missingBefore > 0) {
            target.setHeader(StudioConstants.MISSING_BEFORE, missingBefore);
        }
        if (frame.orderId() != null) {
            target.setHeader(StudioConstants.ORDER_ID, frame.orderId());
        }
        if (frame.orderStatus() != null) {
            target.setHeader(StudioConstants.ORDER_STATUS, frame.orderStatus());
            target.setHeader(StudioConstants.ORDER_VERSION, frame.orderVersion());
        }
    }

    private Object body(InboundMessage inbound) {
        switch (bodyType) {
            case MESSAGE:
                return inbound.message();
            case MAP:
                return inbound.frame().toMap();
            case JSON:
            default:
                return inbound.frame().text();
        }
    }
}
