package dev.camelstudio.studio.protocol;

/** Builds the {@link StudioMessage} record that matches the type of a checked frame. */
final class MessageMapper {

    private MessageMapper() {
    }

    static StudioMessage toMessage(FrameEnvelope frame) {
        return switch (frame.type()) {
            case SUBSCRIBE_ACTIVITY_ACK -> new SubscribeAck(frame.timestamp(), frame.payloadAccountId(),
                    frame.success(), frame.details());
            case REPLAY_COMPLETE -> new ReplayComplete(frame.timestamp(), frame.payloadAccountId());
            case ORDER_UPDATE -> new OrderUpdate(frame.timestamp(), frame.requiredSequence(),
                    frame.data(Order.class));
            case TRADE_NOTICE -> new TradeNotice(frame.timestamp(), frame.requiredSequence(),
                    frame.data(Trade.class));
            case POSITION_UPDATE -> new PositionUpdate(frame.timestamp(), frame.requiredSequence(),
                    frame.data(Position.class));
            case BUYING_POWER_UPDATE -> new BuyingPowerUpdate(frame.timestamp(), frame.requiredSequence(),
                    frame.data(BuyingPower.class));
            case LOCATE_INVENTORY_UPDATE -> new LocateInventoryUpdate(frame.timestamp(), frame.requiredSequence(),
                    frame.data(LocateInventory.class));
            case HEARTBEAT -> new Heartbeat(frame.timestamp(), frame.details());
            case ERROR_NOTICE -> new ErrorNotice(frame.timestamp(), frame.details());
            case UNKNOWN -> new Unknown(frame.rawType(), frame.timestamp(), frame.optionalSequence(),
                    frame.frameText());
        };
    }
}
