package dev.camelstudio.simulator.support;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.activity.ActivityEvent;
import dev.camelstudio.simulator.activity.ActivityTypes;
import dev.camelstudio.simulator.protocol.Json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hand-made activity events for the simulator's tests: small, and tagged with the account and a number, so that a test
 * can tell which account a frame belongs to and which event it was. Built as plain Jackson trees, independent of the
 * order-book generator.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** An {@code order-update} for the account; {@code n} ends up in {@code order_id} and {@code version}. */
    public static ActivityEvent order(String accountId, int n) {
        ObjectNode data = Json.object()
                .put("created_at", 1_700_000_000_000L)
                .put("updated_at", 1_700_000_000_000L + n)
                .put("order_id", "order-" + n)
                .put("version", n)
                .put("account_id", accountId)
                .put("account_number", "ACC-" + accountId)
                .put("state", "open")
                .put("status", "new")
                .put("symbol", "AAPL")
                .put("order_type", "limit")
                .put("side", "buy")
                .put("quantity", "100")
                .put("price", "123.45")
                .put("time_in_force", "day")
                .put("filled_quantity", "0")
                .put("running_position", "0");
        return new ActivityEvent(ActivityTypes.ORDER_UPDATE, data);
    }

    /** A {@code buying-power-update} for the account. */
    public static ActivityEvent buyingPower(String accountId, int n) {
        ObjectNode data = Json.object()
                .put("account_id", accountId)
                .put("account_number", "ACC-" + accountId)
                .put("amount", 1_000_000 + n);
        return new ActivityEvent(ActivityTypes.BUYING_POWER_UPDATE, data);
    }

    /** Publishes {@code count} order updates numbered {@code from}, {@code from + 1}, ... */
    public static void publishOrders(StudioSimulator studio, String accountId, int from, int count) {
        for (int n = from; n < from + count; n++) {
            studio.publish(accountId, order(accountId, n));
        }
    }
}
