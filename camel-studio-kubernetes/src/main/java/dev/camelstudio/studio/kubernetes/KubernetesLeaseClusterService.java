package dev.camelstudio.studio.kubernetes;

import java.time.Duration;
import java.util.Locale;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import org.apache.camel.support.cluster.AbstractCamelClusterService;

/**
 * A Camel cluster service on Kubernetes Leases ({@code coordination.k8s.io/v1}), for {@code master:} endpoints and
 * {@code ClusteredRoutePolicy}: one Lease per namespace, named {@link #setLeasePrefix leasePrefix} + namespace, in the
 * client's Kubernetes namespace unless {@link #setNamespace namespace} is set. The service account needs {@code get},
 * {@code create} and {@code update} on {@code leases}, nothing else.
 * <p>
 * The leader stops leading {@link #setRenewDeadlineMillis renewDeadline} after the start of its last renewal, before
 * its Lease can expire for the others ({@link #setLeaseDurationMillis leaseDuration}, judged on each instance's own
 * clock), so that two instances never lead at once, also when the leader cannot reach the API server. A leader that
 * stops gives its Lease up after its consumers stopped, so that the next one takes over at its next read
 * ({@link #setRetryPeriodMillis retryPeriod}) rather than after the Lease expired.
 * <p>
 * Why not camel-kubernetes' {@code KubernetesClusterService} (Camel 4.18): a leader that stops keeps its Lease, so
 * every rolling update waits for it to expire and then for another lease duration before the next leader starts; and
 * it elects only pods that it lists as running and ready, which needs {@code list} on pods and a readiness that does
 * not depend on leading.
 */
public class KubernetesLeaseClusterService extends AbstractCamelClusterService<LeaseClusterView> {

    private KubernetesClient client;
    /** Whether this service built its client (and so closes it). Set by the Camel lifecycle's thread. */
    private boolean ownClient;
    private String namespace;
    private String leasePrefix = "camel-studio-";
    private long leaseDurationMillis = 15_000;
    private long renewDeadlineMillis = 10_000;
    private long retryPeriodMillis = 2_000;

    /** A cluster service on the client {@link KubernetesClientBuilder} makes from the environment, built when started. */
    public KubernetesLeaseClusterService() {
    }

    /**
     * A cluster service on a client of the application's.
     *
     * @param client the client; not closed by this service
     */
    public KubernetesLeaseClusterService(KubernetesClient client) {
        this.client = client;
    }

    @Override
    protected LeaseClusterView createView(String namespace) {
        return new LeaseClusterView(this, namespace, client, kubernetesNamespace(), leaseName(namespace), timing());
    }

    @Override
    protected void doStart() throws Exception {
        if (getId() == null) {
            String podName = System.getenv("HOSTNAME");
            if (podName == null || podName.isBlank()) {
                throw new IllegalArgumentException("A KubernetesLeaseClusterService needs an id, unique per instance: "
                        + "set it, or run it in a pod, whose HOSTNAME is its name");
            }
            setId(podName);
        }
        timing();
        if (client == null) {
            client = new KubernetesClientBuilder().build();
            ownClient = true;
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (ownClient) {
            client.close();
            client = null;
            ownClient = false;
        }
    }

    private LeaseTiming timing() {
        return new LeaseTiming(Duration.ofMillis(leaseDurationMillis), Duration.ofMillis(renewDeadlineMillis),
                Duration.ofMillis(retryPeriodMillis));
    }

    private String kubernetesNamespace() {
        String resolved = namespace != null ? namespace : client.getNamespace();
        if (resolved == null) {
            throw new IllegalStateException("The Kubernetes client has no namespace: set the cluster service's "
                    + "namespace, or run it in a pod");
        }
        return resolved;
    }

    /** The Lease of a Camel cluster namespace: a DNS subdomain name, so lower case, other characters as dashes. */
    String leaseName(String clusterNamespace) {
        return (leasePrefix + clusterNamespace).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    }

    /** {@return the Kubernetes namespace of the Leases; null: the client's} */
    public String getNamespace() {
        return namespace;
    }

    /**
     * The Kubernetes namespace of the Leases.
     *
     * @param namespace the namespace; null for the client's (the pod's own)
     */
    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    /** {@return what each Lease's name starts with (default camel-studio-)} */
    public String getLeasePrefix() {
        return leasePrefix;
    }

    /**
     * What each Lease's name starts with; the Camel cluster namespace follows, e.g. {@code camel-studio-studio-100000}
     * for {@code master:studio-100000:...}.
     *
     * @param leasePrefix the prefix
     */
    public void setLeasePrefix(String leasePrefix) {
        this.leasePrefix = leasePrefix;
    }

    /** {@return how long a Lease that stopped changing stays its holder's, in ms (default 15000)} */
    public long getLeaseDurationMillis() {
        return leaseDurationMillis;
    }

    /**
     * How long a Lease that stopped changing stays its holder's for the other instances: after a crash, the failover
     * takes this long and up to one retry period more. Whole seconds.
     *
     * @param leaseDurationMillis the duration in ms, at least 1000
     */
    public void setLeaseDurationMillis(long leaseDurationMillis) {
        this.leaseDurationMillis = leaseDurationMillis;
    }

    /** {@return how long the leader leads after the start of its last renewal, in ms (default 10000)} */
    public long getRenewDeadlineMillis() {
        return renewDeadlineMillis;
    }

    /**
     * How long the leader leads after the start of its last renewal: when it cannot renew its Lease (API server
     * unreachable), it stops leading this long after its last renewal. Less than the lease duration; the difference is
     * the time its consumer has to stop before another instance may start.
     *
     * @param renewDeadlineMillis the deadline in ms
     */
    public void setRenewDeadlineMillis(long renewDeadlineMillis) {
        this.renewDeadlineMillis = renewDeadlineMillis;
    }

    /** {@return how often each instance reads its Leases, in ms (default 2000)} */
    public long getRetryPeriodMillis() {
        return retryPeriodMillis;
    }

    /**
     * How often each instance reads its Leases, and the leader renews them: after a clean stop, the failover takes up
     * to this long. At most half the renew deadline.
     *
     * @param retryPeriodMillis the period in ms
     */
    public void setRetryPeriodMillis(long retryPeriodMillis) {
        this.retryPeriodMillis = retryPeriodMillis;
    }
}
