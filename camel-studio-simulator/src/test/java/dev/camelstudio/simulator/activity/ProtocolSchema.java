package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What docs/protocol.md §4.4-4.8 and §4.11 say each sequenced event's {@code data} holds: the fields the strictest client
 * requires, the optional ones, their JSON types and the enum values. Written out by hand from the document, so that a
 * mistake in {@link ActivityEvents} cannot hide in a shared table.
 */
final class ProtocolSchema {

    enum Kind {
        STRING, DECIMAL_STRING, NUMBER, INTEGER, STRATEGY
    }

    private static final Map<String, Map<String, Kind>> REQUIRED = Map.of(
            ActivityTypes.ORDER_UPDATE, Map.ofEntries(
                    entry("created_at", Kind.INTEGER), entry("updated_at", Kind.INTEGER),
                    entry("order_id", Kind.STRING), entry("reference_id", Kind.STRING),
                    entry("version", Kind.INTEGER), entry("account_id", Kind.STRING),
                    entry("account_number", Kind.STRING), entry("state", Kind.STRING),
                    entry("status", Kind.STRING), entry("symbol", Kind.STRING),
                    entry("order_type", Kind.STRING), entry("side", Kind.STRING),
                    entry("quantity", Kind.DECIMAL_STRING), entry("time_in_force", Kind.STRING),
                    entry("average_price", Kind.NUMBER), entry("filled_quantity", Kind.DECIMAL_STRING),
                    entry("order_update_reason", Kind.STRING), entry("text", Kind.STRING),
                    entry("strategy", Kind.STRATEGY), entry("running_position", Kind.DECIMAL_STRING)),
            ActivityTypes.TRADE_NOTICE, Map.of(
                    "created_at", Kind.INTEGER, "account_id", Kind.STRING, "account_number", Kind.STRING,
                    "trade_id", Kind.STRING, "order_id", Kind.STRING, "symbol", Kind.STRING, "side", Kind.STRING,
                    "quantity", Kind.DECIMAL_STRING, "price", Kind.DECIMAL_STRING,
                    "running_position", Kind.DECIMAL_STRING),
            ActivityTypes.POSITION_UPDATE, Map.of(
                    "account_id", Kind.STRING, "account_number", Kind.STRING, "symbol", Kind.STRING,
                    "quantity", Kind.DECIMAL_STRING, "average_cost", Kind.NUMBER),
            ActivityTypes.BUYING_POWER_UPDATE, Map.of(
                    "account_id", Kind.STRING, "account_number", Kind.STRING, "amount", Kind.NUMBER),
            ActivityTypes.LOCATE_INVENTORY_UPDATE, Map.of(
                    "account_id", Kind.STRING, "account_number", Kind.STRING, "symbol", Kind.STRING,
                    "available", Kind.DECIMAL_STRING, "reserved", Kind.DECIMAL_STRING, "used", Kind.DECIMAL_STRING));

    private static final Map<String, Kind> OPTIONAL_ORDER_FIELDS = Map.of(
            "price", Kind.DECIMAL_STRING, "stop_price", Kind.DECIMAL_STRING);

    private static final Map<String, Set<String>> ENUMS = Map.of(
            "state", Set.of("open", "rejected", "closed"),
            "status", Set.of("new", "partially-filled", "filled", "canceled", "replaced", "pending-cancel", "stopped",
                    "rejected", "suspended", "pending-new", "calculated", "expired", "accepted-for-bidding",
                    "pending-replace", "done-for-day"),
            "order_type", Set.of("limit", "market", "stop", "stop-limit"),
            "side", Set.of("buy", "sell", "sell-short"),
            "time_in_force", Set.of("day", "ioc", "day-plus", "at-open", "at-close"),
            "order_update_reason", Set.of("place", "modify", "cancel", "execution-report", "cancel-reject", "reject"));

    private static final Set<String> URGENCIES = Set.of(
            "super-passive", "passive", "moderate", "aggressive", "super-aggressive");
    private static final Set<String> DESTINATIONS = Set.of(
            "arcx", "bats", "baty", "edga", "edgx", "eprl", "iexg", "memx", "xase", "xbos", "xcis", "xnms", "xnys");

    /** Studio's decimals are strings of at most 16 characters. */
    private static final int MAX_DECIMAL_LENGTH = 16;

    private ProtocolSchema() {
    }

    /** Asserts that the event has every required field, no unknown field, each of the right JSON type and value set. */
    static void assertConforms(ActivityEvent event) {
        assertThat(REQUIRED).as("sequenced types").containsKey(event.type());
        Map<String, Kind> required = REQUIRED.get(event.type());
        JsonNode data = event.data();
        assertThat(fieldNames(data)).as("fields of %s", data).containsAll(required.keySet());
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            Kind kind = required.get(field.getKey());
            if (kind == null && event.type().equals(ActivityTypes.ORDER_UPDATE)) {
                kind = OPTIONAL_ORDER_FIELDS.get(field.getKey());
            }
            assertThat(kind).as("%s is a field of %s", field.getKey(), event.type()).isNotNull();
            assertKind(field.getKey(), field.getValue(), kind);
        }
    }

    private static void assertKind(String name, JsonNode value, Kind kind) {
        switch (kind) {
            case STRING -> {
                assertThat(value.isTextual()).as("%s is a string: %s", name, value).isTrue();
                if (ENUMS.containsKey(name)) {
                    assertThat(ENUMS.get(name)).as(name).contains(value.asText());
                }
            }
            case DECIMAL_STRING -> {
                assertThat(value.isTextual()).as("%s is a string: %s", name, value).isTrue();
                assertThat(value.asText()).as(name).hasSizeLessThanOrEqualTo(MAX_DECIMAL_LENGTH);
                assertThat(new BigDecimal(value.asText()).toPlainString()).as(name).isEqualTo(value.asText());
            }
            case NUMBER -> assertThat(value.isNumber()).as("%s is a number: %s", name, value).isTrue();
            case INTEGER -> assertThat(value.isIntegralNumber()).as("%s is an integer: %s", name, value).isTrue();
            case STRATEGY -> assertStrategy(value);
        }
    }

    /** Only the strategies the Rust crate parses: sor (optional urgency) and dma (required destination). */
    private static void assertStrategy(JsonNode strategy) {
        assertThat(strategy.isObject()).as("strategy is an object: %s", strategy).isTrue();
        String type = strategy.path("type").asText();
        if (type.equals("sor")) {
            assertThat(fieldNames(strategy)).isSubsetOf("type", "urgency");
            if (strategy.has("urgency")) {
                assertThat(URGENCIES).contains(strategy.get("urgency").asText());
            }
        } else {
            assertThat(type).as("strategy type").isEqualTo("dma");
            assertThat(fieldNames(strategy)).containsExactlyInAnyOrder("type", "destination");
            assertThat(DESTINATIONS).contains(strategy.get("destination").asText());
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
