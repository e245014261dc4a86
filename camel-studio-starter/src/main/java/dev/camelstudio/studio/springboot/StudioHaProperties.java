package dev.camelstudio.studio.springboot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code studio.ha.*}: running more than one instance of the application, one consuming each account at a time. With
 * {@code studio.ha.coordinator} set, the starter makes the Camel cluster service that elects the leader (for
 * {@code master:} routes and {@code ClusteredRoutePolicy}) and the positions every instance reads, and makes those the
 * studio component's {@code sequenceStateRepository} unless one is set.
 */
@ConfigurationProperties(prefix = "studio.ha")
public class StudioHaProperties {

    /** What elects the leader and keeps the positions. */
    public enum Coordinator {
        /** Leases and a ConfigMap (camel-studio-kubernetes on the classpath). */
        KUBERNETES,
        /** A ZooKeeper ensemble (camel-studio-zookeeper on the classpath). */
        ZOOKEEPER
    }

    /**
     * What elects the leader and keeps the positions: kubernetes (Leases and a ConfigMap, camel-studio-kubernetes) or
     * zookeeper (camel-studio-zookeeper). Unset: nothing is configured.
     */
    private Coordinator coordinator;

    /** This instance's id in the election, unique per instance; default the HOSTNAME (in a pod, its name). */
    private String id;

    private final Kubernetes kubernetes = new Kubernetes();

    private final ZooKeeper zookeeper = new ZooKeeper();

    /** Every property at its default: no coordinator. */
    public StudioHaProperties() {
    }

    /** {@return what elects the leader and keeps the positions; null for nothing} */
    public Coordinator getCoordinator() {
        return coordinator;
    }

    /**
     * Sets what elects the leader and keeps the positions.
     *
     * @param coordinator kubernetes or zookeeper
     */
    public void setCoordinator(Coordinator coordinator) {
        this.coordinator = coordinator;
    }

    /** {@return this instance's id in the election; null for the HOSTNAME} */
    public String getId() {
        return id;
    }

    /**
     * Sets this instance's id in the election.
     *
     * @param id unique per instance
     */
    public void setId(String id) {
        this.id = id;
    }

    /** {@return studio.ha.kubernetes.*} */
    public Kubernetes getKubernetes() {
        return kubernetes;
    }

    /** {@return studio.ha.zookeeper.*} */
    public ZooKeeper getZookeeper() {
        return zookeeper;
    }

    /** {@code studio.ha.kubernetes.*}: the Leases and the ConfigMap. */
    public static class Kubernetes {

        /** The Kubernetes namespace of the Leases and the ConfigMap; default the pod's own. */
        private String namespace;

        /** What each Lease's name starts with; the Camel cluster namespace follows. */
        private String leasePrefix = "camel-studio-";

        /** How long a Lease that stopped changing stays its holder's: a crashed leader is replaced after this. */
        private Duration leaseDuration = Duration.ofSeconds(15);

        /** How long the leader leads after the start of its last renewal; less than the lease duration. */
        private Duration renewDeadline = Duration.ofSeconds(10);

        /** How often each instance reads its Leases and the leader renews them; at most half the renew deadline. */
        private Duration retryPeriod = Duration.ofSeconds(2);

        /** The ConfigMap that holds the positions. */
        private String configMapName = "camel-studio-positions";

        /** Every property at its default. */
        public Kubernetes() {
        }

        /** {@return the namespace; null for the pod's own} */
        public String getNamespace() {
            return namespace;
        }

        /**
         * Sets the Kubernetes namespace of the Leases and the ConfigMap.
         *
         * @param namespace the namespace
         */
        public void setNamespace(String namespace) {
            this.namespace = namespace;
        }

        /** {@return what each Lease's name starts with} */
        public String getLeasePrefix() {
            return leasePrefix;
        }

        /**
         * Sets what each Lease's name starts with.
         *
         * @param leasePrefix the prefix
         */
        public void setLeasePrefix(String leasePrefix) {
            this.leasePrefix = leasePrefix;
        }

        /** {@return how long a Lease that stopped changing stays its holder's} */
        public Duration getLeaseDuration() {
            return leaseDuration;
        }

        /**
         * Sets how long a Lease that stopped changing stays its holder's.
         *
         * @param leaseDuration whole seconds
         */
        public void setLeaseDuration(Duration leaseDuration) {
            this.leaseDuration = leaseDuration;
        }

        /** {@return how long the leader leads after the start of its last renewal} */
        public Duration getRenewDeadline() {
            return renewDeadline;
        }

        /**
         * Sets how long the leader leads after the start of its last renewal.
         *
         * @param renewDeadline less than the lease duration
         */
        public void setRenewDeadline(Duration renewDeadline) {
            this.renewDeadline = renewDeadline;
        }

        /** {@return how often each instance reads its Leases} */
        public Duration getRetryPeriod() {
            return retryPeriod;
        }

        /**
         * Sets how often each instance reads its Leases.
         *
         * @param retryPeriod at most half the renew deadline
         */
        public void setRetryPeriod(Duration retryPeriod) {
            this.retryPeriod = retryPeriod;
        }

        /** {@return the ConfigMap that holds the positions} */
        public String getConfigMapName() {
            return configMapName;
        }

        /**
         * Sets the ConfigMap that holds the positions.
         *
         * @param configMapName its name
         */
        public void setConfigMapName(String configMapName) {
            this.configMapName = configMapName;
        }
    }

    /** {@code studio.ha.zookeeper.*}: the ensemble, the election and the positions. */
    public static class ZooKeeper {

        /** The ZooKeeper ensemble, host:port[,host:port...]. */
        private String nodes;

        /**
         * The session timeout to ask for: a crashed leader is replaced after the timeout the ensemble grants (2 to 20
         * times its tickTime) plus up to one tickTime.
         */
        private Duration sessionTimeout = Duration.ofSeconds(10);

        /** The znode under which each Camel cluster namespace holds its election. */
        private String basePath = "/camel-studio/cluster";

        /** The znode under which the positions are kept, one child per account. */
        private String positionsPath = "/camel-studio/positions";

        /** Every property at its default. */
        public ZooKeeper() {
        }

        /** {@return the ensemble} */
        public String getNodes() {
            return nodes;
        }

        /**
         * Sets the ensemble.
         *
         * @param nodes host:port[,host:port...]
         */
        public void setNodes(String nodes) {
            this.nodes = nodes;
        }

        /** {@return the session timeout to ask for} */
        public Duration getSessionTimeout() {
            return sessionTimeout;
        }

        /**
         * Sets the session timeout to ask for.
         *
         * @param sessionTimeout the timeout
         */
        public void setSessionTimeout(Duration sessionTimeout) {
            this.sessionTimeout = sessionTimeout;
        }

        /** {@return the znode of the elections} */
        public String getBasePath() {
            return basePath;
        }

        /**
         * Sets the znode of the elections.
         *
         * @param basePath a znode path
         */
        public void setBasePath(String basePath) {
            this.basePath = basePath;
        }

        /** {@return the znode of the positions} */
        public String getPositionsPath() {
            return positionsPath;
        }

        /**
         * Sets the znode of the positions.
         *
         * @param positionsPath a znode path
         */
        public void setPositionsPath(String positionsPath) {
            this.positionsPath = positionsPath;
        }
    }
}
