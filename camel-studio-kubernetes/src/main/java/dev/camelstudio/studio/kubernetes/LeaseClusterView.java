package dev.camelstudio.studio.kubernetes;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.camelstudio.studio.cluster.ClusterMember;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.support.cluster.AbstractCamelClusterView;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One namespace's election: a {@link LeaseElection} on the Lease {@code leaseName}, its rounds on a thread of their
 * own, and the leadership it grants told to the listeners (a {@code master:} consumer, a route policy) on another.
 * <p>
 * This instance leads from a round that renewed the Lease until {@code renewDeadline} after that round started, then
 * stops leading unless a later round renewed it again: the deadline is kept by the events thread, so a round stuck on
 * an API server that does not answer cannot keep this instance leading. When the view stops, the listeners hear that it
 * no longer leads first, then the Lease is given up, so that the next leader starts after this one stopped.
 */
final class LeaseClusterView extends AbstractCamelClusterView implements LeaseElection.Outcome {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseClusterView.class);

    private final KubernetesClient client;
    private final String kubernetesNamespace;
    private final String leaseName;
    private final LeaseTiming timing;
    /** This instance: the leader exactly while the listeners were told it leads. */
    private final CamelClusterMember localMember;
    /**
     * Until when ({@link System#nanoTime()}) the last renewal lets this instance lead; null when another holds the
     * Lease or none was renewed yet. Written by the election thread, read by the events thread.
     */
    private volatile Long leadsUntilNanos;
    /** The other instance that holds the Lease, as the last round saw it. Written by the election thread. */
    private volatile String otherHolder;
    /** Whether the listeners were last told that this instance leads. Written by the events thread only. */
    private volatile boolean leads;
    /** Set while started, by the Camel lifecycle's thread. */
    private ScheduledExecutorService elections;
    private ScheduledExecutorService events;
    private LeaseElection election;

    LeaseClusterView(CamelClusterService service, String namespace, KubernetesClient client, String kubernetesNamespace,
            String leaseName, LeaseTiming timing) {
        super(service, namespace);
        this.client = client;
        this.kubernetesNamespace = kubernetesNamespace;
        this.leaseName = leaseName;
        this.timing = timing;
        this.localMember = ClusterMember.local(service::getId, () -> leads);
    }

    @Override
    protected void doStart() throws Exception {
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        events = executors.newSingleThreadScheduledExecutor(this, "LeaseEvents[" + getNamespace() + "]");
        elections = executors.newSingleThreadScheduledExecutor(this, "LeaseElection[" + getNamespace() + "]");
        election = new LeaseElection(client, kubernetesNamespace, leaseName, getClusterService().getId(), timing, this);
        elections.scheduleWithFixedDelay(election::round, 0, timing.retryPeriod().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        // No more rounds: a round in flight ends with its request (the client's request timeout).
        executors.shutdownGraceful(elections);
        leadsUntilNanos = null;
        try {
            events.submit(this::tellLeadership).get();
        } catch (ExecutionException e) {
            LOG.warn("A listener of {} failed while it was told that {} stops leading", getNamespace(),
                    getClusterService().getId(), e.getCause());
        }
        // After the listeners stopped consuming: the next leader must not start while this one still delivers.
        election.release();
        // The renew deadlines still scheduled have nothing left to end.
        executors.shutdownNow(events);
    }

    @Override
    public void held(long startedNanos) {
        long until = startedNanos + timing.renewDeadline().toNanos();
        leadsUntilNanos = until;
        otherHolder = null;
        events.execute(this::tellLeadership);
        // The deadline: unless a later round renewed the Lease by then, this instance stops leading.
        events.schedule(this::tellLeadership, until - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void heldBy(String holder) {
        leadsUntilNanos = null;
        otherHolder = holder;
        events.execute(this::tellLeadership);
    }

    /** On the events thread: tells the listeners when whether this instance leads changed. */
    private void tellLeadership() {
        Long until = leadsUntilNanos;
        boolean leadsNow = until != null && System.nanoTime() - until < 0;
        if (leadsNow == leads) {
            return;
        }
        leads = leadsNow;
        if (leadsNow) {
            LOG.info("{} leads {}", getClusterService().getId(), getNamespace());
        } else {
            LOG.info("{} no longer leads {}", getClusterService().getId(), getNamespace());
        }
        fireLeadershipChangedEvent(getLeader().orElse(null));
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return localMember;
    }

    /** This instance while it leads; else the holder of the Lease as the last round saw it, if any. */
    @Override
    public Optional<CamelClusterMember> getLeader() {
        if (leads) {
            return Optional.of(localMember);
        }
        return Optional.ofNullable(otherHolder).map(LeaseClusterView::holder);
    }

    /** The other instance that holds the Lease. */
    private static CamelClusterMember holder(String id) {
        return ClusterMember.remote(id, true);
    }

    /** This instance and the one that holds the Lease: a Lease names its holder only. */
    @Override
    public List<CamelClusterMember> getMembers() {
        return Stream
                .concat(Stream.of(localMember), Optional.ofNullable(otherHolder).map(LeaseClusterView::holder).stream())
                .toList();
    }
}
