package dev.camelstudio.studio.protocol;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How field values are read: decimals, enums, optional and unknown fields, required fields. */
class FrameDecoderValuesTest {

    private final FrameDecoder decoder = new FrameDecoder();

    @Test
    void decimalsAreReadExactlyFromStringsAndNumbers() {
        Order order = decodeOrder("""
                "quantity": 100, "price": 123.450, "stop_price": "0.1234567890123456789",
                "average_price": "123.40", "filled_quantity": "1e3", "running_position": -40.0
                """);

        assertThat(order.quantity()).isEqualTo(new BigDecimal("100"));
        assertThat(order.price()).isEqualTo(new BigDecimal("123.450"));
        assertThat(order.stopPrice()).isEqualTo(new BigDecimal("0.1234567890123456789"));
        assertThat(order.averagePrice()).isEqualTo(new BigDecimal("123.40"));
        assertThat(order.filledQuantity()).isEqualByComparingTo("1000");
        assertThat(order.runningPosition()).isEqualTo(new BigDecimal("-40.0"));
    }

    @Test
    void optionalFieldsMayBeAbsentOrNull() {
        Order order = decodeOrder("\"price\": null");

        assertThat(order.referenceId()).isNull();
        assertThat(order.price()).isNull();
        assertThat(order.stopPrice()).isNull();
        assertThat(order.averagePrice()).isNull();
        assertThat(order.orderUpdateReason()).isNull();
        assertThat(order.text()).isNull();
        assertThat(order.strategy()).isNull();
        assertThat(order.openCloseIndicator()).isNull();
    }

    @Test
    void unknownEnumValuesBecomeUnknown() {
        Order order = decodeOrder("""
                "state": "pending", "status": "parked", "order_type": "trailing-stop", "side": "buy-to-cover",
                "time_in_force": "gtc", "order_update_reason": "expire", "open_close_indicator": "roll",
                "strategy": { "type": "iceberg", "urgency": "frantic" }
                """);

        assertThat(order.state()).isEqualTo(OrderState.UNKNOWN);
        assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(order.orderType()).isEqualTo(OrderType.UNKNOWN);
        assertThat(order.side()).isEqualTo(OrderSide.UNKNOWN);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.UNKNOWN);
        assertThat(order.orderUpdateReason()).isEqualTo(OrderUpdateReason.UNKNOWN);
        assertThat(order.openCloseIndicator()).isEqualTo(OpenCloseIndicator.UNKNOWN);
        assertThat(order.strategy().type()).isEqualTo(StrategyType.UNKNOWN);
        assertThat(order.strategy().urgency()).isEqualTo(Urgency.UNKNOWN);
    }

    @Test
    void everyStrategyFieldIsRead() {
        Order order = decodeOrder("""
                "strategy": { "type": "pov", "start_at": 1711076849000, "end_at": 1711080449000,
                              "urgency": "super-aggressive", "min_percent": 5, "max_percent": 20,
                              "target_percent": 10, "destination": "xnys" },
                "open_close_indicator": "close"
                """);

        assertThat(order.strategy()).isEqualTo(new Strategy(StrategyType.POV, Instant.ofEpochMilli(1711076849000L),
                Instant.ofEpochMilli(1711080449000L), Urgency.SUPER_AGGRESSIVE, 5, 20, 10, "xnys"));
        assertThat(order.openCloseIndicator()).isEqualTo(OpenCloseIndicator.CLOSE);
    }

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1, "sequence": 2, "channel": "activity", "extra": { "a": [1, 2] },
                  "payload": { "type": "order-update", "extra": true,
                    "data": { %s, "new_field": "x", "strategy": { "type": "sor", "new_field": [] } } } }
                """.formatted(REQUIRED_ORDER_FIELDS));

        Order order = ((OrderUpdate) message).order();
        assertThat(order.orderId()).isEqualTo("1");
        assertThat(order.strategy().type()).isEqualTo(StrategyType.SOR);
    }

    @Test
    void buyingPowerIsAlsoReadFromTheFieldNameOfTheRestSchema() {
        StudioMessage message = decoder.decode("""
                { "timestamp": 1, "sequence": 2,
                  "payload": { "type": "buying-power-update",
                               "data": { "account_id": "100000", "buying_power": "1000.50" } } }
                """);

        assertThat(((BuyingPowerUpdate) message).buyingPower())
                .isEqualTo(new BuyingPower("100000", null, new BigDecimal("1000.50")));
    }

    @Test
    void missingRequiredDataFieldIsRejectedByName() {
        String frame = orderFrame(REQUIRED_ORDER_FIELDS.replace("\"order_id\": \"1\",", ""));

        assertThatThrownBy(() -> decoder.decode(frame))
                .isInstanceOf(FrameDecodingException.class)
                .hasMessageStartingWith("field 'payload.data' does not fit Order: ")
                .hasMessageContaining("order_id is required");
    }

    @Test
    void missingVersionIsRejectedRatherThanReadAsZero() {
        String frame = orderFrame(REQUIRED_ORDER_FIELDS.replace("\"version\": 1,", ""));

        assertThatThrownBy(() -> decoder.decode(frame))
                .isInstanceOf(FrameDecodingException.class)
                .hasMessageStartingWith("field 'payload.data.version' does not fit Order: ");
    }

    @Test
    void valuesOfTheWrongJsonTypeAreRejected() {
        assertFieldDoesNotFit("\"side\": 1", "side");
        assertFieldDoesNotFit("\"price\": \"twelve\"", "price");
        assertFieldDoesNotFit("\"price\": {}", "price");
        assertFieldDoesNotFit("\"updated_at\": \"2024-03-22T02:00:00Z\"", "updated_at");
        assertFieldDoesNotFit("\"version\": 2.5", "version");
        assertFieldDoesNotFit("\"strategy\": { \"min_percent\": 5.5 }", "strategy.min_percent");
    }

    private static final String REQUIRED_ORDER_FIELDS = """
            "created_at": 1, "updated_at": 2, "order_id": "1", "version": 1, "account_id": "100000",
            "account_number": "ACC0001", "state": "open", "status": "new", "symbol": "AAPL",
            "order_type": "market", "side": "sell-short", "quantity": "1", "time_in_force": "ioc",
            "filled_quantity": "0", "running_position": "0"
            """;

    /** Decodes an order frame with all required fields, overridden or extended by {@code fields}. */
    private Order decodeOrder(String fields) {
        return ((OrderUpdate) decoder.decode(orderFrameWith(fields))).order();
    }

    /** An order frame with all required fields; later duplicates of a field override earlier ones. */
    private static String orderFrameWith(String fields) {
        return orderFrame(REQUIRED_ORDER_FIELDS + ", " + fields);
    }

    private static String orderFrame(String dataFields) {
        return "{\"timestamp\": 1, \"sequence\": 1, \"payload\": {\"type\": \"order-update\", \"data\": {"
                + dataFields + "}}}";
    }

    private void assertFieldDoesNotFit(String field, String expectedPath) {
        assertThatThrownBy(() -> decoder.decode(orderFrameWith(field)))
                .isInstanceOf(FrameDecodingException.class)
                .hasMessageStartingWith("field 'payload.data." + expectedPath + "' does not fit Order: ");
    }
}
