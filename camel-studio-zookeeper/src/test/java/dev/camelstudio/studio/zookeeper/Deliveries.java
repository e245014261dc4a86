package dev.camelstudio.studio.zookeeper;

import java.util.ArrayList;
import java.util.List;

import dev.camelstudio.studio.StudioConstants;

import org.apache.camel.Exchange;

/** What every instance's route delivered, in one order across instances, with who delivered it and when. */
final class Deliveries {

    record Delivery(String instance, long sequence, long atNanos) {
    }

    // Guarded by this.
    private final List<Delivery> all = new ArrayList<>();

    synchronized void add(String instance, Exchange exchange) {
        all.add(new Delivery(instance, exchange.getMessage().getHeader(StudioConstants.SEQUENCE, Long.class),
                System.nanoTime()));
    }

    synchronized List<Delivery> all() {
        return List.copyOf(all);
    }

    synchronized List<Long> sequences() {
        return all.stream().map(Delivery::sequence).toList();
    }

    synchronized long count(String instance) {
        return all.stream().filter(delivery -> delivery.instance().equals(instance)).count();
    }

    /** Whether both instances delivered some same sequence. */
    synchronized boolean deliveredByBoth(String one, String other) {
        return all.stream().filter(delivery -> delivery.instance().equals(one)).map(Delivery::sequence)
                .anyMatch(sequence -> all.stream().anyMatch(delivery -> delivery.instance().equals(other)
                        && delivery.sequence() == sequence));
    }

    synchronized long last() {
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    /** How many deliveries repeated a sequence delivered before. */
    synchronized long duplicates() {
        return all.size() - all.stream().map(Delivery::sequence).distinct().count();
    }
}
