package dev.camelstudio.studio.zookeeper;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import dev.camelstudio.studio.cluster.ClusterMember;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.curator.framework.recipes.leader.LeaderLatchListener;
import org.apache.curator.framework.recipes.leader.Participant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One namespace's election: a Curator {@link LeaderLatch} at {@code path}. Leadership events reach the listeners
 * (a {@code master:} consumer, a route policy) on a thread of the view's own, so that a consumer that takes a while
 * to stop does not hold up Curator's event thread.
 */
final class LeaderLatchClusterView extends AbstractCamelClusterView {

    private static final Logger LOG = LoggerFactory.getLogger(LeaderLatchClusterView.class);

    private final Supplier<CuratorFramework> client;
    private final String path;
    /** This instance: the leader exactly while its latch says it holds leadership. */
    private final CamelClusterMember localMember = ClusterMember.local(() -> getClusterService().getId(),
            this::holdsLeadership);
    /** Set while started, by the Camel lifecycle's thread; read by the listeners. */
    private volatile LeaderLatch latch;
    private volatile ExecutorService events;

    LeaderLatchClusterView(CamelClusterService service, String namespace, Supplier<CuratorFramework> client,
            String path) {
        super(service, namespace);
        this.client = client;
        this.path = path;
    }

    @Override
    protected void doStart() throws Exception {
        events = getCamelContext().getExecutorServiceManager().newSingleThreadExecutor(this,
                "LeaderLatch[" + getNamespace() + "]");
        LeaderLatch started = new LeaderLatch(client.get(), path, getClusterService().getId(),
                LeaderLatch.CloseMode.NOTIFY_LEADER);
        started.addListener(new LeaderLatchListener() {
            @Override
            public void isLeader() {
                LOG.info("{} leads {}", getClusterService().getId(), getNamespace());
                fireLeadershipChangedEvent(localMember);
            }

            @Override
            public void notLeader() {
                LOG.info("{} no longer leads {}", getClusterService().getId(), getNamespace());
                fireLeadershipChangedEvent((CamelClusterMember) null);
            }
        }, events);
        latch = started;
        started.start();
    }

    @Override
    protected void doStop() throws Exception {
        LeaderLatch stopping = latch;
        latch = null;
        if (stopping != null) {
            // NOTIFY_LEADER: a leader hears that it no longer leads before the view goes.
            stopping.close();
        }
        getCamelContext().getExecutorServiceManager().shutdownGraceful(events);
    }

    private boolean holdsLeadership() {
        LeaderLatch current = latch;
        return current != null && current.hasLeadership();
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return localMember;
    }

    /** The leader as far as this instance can tell; empty while ZooKeeper cannot be asked. */
    @Override
    public Optional<CamelClusterMember> getLeader() {
        LeaderLatch current = latch;
        if (current == null) {
            return Optional.empty();
        }
        if (current.hasLeadership()) {
            return Optional.of(localMember);
        }
        try {
            Participant leader = current.getLeader();
            return leader.isLeader() ? Optional.of(member(leader)) : Optional.empty();
        } catch (Exception e) {
            LOG.debug("Cannot ask ZooKeeper who leads {}: {}", getNamespace(), e.toString());
            return Optional.empty();
        }
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        LeaderLatch current = latch;
        if (current == null) {
            return List.of();
        }
        try {
            return current.getParticipants().stream().map(this::member).toList();
        } catch (Exception e) {
            LOG.debug("Cannot ask ZooKeeper who takes part in {}: {}", getNamespace(), e.toString());
            return List.of();
        }
    }

    private CamelClusterMember member(Participant participant) {
        // Another instance, as the election's znodes showed it when asked.
        return participant.getId().equals(getClusterService().getId()) ? localMember
                : ClusterMember.remote(participant.getId(), participant.isLeader());
    }
}
