package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;

import dev.camelstudio.simulator.activity.OrderRequest.OrderType;
import dev.camelstudio.simulator.activity.OrderRequest.Side;
import dev.camelstudio.simulator.activity.OrderRequest.TimeInForce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityEventsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Account ACCOUNT = new Account("100000", "ACC0001", new BigDecimal("250000.00"));
    private static final long PLACED_AT = 1_711_076_849_000L;
    private static final long FILLED_AT = 1_711_076_850_000L;

    @Test
    void orderUpdateCarriesEveryOrderFieldWithItsJsonType() throws JsonProcessingException {
        SimOrder placed = SimOrder.place("12390213", ACCOUNT,
                OrderRequest.limit("my-order-1", "AAPL", Side.BUY, new BigDecimal("100"), new BigDecimal("123.45")),
                PLACED_AT);
        SimOrder partlyFilled = placed.fill(new BigDecimal("40"), new BigDecimal("123.40"), FILLED_AT);

        ActivityEvent event = ActivityEvents.orderUpdate(partlyFilled, new BigDecimal("40"));

        assertThat(event.type()).isEqualTo("order-update");
        ProtocolSchema.assertConforms(event);
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(event.data()));
        assertThat(json).isEqualTo(MAPPER.readTree("""
                { "created_at": 1711076849000, "updated_at": 1711076850000,
                  "order_id": "12390213", "reference_id": "my-order-1", "version": 2,
                  "account_id": "100000", "account_number": "ACC0001",
                  "state": "open", "status": "partially-filled", "symbol": "AAPL",
                  "order_type": "limit", "side": "buy", "quantity": "100", "price": "123.45",
                  "time_in_force": "day", "average_price": 123.40, "filled_quantity": "40",
                  "order_update_reason": "execution-report", "text": "",
                  "strategy": { "type": "sor", "urgency": "moderate" }, "running_position": "40" }
                """));
    }

    @Test
    void averagePriceIsWrittenAsAPlainJsonNumber() throws JsonProcessingException {
        SimOrder filled = SimOrder.place("1", ACCOUNT,
                OrderRequest.limit("r", "AAPL", Side.BUY, new BigDecimal("100"), new BigDecimal("123.40")), PLACED_AT)
                .fill(new BigDecimal("100"), new BigDecimal("123.40"), FILLED_AT);

        String text = MAPPER.writeValueAsString(ActivityEvents.orderUpdate(filled, new BigDecimal("100")).data());

        assertThat(text).contains("\"average_price\":123.40", "\"filled_quantity\":\"100\"");
    }

    @Test
    void pricesFollowTheOrderType() {
        OrderRequest market = new OrderRequest("r1", "XOM", Side.SELL, OrderType.MARKET, TimeInForce.DAY,
                new BigDecimal("10"), null, null, OrderStrategy.dma(OrderStrategy.Destination.XNYS));
        OrderRequest stopLimit = new OrderRequest("r2", "XOM", Side.SELL_SHORT, OrderType.STOP_LIMIT,
                TimeInForce.DAY_PLUS, new BigDecimal("10"), new BigDecimal("109.95"), new BigDecimal("110.00"),
                OrderStrategy.sor(null));

        JsonNode marketData = ActivityEvents.orderUpdate(SimOrder.place("1", ACCOUNT, market, PLACED_AT),
                BigDecimal.ZERO).data();
        JsonNode stopLimitData = ActivityEvents.orderUpdate(SimOrder.place("2", ACCOUNT, stopLimit, PLACED_AT),
                BigDecimal.ZERO).data();

        assertThat(marketData.has("price")).isFalse();
        assertThat(marketData.has("stop_price")).isFalse();
        assertThat(marketData.get("average_price").isNumber()).isTrue();
        assertThat(marketData.get("strategy")).hasToString("{\"type\":\"dma\",\"destination\":\"xnys\"}");
        assertThat(stopLimitData.get("price").asText()).isEqualTo("109.95");
        assertThat(stopLimitData.get("stop_price").asText()).isEqualTo("110.00");
        assertThat(stopLimitData.get("side").asText()).isEqualTo("sell-short");
        assertThat(stopLimitData.get("order_type").asText()).isEqualTo("stop-limit");
        assertThat(stopLimitData.get("time_in_force").asText()).isEqualTo("day-plus");
        assertThat(stopLimitData.get("strategy")).hasToString("{\"type\":\"sor\"}");
    }

    @Test
    void rejectedOrderSaysWhyInText() {
        SimOrder rejected = SimOrder.place("1", ACCOUNT,
                OrderRequest.limit("r", "KO", Side.BUY, BigDecimal.TEN, new BigDecimal("62.00")), PLACED_AT)
                .reject("Trading in the symbol is halted", FILLED_AT);

        ActivityEvent event = ActivityEvents.orderUpdate(rejected, BigDecimal.ZERO);

        ProtocolSchema.assertConforms(event);
        assertThat(event.data().get("state").asText()).isEqualTo("rejected");
        assertThat(event.data().get("status").asText()).isEqualTo("rejected");
        assertThat(event.data().get("order_update_reason").asText()).isEqualTo("reject");
        assertThat(event.data().get("text").asText()).isEqualTo("Trading in the symbol is halted");
    }

    @Test
    void tradeNoticeCarriesTheExecution() throws JsonProcessingException {
        SimOrder filled = SimOrder.place("12390213", ACCOUNT,
                OrderRequest.limit("r", "AAPL", Side.BUY, new BigDecimal("100"), new BigDecimal("123.45")), PLACED_AT)
                .fill(new BigDecimal("40"), new BigDecimal("123.40"), FILLED_AT);
        SimTrade trade = new SimTrade("55501", filled, new BigDecimal("40"), new BigDecimal("123.40"), FILLED_AT);

        ActivityEvent event = ActivityEvents.tradeNotice(trade, new BigDecimal("40"));

        assertThat(event.type()).isEqualTo("trade-notice");
        ProtocolSchema.assertConforms(event);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event.data()))).isEqualTo(MAPPER.readTree("""
                { "created_at": 1711076850000, "account_id": "100000", "account_number": "ACC0001",
                  "trade_id": "55501", "order_id": "12390213", "symbol": "AAPL", "side": "buy",
                  "quantity": "40", "price": "123.40", "running_position": "40" }
                """));
    }

    @Test
    void positionUpdateHasASignedQuantityAndANumericCost() throws JsonProcessingException {
        ActivityEvent event = ActivityEvents.positionUpdate(ACCOUNT, "XOM",
                new Position(new BigDecimal("-200"), new BigDecimal("110.25")));

        assertThat(event.type()).isEqualTo("position-update");
        ProtocolSchema.assertConforms(event);
        assertThat(MAPPER.writeValueAsString(event.data())).isEqualTo(
                "{\"account_id\":\"100000\",\"account_number\":\"ACC0001\",\"symbol\":\"XOM\","
                        + "\"quantity\":\"-200\",\"average_cost\":110.25}");
    }

    @Test
    void buyingPowerAmountIsANumberWithoutExponent() throws JsonProcessingException {
        ActivityEvent event = ActivityEvents.buyingPowerUpdate(ACCOUNT, new BigDecimal("250000.00"));

        assertThat(event.type()).isEqualTo("buying-power-update");
        ProtocolSchema.assertConforms(event);
        assertThat(MAPPER.writeValueAsString(event.data()))
                .isEqualTo("{\"account_id\":\"100000\",\"account_number\":\"ACC0001\",\"amount\":250000.00}");
    }

    @Test
    void locateInventoryUpdateHasDecimalStrings() throws JsonProcessingException {
        ActivityEvent event = ActivityEvents.locateInventoryUpdate(ACCOUNT, "XOM",
                new LocateInventory(new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("200")));

        assertThat(event.type()).isEqualTo("locate-inventory-update");
        ProtocolSchema.assertConforms(event);
        assertThat(MAPPER.writeValueAsString(event.data())).isEqualTo(
                "{\"account_id\":\"100000\",\"account_number\":\"ACC0001\",\"symbol\":\"XOM\","
                        + "\"available\":\"1000\",\"reserved\":\"0\",\"used\":\"200\"}");
    }
}
