package dev.camelstudio.studio.cluster;

import java.util.function.Supplier;

import dev.camelstudio.studio.delivery.PositionNotSavedException;
import dev.camelstudio.studio.delivery.SequencePosition;
import dev.camelstudio.studio.support.RepeatingFailureLog;

import org.slf4j.Logger;

/**
 * Saves positions in a store shared by the instances of an application, one compare-and-set round at a time until a
 * round meets no concurrent change: what the cluster-wide state repositories (ZooKeeper, a Kubernetes ConfigMap) have
 * in common. A failure is logged once, not per message, and thrown: the consumer then delivers nothing more until the
 * position is saved, so that an instance taking over repeats at most the message in flight.
 */
public final class CompareAndSetPositions {

    /** One compare-and-set round of a store. */
    @FunctionalInterface
    public interface Round {
        /**
         * Writes the position unless the store holds a later one.
         *
         * @param key      the consumer's key, {@code studio:<accountId>}
         * @param proposed the position to write
         * @return false if the store changed under the round: it is read again and the round repeated
         * @throws Exception if the store cannot be reached
         */
        boolean write(String key, SequencePosition proposed) throws Exception;
    }

    private final RepeatingFailureLog failures;
    private final Supplier<String> store;

    /**
     * Saves for one store.
     *
     * @param log   the store's logger
     * @param store names the store in messages, e.g. {@code ZooKeeper (zk1:2181, /camel-studio/positions)}
     */
    public CompareAndSetPositions(Logger log, Supplier<String> store) {
        this.failures = new RepeatingFailureLog(log);
        this.store = store;
    }

    /**
     * Saves a position with as many rounds as it takes; logs a failure, and the recovery after one.
     *
     * @param  key                      the consumer's key
     * @param  value                    the position, {@code yyyy-MM-dd:sequence}
     * @param  round                    one compare-and-set round of the store
     * @throws PositionNotSavedException when the store cannot be reached: the store keeps the last position saved
     */
    public void save(String key, String value, Round round) {
        SequencePosition proposed = SequencePosition.parse(value);
        try {
            while (!round.write(key, proposed)) {
                // Another instance wrote between the read and the write: read again and compare with that.
            }
            if (failures.failures() > 0) {
                failures.succeeded("Saving Studio positions in " + store.get() + " works again");
            }
        } catch (Exception e) {
            String message = "Could not save the position " + key + "=" + value + " in " + store.get() + ": "
                    + e.getMessage() + "; it stays at the last one saved";
            failures.failure(message);
            throw new PositionNotSavedException(message, e);
        }
    }
}
