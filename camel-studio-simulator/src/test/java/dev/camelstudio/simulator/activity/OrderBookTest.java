package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OrderBookTest {

    private static final Account ACCOUNT = new Account("100000", "ACC0001", new BigDecimal("1000000.00"));
    private static final long START_MILLIS = 1_711_076_849_000L;
    private static final int STEPS = 5_000;

    @Test
    void everyEventHasEveryFieldTheProtocolRequires() {
        List<ActivityEvent> events = run(book(1), STEPS);

        events.forEach(ProtocolSchema::assertConforms);
        assertThat(events.stream().map(ActivityEvent::type).collect(Collectors.toSet()))
                .isEqualTo(ActivityTypes.SEQUENCED);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.data().get("account_id").asText()).isEqualTo("100000");
            assertThat(event.data().get("account_number").asText()).isEqualTo("ACC0001");
        });
    }

    @Test
    void everyLifecycleOccurs() {
        List<JsonNode> orderUpdates = data(run(book(2), STEPS), ActivityTypes.ORDER_UPDATE);

        assertThat(orderUpdates.stream().map(order -> order.get("status").asText()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("new", "partially-filled", "filled", "canceled", "rejected", "replaced");
        assertThat(orderUpdates.stream().map(order -> order.get("side").asText()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("buy", "sell", "sell-short");
        assertThat(orderUpdates.stream().map(order -> order.get("order_type").asText()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("limit", "market", "stop", "stop-limit");
        assertThat(orderUpdates).allSatisfy(order -> {
            String status = order.get("status").asText();
            String state = order.get("state").asText();
            String reason = order.get("order_update_reason").asText();
            switch (status) {
                case "new" -> assertThat(List.of(state, reason)).containsExactly("open", "place");
                case "partially-filled" ->
                        assertThat(List.of(state, reason)).containsExactly("open", "execution-report");
                case "filled" -> assertThat(List.of(state, reason)).containsExactly("closed", "execution-report");
                case "canceled" -> assertThat(List.of(state, reason)).containsExactly("closed", "cancel");
                case "replaced" -> assertThat(List.of(state, reason)).containsExactly("open", "modify");
                default -> {
                    assertThat(List.of(status, state, reason)).containsExactly("rejected", "rejected", "reject");
                    assertThat(order.get("text").asText()).isNotBlank();
                }
            }
        });
    }

    @Test
    void versionsRiseByOneFromPlacementUntilTheOrderEnds() {
        OrderBook book = new OrderBook(ACCOUNT, new SplittableRandom(3), new TickingClock(START_MILLIS));
        Map<String, JsonNode> latest = new HashMap<>();

        for (JsonNode order : data(run(book, STEPS), ActivityTypes.ORDER_UPDATE)) {
            JsonNode previous = latest.put(order.get("order_id").asText(), order);
            if (previous == null) {
                assertThat(order.get("version").asLong()).isEqualTo(1);
                assertThat(order.get("order_update_reason").asText()).isEqualTo("place");
                assertThat(order.get("created_at")).isEqualTo(order.get("updated_at"));
            } else {
                assertThat(previous.get("state").asText()).as("an ended order never changes").isEqualTo("open");
                assertThat(order.get("version").asLong()).isEqualTo(previous.get("version").asLong() + 1);
                assertThat(order.get("created_at")).isEqualTo(previous.get("created_at"));
                assertThat(order.get("updated_at").asLong()).isGreaterThan(previous.get("updated_at").asLong());
            }
        }
        Set<String> stillOpen = latest.values().stream().filter(order -> order.get("state").asText().equals("open"))
                .map(order -> order.get("order_id").asText()).collect(Collectors.toSet());
        assertThat(book.openOrders()).extracting(SimOrder::orderId).containsExactlyInAnyOrderElementsOf(stillOpen);
    }

    @Test
    void filledOrdersAreExactlyFilledByTheirTrades() {
        List<ActivityEvent> events = run(book(4), STEPS);
        Map<String, BigDecimal> tradedQuantity = new HashMap<>();
        Map<String, BigDecimal> tradedNotional = new HashMap<>();
        for (JsonNode trade : data(events, ActivityTypes.TRADE_NOTICE)) {
            BigDecimal quantity = decimal(trade, "quantity");
            tradedQuantity.merge(trade.get("order_id").asText(), quantity, BigDecimal::add);
            tradedNotional.merge(trade.get("order_id").asText(), quantity.multiply(decimal(trade, "price")),
                    BigDecimal::add);
        }

        List<JsonNode> filled = data(events, ActivityTypes.ORDER_UPDATE).stream()
                .filter(order -> order.get("status").asText().equals("filled")).collect(Collectors.toList());

        assertThat(filled).isNotEmpty().allSatisfy(order -> {
            String orderId = order.get("order_id").asText();
            assertThat(decimal(order, "filled_quantity")).isEqualByComparingTo(decimal(order, "quantity"))
                    .isEqualByComparingTo(tradedQuantity.get(orderId));
            assertThat(order.get("average_price").decimalValue()).isCloseTo(
                    tradedNotional.get(orderId).divide(tradedQuantity.get(orderId), 6, RoundingMode.HALF_EVEN),
                    within(new BigDecimal("0.0001")));
        });
    }

    @Test
    void positionsAreTheSumOfSignedFills() {
        OrderBook book = book(5);
        Map<String, BigDecimal> positions = new HashMap<>();

        for (ActivityEvent event : run(book, STEPS)) {
            JsonNode data = event.data();
            String symbol = data.path("symbol").asText();
            switch (event.type()) {
                case ActivityTypes.TRADE_NOTICE -> {
                    BigDecimal quantity = decimal(data, "quantity");
                    positions.merge(symbol, data.get("side").asText().equals("buy") ? quantity : quantity.negate(),
                            BigDecimal::add);
                    assertThat(decimal(data, "running_position")).isEqualByComparingTo(positions.get(symbol));
                }
                case ActivityTypes.POSITION_UPDATE ->
                        assertThat(decimal(data, "quantity")).isEqualByComparingTo(positions.get(symbol));
                case ActivityTypes.ORDER_UPDATE -> {
                    if (!data.get("order_update_reason").asText().equals("execution-report")) {
                        assertThat(decimal(data, "running_position"))
                                .isEqualByComparingTo(positions.getOrDefault(symbol, BigDecimal.ZERO));
                    }
                }
                default -> {
                    // buying power and locates have no position to check
                }
            }
        }
        assertThat(positions).isNotEmpty();
        positions.forEach((symbol, quantity) -> assertThat(book.position(symbol).quantity()).as(symbol)
                .isEqualByComparingTo(quantity));
    }

    @Test
    void buyingPowerMovesByTheNotionalOfEachFill() {
        OrderBook book = book(6);
        BigDecimal buyingPower = ACCOUNT.startingBuyingPower();
        int updates = 0;

        for (ActivityEvent event : run(book, STEPS)) {
            JsonNode data = event.data();
            if (event.type().equals(ActivityTypes.TRADE_NOTICE)) {
                BigDecimal notional = decimal(data, "quantity").multiply(decimal(data, "price"));
                buyingPower = data.get("side").asText().equals("buy")
                        ? buyingPower.subtract(notional) : buyingPower.add(notional);
            } else if (event.type().equals(ActivityTypes.BUYING_POWER_UPDATE)) {
                assertThat(data.get("amount").decimalValue()).isEqualByComparingTo(buyingPower);
                updates++;
            }
        }
        assertThat(updates).isPositive();
        assertThat(book.buyingPower()).isEqualByComparingTo(buyingPower);
    }

    @Test
    void shortSalesReserveTheirLocateBeforeTheyArePlacedAndUseItAsTheyFill() {
        OrderBook book = book(7);
        List<ActivityEvent> events = run(book, STEPS);
        Map<String, BigDecimal> shortSold = new HashMap<>();
        int shortSales = 0;

        for (int i = 0; i < events.size(); i++) {
            JsonNode data = events.get(i).data();
            if (!data.path("side").asText().equals("sell-short")) {
                continue;
            }
            String symbol = data.get("symbol").asText();
            if (events.get(i).type().equals(ActivityTypes.ORDER_UPDATE)
                    && data.get("order_update_reason").asText().equals("place")) {
                shortSales++;
                assertThat(events.get(i - 1).type()).isEqualTo(ActivityTypes.LOCATE_INVENTORY_UPDATE);
                assertThat(events.get(i - 1).data().get("symbol").asText()).isEqualTo(symbol);
            }
            if (events.get(i).type().equals(ActivityTypes.TRADE_NOTICE)) {
                shortSold.merge(symbol, decimal(data, "quantity"), BigDecimal::add);
                assertThat(events.get(i + 3).type()).isEqualTo(ActivityTypes.LOCATE_INVENTORY_UPDATE);
            }
        }
        assertThat(shortSales).isPositive();
        for (String symbol : OrderBook.SYMBOLS) {
            BigDecimal openShortQuantity = book.openOrders().stream()
                    .filter(order -> order.request().symbol().equals(symbol)
                            && order.request().side() == OrderRequest.Side.SELL_SHORT)
                    .map(SimOrder::remainingQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(book.locateInventory(symbol).used()).as(symbol)
                    .isEqualByComparingTo(shortSold.getOrDefault(symbol, BigDecimal.ZERO));
            assertThat(book.locateInventory(symbol).reserved()).as(symbol).isEqualByComparingTo(openShortQuantity);
        }
    }

    @Test
    void theSameSeedGivesTheSameEvents() {
        List<ActivityEvent> first = run(new OrderBook(ACCOUNT, new Random(42), new TickingClock(START_MILLIS)), 2_000);
        List<ActivityEvent> second = run(new OrderBook(ACCOUNT, new Random(42), new TickingClock(START_MILLIS)), 2_000);
        List<ActivityEvent> otherSeed =
                run(new OrderBook(ACCOUNT, new Random(43), new TickingClock(START_MILLIS)), 2_000);

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void openOrdersStayWithinTheCap() {
        OrderBook book = new OrderBook(ACCOUNT, new SplittableRandom(8), fixedClock(), 3);
        Set<Integer> openCounts = new HashSet<>();

        for (int i = 0; i < STEPS; i++) {
            book.step();
            openCounts.add(book.openOrders().size());
        }

        assertThat(openCounts).contains(3).allSatisfy(count -> assertThat(count).isBetween(0, 3));
    }

    @Test
    void timesComeFromTheClock() {
        List<ActivityEvent> events = run(book(9), 1_000);

        assertThat(data(events, ActivityTypes.ORDER_UPDATE)).allSatisfy(order -> {
            assertThat(order.get("created_at").asLong()).isEqualTo(START_MILLIS);
            assertThat(order.get("updated_at").asLong()).isEqualTo(START_MILLIS);
        });
        assertThat(data(events, ActivityTypes.TRADE_NOTICE))
                .allSatisfy(trade -> assertThat(trade.get("created_at").asLong()).isEqualTo(START_MILLIS));
    }

    private static OrderBook book(long seed) {
        return new OrderBook(ACCOUNT, new SplittableRandom(seed), fixedClock());
    }

    private static Clock fixedClock() {
        return Clock.fixed(Instant.ofEpochMilli(START_MILLIS), ZoneOffset.UTC);
    }

    private static List<ActivityEvent> run(OrderBook book, int steps) {
        List<ActivityEvent> events = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            List<ActivityEvent> step = book.step();
            assertThat(step).isNotEmpty();
            events.addAll(step);
        }
        return events;
    }

    private static List<JsonNode> data(List<ActivityEvent> events, String type) {
        return events.stream().filter(event -> event.type().equals(type)).map(ActivityEvent::data)
                .collect(Collectors.toList());
    }

    private static BigDecimal decimal(JsonNode data, String field) {
        return new BigDecimal(data.get(field).asText());
    }
}
