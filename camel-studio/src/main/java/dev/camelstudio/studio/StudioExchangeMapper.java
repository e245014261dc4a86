package dev.camelstudio.studio;

import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.protocol.Order;
import dev.camelstudio.studio.protocol.OrderUpdate;
import dev.camelstudio.studio.protocol.StudioMessage;
import dev.camelstudio.studio.protocol.TradeNotice;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Puts one received Studio message on a Camel message: the body in the form asked for, and the typed headers. */
final class StudioExchangeMapper {

    private final StudioBodyType bodyType;
    private final String channel;
    private final String defaultAccountId;

    /**
     * @param defaultAccountId the account to name on messages that name none (heartbeats, error notices)
     */
    StudioExchangeMapper(StudioBodyType bodyType, String channel, String defaultAccountId) {
        this.bodyType = bodyType;
        this.channel = channel;
        this.defaultAccountId = defaultAccountId;
    }

    void apply(InboundMessage inbound, long missingBefore, Message target) {
        StudioMessage message = inbound.message();
        target.setBody(body(inbound));
        target.setHeader(StudioConstants.MESSAGE_TYPE, message.type());
        target.setHeader(StudioConstants.RAW_MESSAGE_TYPE, message.rawType());
        target.setHeader(StudioConstants.TIMESTAMP, message.timestamp());
        target.setHeader(Exchange.MESSAGE_TIMESTAMP, message.timestamp().toEpochMilli());
        target.setHeader(StudioConstants.ACCOUNT_ID,
                inbound.accountId() != null ? inbound.accountId() : defaultAccountId);
        target.setHeader(StudioConstants.CHANNEL, channel);
        target.setHeader(StudioConstants.CONNECTION_ID, inbound.connectionId());
        target.setHeader(StudioConstants.REPLAY, inbound.replay());
        if (message.sequence() != null) {
            target.setHeader(StudioConstants.SEQUENCE, message.sequence());
        }
        if (missingBefore > 0) {
            target.setHeader(StudioConstants.MISSING_BEFORE, missingBefore);
        }
        if (message instanceof OrderUpdate update) {
            Order order = update.order();
            target.setHeader(StudioConstants.ORDER_ID, order.orderId());
            target.setHeader(StudioConstants.ORDER_STATUS, order.status());
            target.setHeader(StudioConstants.ORDER_VERSION, order.version());
        } else if (message instanceof TradeNotice notice) {
            target.setHeader(StudioConstants.ORDER_ID, notice.trade().orderId());
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
