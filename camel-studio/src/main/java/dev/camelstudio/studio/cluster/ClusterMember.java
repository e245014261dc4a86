package dev.camelstudio.studio.cluster;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.apache.camel.cluster.CamelClusterMember;

/**
 * A member of a Camel cluster view, as the views of camel-studio's cluster services describe their members: an id
 * and whether it leads, both asked each time (a cluster service may learn its id only as it starts), and whether it is
 * this instance.
 *
 * @param id    the member's id in the election
 * @param leads whether it leads now
 * @param local whether it is this instance
 */
public record ClusterMember(Supplier<String> id, BooleanSupplier leads, boolean local) implements CamelClusterMember {

    /**
     * This instance.
     *
     * @param id    its id, as its cluster service has it now
     * @param leads whether it leads now
     * @return the member
     */
    public static ClusterMember local(Supplier<String> id, BooleanSupplier leads) {
        return new ClusterMember(id, leads, true);
    }

    /**
     * Another instance.
     *
     * @param id      its id
     * @param leading whether it led when the view last saw it
     * @return the member
     */
    public static ClusterMember remote(String id, boolean leading) {
        return new ClusterMember(() -> id, () -> leading, false);
    }

    @Override
    public String getId() {
        return id.get();
    }

    @Override
    public boolean isLeader() {
        return leads.getAsBoolean();
    }

    @Override
    public boolean isLocal() {
        return local;
    }
}
