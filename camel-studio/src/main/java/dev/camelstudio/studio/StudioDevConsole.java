package dev.camelstudio.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.camelstudio.studio.session.SessionSnapshot;

import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;

/**
 * Camel's developer console for Studio consumers ({@code camel get studio} in Camel JBang, or the dev console HTTP
 * endpoint): per route, the account, the connection state and the counters. Reads snapshots only, never blocks.
 */
@DevConsole(name = "studio", displayName = "Clear Street Studio",
        description = "Studio consumers: connection and delivery")
public class StudioDevConsole extends AbstractDevConsole {

    /** The console named {@code studio}; Camel finds it by the {@link DevConsole} annotation. */
    public StudioDevConsole() {
        super("camel", "studio", "Clear Street Studio", "Studio consumers: connection and delivery");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> consumer : consumers()) {
            text.append("Route ").append(consumer.remove("route.id")).append('\n');
            consumer.forEach((key, value) -> text.append("    ").append(key).append(": ").append(value).append('\n'));
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("consumers", consumers());
        return root;
    }

    /** One map per Studio consumer, rendered as text or JSON: the data is walked once. */
    private List<Map<String, Object>> consumers() {
        List<Map<String, Object>> consumers = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof StudioConsumer consumer) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("route.id", route.getRouteId());
                entry.put("account.id", consumer.getEndpoint().getConfiguration().getAccountId());
                entry.put("server.url", consumer.getEndpoint().getServiceUrl());
                SessionSnapshot snapshot = consumer.snapshot();
                if (snapshot == null) {
                    entry.put("state", "STOPPED");
                } else {
                    entry.putAll(snapshot.details());
                }
                consumers.add(entry);
            }
        }
        return consumers;
    }
}
