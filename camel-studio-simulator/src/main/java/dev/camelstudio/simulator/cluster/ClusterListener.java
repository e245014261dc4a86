package dev.camelstudio.simulator.cluster;

/**
 * Hears what the instances of a clustered application deliver and, if it cares, when one starts or stops leading: what
 * a failover test records, in its own JVM ({@link ClusterDeliveries}) or from a child JVM
 * ({@link ClusterInstanceProcess}).
 */
public interface ClusterListener {

    /**
     * The instance's route delivered the Exchange of this Studio sequence.
     *
     * @param instance the instance's id
     * @param sequence the message's sequence (the {@code CamelStudioSequence} header)
     */
    void delivered(String instance, long sequence);

    /**
     * The instance's cluster view says it now leads, or no longer leads.
     *
     * @param instance the instance's id
     * @param leads    whether it leads from now on
     */
    default void leads(String instance, boolean leads) {
    }
}
