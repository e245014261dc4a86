package dev.camelstudio.studio;

import java.util.List;

import dev.camelstudio.studio.delivery.AccountStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;

/**
 * Finds the application's Micrometer registry the way camel-micrometer does (the bean {@code metricsRegistry}, else
 * the one registry bound, else of several the composite one Spring Boot marks primary), and binds a consumer's meters
 * to it. Micrometer itself is touched only once it is known to be on the class path.
 */
final class StudioMeterRegistries {

    /** The bean name camel-micrometer looks for first. */
    static final String METRICS_REGISTRY = "metricsRegistry";
    private static final String MICROMETER = "io.micrometer.core.instrument.MeterRegistry";

    private StudioMeterRegistries() {
    }

    /**
     * The meters of a consumer's account: on the application's registry, or {@link AccountMeters#NONE}.
     *
     * @param context  the consumer's Camel context, whose registry holds the application's beans
     * @param consumer the consumer
     * @param stream   its account's stream
     * @return the meters, registered
     */
    static AccountMeters bind(CamelContext context, StudioConsumer consumer, AccountStream stream) {
        if (context.getClassResolver().resolveClass(MICROMETER) == null) {
            return AccountMeters.NONE;
        }
        Object registry = find(context);
        return registry == null ? AccountMeters.NONE
                : Micrometer.meters(registry, consumer, stream, consumer.getEndpoint().getConfiguration()
                        .getAccountId());
    }

    private static Object find(CamelContext context) {
        Class<?> type = context.getClassResolver().resolveClass(MICROMETER);
        Object named = context.getRegistry().lookupByName(METRICS_REGISTRY);
        if (type.isInstance(named)) {
            return named;
        }
        List<Object> all = List.copyOf(context.getRegistry().findByType(type));
        if (all.size() <= 1) {
            return all.isEmpty() ? null : all.get(0);
        }
        return all.stream().filter(registry -> registry.getClass().getSimpleName().startsWith("Composite"))
                .findFirst().orElse(all.get(0));
    }

    /** The only place that names a Micrometer type: loaded when {@link #bind} found a registry. */
    private static final class Micrometer {
        static AccountMeters meters(Object registry, StudioConsumer consumer, AccountStream stream, String account) {
            return new StudioMeters((MeterRegistry) registry, consumer, stream, account);
        }
    }
}
