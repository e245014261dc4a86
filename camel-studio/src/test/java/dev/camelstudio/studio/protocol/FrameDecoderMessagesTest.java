package dev.camelstudio.studio.protocol;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Decodes the example frame of every message type in docs/protocol.md §4 and checks every field. */
class FrameDecoderMessagesTest {

    private final FrameDecoder decoder = new FrameDecoder();

    @Test
    void subscribeAckWithAccountId() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076847030,
                  "payload": { "type": "subscribe-activity-ack", "account_id": "100000",
                               "success": true, "details": "Subscribed successfully" } }
                """);

        assertThat(message).isEqualTo(new SubscribeAck(at(1711076847030L), "100000", true, "Subscribed successfully"));
        assertUnsequenced(message, MessageType.SUBSCRIBE_ACTIVITY_ACK);
        assertThat(message.accountId()).isEqualTo("100000");
    }

    @Test
    void failedSubscribeAck() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076847031,
                  "payload": { "type": "subscribe-activity-ack", "account_id": "100001",
                               "success": false, "details": "Not authorized for account" } }
                """);

        assertThat(message).isEqualTo(
                new SubscribeAck(at(1711076847031L), "100001", false, "Not authorized for account"));
    }

    @Test
    void subscribeAckWithoutAccountIdAsInTheGuide() {
        StudioMessage message = decoder.decode("{\"timestamp\":1711073665833,\"payload\":{\"type\":"
                + "\"subscribe-activity-ack\",\"success\":true,\"details\":\"Successfully subscribed\"}}");

        assertThat(message).isEqualTo(new SubscribeAck(at(1711073665833L), null, true, "Successfully subscribed"));
        assertThat(message.accountId()).isNull();
    }

    @Test
    void replayComplete() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076847100, "payload": { "type": "replay-complete" } }
                """);

        assertThat(message).isEqualTo(new ReplayComplete(at(1711076847100L), null));
        assertUnsequenced(message, MessageType.REPLAY_COMPLETE);
    }

    @Test
    void replayCompleteWithAccountId() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076847100, "payload": { "type": "replay-complete", "account_id": "100000" } }
                """);

        assertThat(message).isEqualTo(new ReplayComplete(at(1711076847100L), "100000"));
        assertThat(message.accountId()).isEqualTo("100000");
    }

    @Test
    void orderUpdate() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076850000, "sequence": 3,
                  "payload": { "type": "order-update",
                    "data": { "created_at": 1711076849000, "updated_at": 1711076850000,
                      "order_id": "12390213", "reference_id": "my-order-1", "version": 2,
                      "account_id": "100000", "account_number": "ACC0001",
                      "state": "open", "status": "partially-filled", "symbol": "AAPL",
                      "order_type": "limit", "side": "buy", "quantity": "100", "price": "123.45",
                      "time_in_force": "day", "average_price": 123.40, "filled_quantity": "40",
                      "order_update_reason": "execution-report", "text": "",
                      "strategy": { "type": "sor", "urgency": "moderate" }, "running_position": "40" } } }
                """);

        Order expectedOrder = new Order(at(1711076849000L), at(1711076850000L), "12390213", "my-order-1", 2,
                "100000", "ACC0001", OrderState.OPEN, OrderStatus.PARTIALLY_FILLED, "AAPL", OrderType.LIMIT,
                OrderSide.BUY, new BigDecimal("100"), new BigDecimal("123.45"), null, TimeInForce.DAY,
                new BigDecimal("123.40"), new BigDecimal("40"), OrderUpdateReason.EXECUTION_REPORT, "",
                new Strategy(StrategyType.SOR, null, null, Urgency.MODERATE, null, null, null, null),
                new BigDecimal("40"), null);
        assertThat(message).isEqualTo(new OrderUpdate(at(1711076850000L), 3L, expectedOrder));
        assertSequenced(message, MessageType.ORDER_UPDATE, 3);
        assertThat(message.accountId()).isEqualTo("100000");
        // Record equality uses BigDecimal.equals, so the scale of 123.40 is checked as well.
        assertThat(((OrderUpdate) message).order().averagePrice().scale()).isEqualTo(2);
    }

    @Test
    void tradeNotice() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076850001, "sequence": 4,
                  "payload": { "type": "trade-notice",
                    "data": { "created_at": 1711076850000, "account_id": "100000", "account_number": "ACC0001",
                      "trade_id": "55501", "order_id": "12390213", "symbol": "AAPL", "side": "buy",
                      "quantity": "40", "price": "123.40", "running_position": "40" } } }
                """);

        Trade expectedTrade = new Trade(at(1711076850000L), "100000", "ACC0001", "55501", "12390213", "AAPL",
                OrderSide.BUY, new BigDecimal("40"), new BigDecimal("123.40"), new BigDecimal("40"));
        assertThat(message).isEqualTo(new TradeNotice(at(1711076850001L), 4L, expectedTrade));
        assertSequenced(message, MessageType.TRADE_NOTICE, 4);
        assertThat(message.accountId()).isEqualTo("100000");
    }

    @Test
    void positionUpdate() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076850002, "sequence": 5,
                  "payload": { "type": "position-update",
                    "data": { "account_id": "100000", "account_number": "ACC0001", "symbol": "AAPL",
                              "quantity": "40", "average_cost": 123.40 } } }
                """);

        Position expectedPosition = new Position("100000", "ACC0001", "AAPL", new BigDecimal("40"),
                new BigDecimal("123.40"));
        assertThat(message).isEqualTo(new PositionUpdate(at(1711076850002L), 5L, expectedPosition));
        assertSequenced(message, MessageType.POSITION_UPDATE, 5);
        assertThat(message.accountId()).isEqualTo("100000");
    }

    @Test
    void buyingPowerUpdate() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076850003, "sequence": 6,
                  "payload": { "type": "buying-power-update",
                    "data": { "account_id": "100000", "account_number": "ACC0001", "amount": 250000.0 } } }
                """);

        assertThat(message).isEqualTo(new BuyingPowerUpdate(at(1711076850003L), 6L,
                new BuyingPower("100000", "ACC0001", new BigDecimal("250000.0"))));
        assertSequenced(message, MessageType.BUYING_POWER_UPDATE, 6);
        assertThat(message.accountId()).isEqualTo("100000");
    }

    @Test
    void locateInventoryUpdate() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076850004, "sequence": 7,
                  "payload": { "type": "locate-inventory-update",
                    "data": { "account_id": "100000", "account_number": "ACC0001", "symbol": "XOM",
                              "available": "1000", "reserved": "0", "used": "200" } } }
                """);

        LocateInventory expectedInventory = new LocateInventory("100000", "ACC0001", "XOM", new BigDecimal("1000"),
                new BigDecimal("0"), new BigDecimal("200"));
        assertThat(message).isEqualTo(new LocateInventoryUpdate(at(1711076850004L), 7L, expectedInventory));
        assertSequenced(message, MessageType.LOCATE_INVENTORY_UPDATE, 7);
        assertThat(message.accountId()).isEqualTo("100000");
    }

    @Test
    void heartbeatWithoutDetails() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076847030, "payload": { "type": "heartbeat" } }
                """);

        assertThat(message).isEqualTo(new Heartbeat(at(1711076847030L), null));
        assertUnsequenced(message, MessageType.HEARTBEAT);
        assertThat(message.accountId()).isNull();
    }

    @Test
    void heartbeatWithDetails() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1711076847030, "payload": { "type": "heartbeat", "details": "alive" } }
                """);

        assertThat(message).isEqualTo(new Heartbeat(at(1711076847030L), "alive"));
    }

    @Test
    void errorNotice() {
        StudioMessage message = decoder
                .decode("""
                        { "timestamp": 1711076847030, "payload": { "type": "error-notice", "details": "Idled too long; please reconnect" } }
                        """);

        assertThat(message).isEqualTo(new ErrorNotice(at(1711076847030L), "Idled too long; please reconnect"));
        assertUnsequenced(message, MessageType.ERROR_NOTICE);
        assertThat(message.accountId()).isNull();
    }

    @Test
    void unknownTypeIsDeliveredWithItsRawFrame() {
        String frame = "{\"timestamp\":1711076847030,\"payload\":{\"type\":\"margin-call\",\"data\":{\"x\":[1,2]}}}";

        StudioMessage message = decoder.decode(frame);

        assertThat(message).isEqualTo(new Unknown("margin-call", at(1711076847030L), null, frame));
        assertThat(message.type()).isEqualTo(MessageType.UNKNOWN);
        assertThat(message.rawType()).isEqualTo("margin-call");
        assertThat(message.accountId()).isNull();
    }

    @Test
    void unknownTypeKeepsItsSequenceBecauseItMayBeANewSequencedType() {
        StudioMessage message = decoder.decode(
                "{\"timestamp\":1,\"sequence\":9,\"payload\":{\"type\":\"margin-call\"}}");

        assertThat(message.sequence()).isEqualTo(9L);
    }

    @Test
    void clientRequestTypeEchoedBackIsUnknown() {
        StudioMessage message = decoder.decode(
                "{\"timestamp\":1,\"payload\":{\"type\":\"subscribe-activity\",\"account_id\":\"100000\"}}");

        assertThat(message.type()).isEqualTo(MessageType.UNKNOWN);
        assertThat(message.rawType()).isEqualTo("subscribe-activity");
    }

    @Test
    void sequenceOnAnUnsequencedTypeIsIgnored() {
        StudioMessage message = decoder.decode(
                "{\"timestamp\":1,\"sequence\":12,\"payload\":{\"type\":\"heartbeat\"}}");

        assertThat(message.sequence()).isNull();
    }

    private static Instant at(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis);
    }

    private static void assertSequenced(StudioMessage message, MessageType type, long sequence) {
        assertThat(message.type()).isEqualTo(type);
        assertThat(message.rawType()).isEqualTo(type.tag());
        assertThat(message.sequence()).isEqualTo(sequence);
    }

    private static void assertUnsequenced(StudioMessage message, MessageType type) {
        assertThat(message.type()).isEqualTo(type);
        assertThat(message.rawType()).isEqualTo(type.tag());
        assertThat(message.sequence()).isNull();
    }
}
