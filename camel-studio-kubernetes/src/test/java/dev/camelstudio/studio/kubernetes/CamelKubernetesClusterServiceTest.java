package dev.camelstudio.studio.kubernetes;

import java.time.Duration;
import java.util.Map;

import dev.camelstudio.simulator.cluster.ClusteredStudioContext.Election;

import io.fabric8.kubernetes.api.model.PodBuilder;
import org.apache.camel.component.kubernetes.KubernetesConfiguration;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.junit.jupiter.api.Test;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Why the README recommends {@link KubernetesLeaseClusterService} and not camel-kubernetes' own
 * {@code KubernetesClusterService} (Camel 4.18.0), on the same API server and timings: it judges the leader by its pod
 * alone, never by the Lease's renewals. A leader whose pod is listed as running and ready keeps the leadership although
 * it stopped renewing (its Camel context stopped, or it lost the API server: then it stops consuming at its renew
 * deadline, so there is never a second consumer, but nobody consumes), and once the pod goes, the next leader waits one
 * more lease duration before it starts. It also needs {@code list} on pods. Should a
 * Camel upgrade change this, this test fails and the README's advice can change.
 */
class CamelKubernetesClusterServiceTest extends FailoverTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(CamelKubernetesClusterServiceTest.class);
    private static final Map<String, String> LABELS = Map.of("app", "studio-activity");

    private ClusterInstance replicaOnCamelsService(String id) throws Exception {
        return replicaOnCamelsService(id, apiServer.url());
    }

    private ClusterInstance replicaOnCamelsService(String id, String apiServerUrl) throws Exception {
        // Camel lists the pods of the cluster: each replica's pod, running and ready.
        apiServer.client().pods().resource(new PodBuilder().withNewMetadata().withName(id).withLabels(LABELS)
                .endMetadata().withNewStatus().withPhase("Running").addNewCondition().withType("Ready")
                .withStatus("True").endCondition().endStatus().build()).create();
        ClusterInstance instance = ClusterInstance.prepare(id, apiServerUrl);
        KubernetesConfiguration client = new KubernetesConfiguration();
        client.setKubernetesClient(instance.client());
        KubernetesClusterService cluster = new KubernetesClusterService(client);
        cluster.setId(id);
        cluster.setPodName(id);
        cluster.setClusterLabels(LABELS);
        cluster.setLeaseDurationMillis(ClusterInstance.LEASE_DURATION.toMillis());
        cluster.setRenewDeadlineMillis(ClusterInstance.RENEW_DEADLINE.toMillis());
        cluster.setRetryPeriodMillis(ClusterInstance.RETRY_PERIOD.toMillis());
        return instance.start(cluster, uri(), deliveries, Election.MASTER_ENDPOINT);
    }

    private String camelsLeaseHolder() {
        var lease = apiServer.client().leases().withName("leaders-" + ClusterInstance.NAMESPACE).get();
        return lease == null ? null : lease.getSpec().getHolderIdentity();
    }

    @Test
    void aStoppedLeaderLeadsAsLongAsItsPodIsReadyAndTheNextStartsALeaseDurationAfterThePodWent() throws Exception {
        a = replicaOnCamelsService("A");
        long first = publish(1);
        await("A delivers").atMost(PATIENCE).until(() -> deliveries.last() == first);
        b = replicaOnCamelsService("B");
        await("B stands by").pollDelay(ClusterInstance.RETRY_PERIOD.multipliedBy(2)).atMost(PATIENCE)
                .until(() -> "A".equals(camelsLeaseHolder()));

        // A stops (its pod stays running and ready, as during a graceful shutdown): it keeps the Lease, and although
        // nobody renews it, B does not take over, for as long as A's pod is listed as ready.
        a.close();
        a = null;
        assertThat(camelsLeaseHolder()).as("the Lease right after A stopped").isEqualTo("A");
        long next = publish(1);
        await("nobody delivers while A's pod is ready").during(ClusterInstance.LEASE_DURATION.multipliedBy(2))
                .atMost(PATIENCE).until(() -> !deliveries.sequences().contains(next));

        // A's pod goes: B takes the Lease over, then waits one more lease duration before it starts.
        long podGone = System.nanoTime();
        apiServer.client().pods().withName("A").delete();
        await("B delivers").atMost(PATIENCE).until(() -> deliveries.sequences("B").contains(next));
        Duration failover = Duration.ofNanos(System.nanoTime() - podGone);
        LOG.info("camel-kubernetes' cluster service: B delivered {} ms after A's pod went", failover.toMillis());
        assertThat(failover).isGreaterThan(ClusterInstance.LEASE_DURATION);
    }

    @Test
    void aLeaderCutOffFromTheApiServerStopsConsumingAndNobodyTakesOverWhileItsPodIsReady() throws Exception {
        ApiServerLink linkA = link();
        a = replicaOnCamelsService("A", linkA.url());
        long first = publish(1);
        await("A delivers").atMost(PATIENCE).until(() -> deliveries.last() == first);
        b = replicaOnCamelsService("B");
        await("B stands by").pollDelay(ClusterInstance.RETRY_PERIOD.multipliedBy(2)).atMost(PATIENCE)
                .until(() -> "A".equals(camelsLeaseHolder()));

        // A cannot renew: it stops consuming at its renew deadline (never two consumers), but B does not take over,
        // for A's pod is still listed as ready.
        linkA.cut();
        await("A steps down").atMost(PATIENCE).until(() -> !a.isLeader());
        long next = publish(1);
        await("nobody delivers while A's pod is ready").during(ClusterInstance.LEASE_DURATION.multipliedBy(2))
                .atMost(PATIENCE).until(() -> !deliveries.sequences().contains(next));
        assertThat(b.isLeader()).isFalse();
    }
}
