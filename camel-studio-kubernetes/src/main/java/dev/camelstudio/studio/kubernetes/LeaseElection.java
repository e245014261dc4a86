package dev.camelstudio.studio.kubernetes;

import java.time.ZonedDateTime;
import java.util.Objects;

import dev.camelstudio.studio.support.RepeatingFailureLog;
import dev.camelstudio.studio.support.ServerText;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseList;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One namespace's election on a {@code coordination.k8s.io/v1} Lease, a round at a time on the view's election
 * thread: each round reads the Lease, then creates it, renews it, or takes it over when it is vacant or expired, each
 * write compare-and-set on its {@code resourceVersion} (HTTP 409 when another instance wrote first). What a round finds
 * goes to its {@link Outcome}; a round that fails tells nothing, and the holder's time runs out on its own.
 * <p>
 * Expiry is judged on this instance's clock alone, as Kubernetes' own clients judge it: a Lease is expired once it
 * has not changed for its {@code leaseDurationSeconds} since this instance saw it as it is, whatever its
 * {@code renewTime} says, so clocks that disagree between nodes do not matter. The holder counts from the start of the
 * round that renewed it; nobody can have seen that renewal earlier, so the holder's {@code renewDeadline} ends before
 * any other instance's {@code leaseDuration} does.
 */
final class LeaseElection {

    /** What the rounds find out. Called on the election thread. */
    interface Outcome {

        /**
         * This instance holds the Lease: a round that started at {@code startedNanos} ({@link System#nanoTime()})
         * created, renewed or took it over.
         */
        void held(long startedNanos);

        /** Another instance holds the Lease and it has not expired. */
        void heldBy(String holder);
    }

    private static final Logger LOG = LoggerFactory.getLogger(LeaseElection.class);
    private static final int CONFLICT = 409;
    private static final int FORBIDDEN = 403;

    private final NonNamespaceOperation<Lease, LeaseList, Resource<Lease>> leases;
    private final String name;
    private final String description;
    private final String identity;
    private final LeaseTiming timing;
    private final Outcome outcome;
    private final RepeatingFailureLog failures = new RepeatingFailureLog(LOG);
    // The rest is owned by the election thread.
    /** The Lease as this instance last saw it change, and when ({@link System#nanoTime()}). */
    private Lease seen;
    private long seenAtNanos;
    private boolean failing;

    LeaseElection(KubernetesClient client, String namespace, String name, String identity, LeaseTiming timing,
            Outcome outcome) {
        this.leases = client.leases().inNamespace(namespace);
        this.name = name;
        this.description = "Lease " + namespace + "/" + name;
        this.identity = identity;
        this.timing = timing;
        this.outcome = outcome;
    }

    /** Reads the Lease and acts on it; never throws, so that the next round comes. */
    void round() {
        long started = System.nanoTime();
        try {
            Lease current = leases.withName(name).get();
            long readAt = System.nanoTime();
            if (current == null) {
                leases.resource(leaseOf(0)).create();
                LOG.info("{} leads: it created {}", identity, description);
                outcome.held(started);
            } else if (identity.equals(holder(current))) {
                leases.resource(renewed(current)).update();
                outcome.held(started);
            } else if (holder(current) == null || expired(current, readAt)) {
                leases.resource(takenOver(current)).update();
                LOG.info("{} leads: it took {} over from {}", identity, description,
                        Objects.requireNonNullElse(holder(current), "nobody"));
                outcome.held(started);
            } else {
                outcome.heldBy(holder(current));
            }
            if (failing) {
                failing = false;
                failures.succeeded(identity + " reaches " + description + " again");
            }
        } catch (KubernetesClientException e) {
            failed(e);
        } catch (RuntimeException e) {
            // Whatever else a client throws must not end the rounds: the next one tries again.
            failing = true;
            failures.failure(identity + " cannot use " + description + ": " + ServerText.excerpt(e.toString()));
        }
    }

    /** Gives the Lease up, if this instance holds it, so that another takes it over at its next round. */
    void release() {
        try {
            Lease current = leases.withName(name).get();
            if (current != null && identity.equals(holder(current))) {
                leases.resource(new LeaseBuilder(current).editSpec().withHolderIdentity(null).withAcquireTime(null)
                        .withRenewTime(ZonedDateTime.now()).endSpec().build()).update();
                LOG.info("{} gave {} up", identity, description);
            }
        } catch (RuntimeException e) {
            LOG.warn("{} cannot give {} up ({}): another instance takes it over once it expired", identity, description,
                    ServerText.excerpt(e.getMessage()));
        }
    }

    private void failed(KubernetesClientException e) {
        if (e.getCode() == CONFLICT) {
            // Another instance wrote the Lease since this round read it: the next round sees what it wrote.
            LOG.debug("{} was changed by another instance during a round of {}", description, identity);
            return;
        }
        failing = true;
        String fix = e.getCode() == FORBIDDEN
                ? "; the service account needs get, create and update on leases (coordination.k8s.io)"
                : "; it leads only once it renewed the Lease again";
        failures.failure(identity + " cannot use " + description + " (HTTP " + e.getCode() + ": "
                + ServerText.excerpt(e.getMessage()) + ")" + fix);
    }

    /** Whether {@code current} stayed unchanged for its lease duration, as this instance saw it. */
    private boolean expired(Lease current, long readAt) {
        if (seen == null || !Objects.equals(seen.getMetadata().getResourceVersion(),
                current.getMetadata().getResourceVersion())) {
            seen = current;
            seenAtNanos = readAt;
            return false;
        }
        Integer seconds = current.getSpec().getLeaseDurationSeconds();
        long durationNanos = seconds == null ? timing.leaseDuration().toNanos() : seconds * 1_000_000_000L;
        return readAt - seenAtNanos > durationNanos;
    }

    private static String holder(Lease lease) {
        LeaseSpec spec = lease.getSpec();
        String holder = spec == null ? null : spec.getHolderIdentity();
        return holder == null || holder.isEmpty() ? null : holder;
    }

    private Lease renewed(Lease current) {
        return new LeaseBuilder(current).editSpec().withLeaseDurationSeconds(timing.leaseDurationSeconds())
                .withRenewTime(ZonedDateTime.now()).endSpec().build();
    }

    /** The Lease held by this instance from now on; with {@code current}'s metadata, so that the write is compare-and-set. */
    private Lease takenOver(Lease current) {
        Integer transitions = current.getSpec() == null ? null : current.getSpec().getLeaseTransitions();
        Lease next = leaseOf(transitions == null ? 1 : transitions + 1);
        next.setMetadata(current.getMetadata());
        return next;
    }

    private Lease leaseOf(int transitions) {
        ZonedDateTime now = ZonedDateTime.now();
        return new LeaseBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withHolderIdentity(identity).withLeaseDurationSeconds(timing.leaseDurationSeconds())
                .withAcquireTime(now).withRenewTime(now).withLeaseTransitions(transitions).endSpec().build();
    }
}
