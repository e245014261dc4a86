package dev.camelstudio.examples.quarkus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;

/**
 * The headers of every exchange the Studio route completed, from Camel Quarkus's bridge of Camel's events to CDI: the
 * test sees what the route saw, without changing the route.
 */
@ApplicationScoped
public class ActivityRecorder {

    private final List<Map<String, Object>> headers = new CopyOnWriteArrayList<>();

    void onCompleted(@Observes ExchangeCompletedEvent event) {
        if (StudioActivityRoute.ROUTE_ID.equals(event.getExchange().getFromRouteId())) {
            // A copy: the exchange is not the test's to keep.
            headers.add(Map.copyOf(event.getExchange().getMessage().getHeaders()));
        }
    }

    /** The headers so far, in the order the route completed the exchanges. */
    List<Map<String, Object>> headers() {
        return List.copyOf(headers);
    }
}
