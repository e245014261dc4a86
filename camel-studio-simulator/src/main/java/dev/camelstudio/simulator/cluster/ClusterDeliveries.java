package dev.camelstudio.simulator.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * What every instance of a clustered application delivered, in one order across instances, with who delivered it and
 * when it was heard here (for an instance in another JVM: when its line was read): what a failover test checks for
 * "nothing lost, in order, at most the in-flight message repeated"; and who leads, to check that no two instances
 * ever lead at once.
 */
public final class ClusterDeliveries implements ClusterListener {

    /**
     * One delivery.
     *
     * @param instance who delivered it
     * @param sequence the message's sequence
     * @param atNanos  when it was heard here, {@link System#nanoTime()}
     */
    public record Delivery(String instance, long sequence, long atNanos) {
    }

    /**
     * Something an instance said besides a delivery: that it leads ({@code "leads"}), or a control message its route
     * received, by type.
     *
     * @param instance who said it
     * @param what     {@code "leads"}, {@code "no longer leads"} or a control message's type
     * @param atNanos  when it was heard here, {@link System#nanoTime()}
     */
    public record Event(String instance, String what, long atNanos) {
    }

    /**
     * Where the time of a failover went, from the moment it began (a kill, a cut).
     *
     * @param elected    until the other instance was told it leads
     * @param subscribed until its route received Studio's subscribe ack
     * @param replayed   until its route received replay-complete: the day's replay, up to the saved position dropped
     * @param firstNew   until it delivered the first message published after the failover began
     */
    public record FailoverPhases(Duration elected, Duration subscribed, Duration replayed, Duration firstNew) {
        @Override
        public String toString() {
            return "elected after " + elected.toMillis() + " ms, subscribed after " + subscribed.toMillis()
                    + " ms, replay complete after " + replayed.toMillis() + " ms, first new message after "
                    + firstNew.toMillis() + " ms";
        }
    }

    // Guarded by this.
    private final List<Delivery> all = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final Set<String> leaders = new HashSet<>();
    private int overlaps;

    @Override
    public synchronized void delivered(String instance, long sequence) {
        all.add(new Delivery(instance, sequence, System.nanoTime()));
    }

    @Override
    public synchronized void leads(String instance, boolean leads) {
        events.add(new Event(instance, leads ? "leads" : "no longer leads", System.nanoTime()));
        if (leads) {
            if (!leaders.isEmpty() && !leaders.contains(instance)) {
                overlaps++;
            }
            leaders.add(instance);
        } else {
            leaders.remove(instance);
        }
    }

    @Override
    public synchronized void controlMessage(String instance, String type) {
        events.add(new Event(instance, type, System.nanoTime()));
    }

    /**
     * The phases of a failover to {@code instance} that began at {@code beganNanos}, once it delivered a message
     * published after it began.
     *
     * @param instance      the instance that took over
     * @param beganNanos    when the failover began, {@link System#nanoTime()}
     * @param lastPublished the last sequence published before it began
     * @return the phases; empty until each of them was heard
     */
    public synchronized Optional<FailoverPhases> failoverPhases(String instance, long beganNanos, long lastPublished) {
        Optional<Long> elected = firstEvent(instance, "leads", beganNanos);
        Optional<Long> subscribed = elected.flatMap(at -> firstEvent(instance, "subscribe-activity-ack", at));
        Optional<Long> replayed = subscribed.flatMap(at -> firstEvent(instance, "replay-complete", at));
        Optional<Long> firstNew = firstAfter(instance, lastPublished).map(Delivery::atNanos);
        if (replayed.isEmpty() || firstNew.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FailoverPhases(since(beganNanos, elected.get()), since(beganNanos, subscribed.get()),
                since(beganNanos, replayed.get()), since(beganNanos, firstNew.get())));
    }

    private Optional<Long> firstEvent(String instance, String what, long afterNanos) {
        return events.stream().filter(event -> event.instance().equals(instance) && event.what().equals(what)
                && event.atNanos() - afterNanos >= 0).map(Event::atNanos).findFirst();
    }

    private static Duration since(long beganNanos, long atNanos) {
        return Duration.ofNanos(atNanos - beganNanos);
    }

    /**
     * {@return how often an instance was told it leads while another was still leading: 0 when the election never
     * had two leaders at once (as heard here: for instances in other JVMs, as their lines arrived)}
     */
    public synchronized int overlappingLeaderships() {
        return overlaps;
    }

    /** {@return every delivery so far, in the order heard} */
    public synchronized List<Delivery> all() {
        return List.copyOf(all);
    }

    /** {@return the sequences delivered so far, in the order heard} */
    public synchronized List<Long> sequences() {
        return all.stream().map(Delivery::sequence).toList();
    }

    /**
     * What one instance delivered, in its order.
     *
     * @param instance the instance's id
     * @return its sequences
     */
    public synchronized List<Long> sequences(String instance) {
        return all.stream().filter(delivery -> delivery.instance().equals(instance)).map(Delivery::sequence).toList();
    }

    /**
     * The first delivery by {@code instance} of a sequence after {@code sequence}, if any yet.
     *
     * @param instance the instance's id
     * @param sequence the sequence it must exceed
     * @return that delivery
     */
    public synchronized Optional<Delivery> firstAfter(String instance, long sequence) {
        return all.stream().filter(delivery -> delivery.instance().equals(instance) && delivery.sequence() > sequence)
                .findFirst();
    }

    /**
     * How many messages one instance delivered.
     *
     * @param instance the instance's id
     * @return its count
     */
    public synchronized long count(String instance) {
        return all.stream().filter(delivery -> delivery.instance().equals(instance)).count();
    }

    /**
     * Whether both instances delivered some same sequence.
     *
     * @param one   an instance's id
     * @param other another instance's id
     * @return whether a sequence was delivered by both
     */
    public synchronized boolean deliveredByBoth(String one, String other) {
        return all.stream().filter(delivery -> delivery.instance().equals(one)).map(Delivery::sequence)
                .anyMatch(sequence -> all.stream().anyMatch(delivery -> delivery.instance().equals(other)
                        && delivery.sequence() == sequence));
    }

    /** {@return the sequence heard last; 0 before the first} */
    public synchronized long last() {
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    /**
     * What a failover broke, if anything: every sequence from 1 to {@code lastPublished} delivered by some instance,
     * each instance's deliveries in order and without repeats, and at most {@code maxRepeats} deliveries repeating a
     * sequence another instance delivered (the Exchange in flight at each failover).
     *
     * @param lastPublished the last sequence published
     * @param maxRepeats    how many repeated deliveries are allowed
     * @return the problems, a sentence each; empty when there is none
     */
    public synchronized List<String> problems(long lastPublished, long maxRepeats) {
        List<String> problems = new ArrayList<>();
        Set<Long> delivered = all.stream().map(Delivery::sequence).collect(Collectors.toSet());
        List<Long> lost = LongStream.rangeClosed(1, lastPublished).filter(sequence -> !delivered.contains(sequence))
                .boxed().toList();
        if (!lost.isEmpty()) {
            problems.add(lost.size() + " sequence(s) lost, from " + lost.subList(0, Math.min(10, lost.size())));
        }
        for (String instance : all.stream().map(Delivery::instance).distinct().toList()) {
            List<Long> own = sequences(instance);
            for (int i = 1; i < own.size(); i++) {
                if (own.get(i) <= own.get(i - 1)) {
                    problems.add(instance + " delivered " + own.get(i) + " after " + own.get(i - 1));
                    break;
                }
            }
        }
        if (duplicates() > maxRepeats) {
            problems.add(duplicates() + " deliveries repeated a sequence delivered before, at most " + maxRepeats
                    + " allowed");
        }
        return problems;
    }

    /** {@return how many deliveries repeated a sequence delivered before} */
    public synchronized long duplicates() {
        return all.size() - all.stream().map(Delivery::sequence).distinct().count();
    }
}
