package dev.camelstudio.studio.zookeeper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every instance's route delivered, in one order across instances, with who delivered it and when it was heard
 * here (for an instance in another JVM: when its line was read).
 */
final class Deliveries implements ClusterInstance.Listener {

    record Delivery(String instance, long sequence, long atNanos) {
    }

    // Guarded by this.
    private final List<Delivery> all = new ArrayList<>();

    @Override
    public synchronized void delivered(String instance, long sequence) {
        all.add(new Delivery(instance, sequence, System.nanoTime()));
    }

    synchronized List<Delivery> all() {
        return List.copyOf(all);
    }

    synchronized List<Long> sequences() {
        return all.stream().map(Delivery::sequence).toList();
    }

    /** What one instance delivered, in its order. */
    synchronized List<Long> sequences(String instance) {
        return all.stream().filter(delivery -> delivery.instance().equals(instance)).map(Delivery::sequence).toList();
    }

    /** The first delivery by {@code instance} of a sequence after {@code sequence}, if any yet. */
    synchronized Optional<Delivery> firstAfter(String instance, long sequence) {
        return all.stream().filter(delivery -> delivery.instance().equals(instance) && delivery.sequence() > sequence)
                .findFirst();
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
