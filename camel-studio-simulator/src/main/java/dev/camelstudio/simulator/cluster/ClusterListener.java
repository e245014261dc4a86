package dev.camelstudio.simulator.cluster;

import org.apache.camel.Processor;

/**
 * Hears what the instances of a clustered application deliver and, if it cares, when one starts or stops leading: what
 * a failover test records, in its own JVM ({@link ClusterDeliveries}) or from a child JVM
 * ({@link ClusterInstanceProcess}).
 */
public interface ClusterListener {

    /**
     * The last step of a clustered route under test: tells {@code listener} what the route received, a delivery
     * (by its {@code CamelStudioSequence} header) or a control message (by its {@code CamelStudioRawMessageType}, as Studio spells it).
     *
     * @param instance the instance's id
     * @param listener who hears it
     * @return the step, for {@code .process(...)}
     */
    static Processor reporting(String instance, ClusterListener listener) {
        return exchange -> {
            Long sequence = exchange.getMessage().getHeader("CamelStudioSequence", Long.class);
            if (sequence != null) {
                listener.delivered(instance, sequence);
            } else {
                listener.controlMessage(instance, exchange.getMessage().getHeader("CamelStudioRawMessageType",
                        String.class));
            }
        };
    }

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

    /**
     * The instance's route received a control message ({@code includeControlMessages=true}): what a failover's
     * phases are measured by ({@code subscribe-activity-ack}, {@code replay-complete}).
     *
     * @param instance the instance's id
     * @param type     the message type (the {@code CamelStudioMessageType} header)
     */
    default void controlMessage(String instance, String type) {
    }
}
