package dev.camelstudio.studio.springboot;

import dev.camelstudio.studio.kubernetes.ConfigMapStateRepository;
import dev.camelstudio.studio.kubernetes.KubernetesLeaseClusterService;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.StateRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@code studio.ha.coordinator=kubernetes} with camel-studio-kubernetes on the classpath: the leader is elected on
 * Leases ({@link KubernetesLeaseClusterService}, which Camel adds to the context as it finds it) and the positions are
 * kept in a ConfigMap ({@link ConfigMapStateRepository}, the studio component's sequenceStateRepository), both from
 * {@code studio.ha.kubernetes.*}, on the application's {@link KubernetesClient} or one from the pod's service account.
 */
@AutoConfiguration(after = StudioComponentAutoConfiguration.class)
@ConditionalOnClass(KubernetesLeaseClusterService.class)
@ConditionalOnProperty(name = "studio.ha.coordinator", havingValue = "kubernetes")
@EnableConfigurationProperties(StudioHaProperties.class)
public class StudioKubernetesHaAutoConfiguration {

    /** Made by Spring when {@code studio.ha.coordinator=kubernetes}. */
    public StudioKubernetesHaAutoConfiguration() {
    }

    /**
     * The client of the pod's API server, from its service account, unless the application has one.
     *
     * @return the client, closed with the application context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public KubernetesClient studioKubernetesClient() {
        return new KubernetesClientBuilder().build();
    }

    /**
     * The election, unless the application has a cluster service of its own.
     *
     * @param client     the API server's client
     * @param properties studio.ha.*
     * @return the cluster service
     */
    @Bean
    @ConditionalOnMissingBean(CamelClusterService.class)
    public KubernetesLeaseClusterService studioClusterService(KubernetesClient client, StudioHaProperties properties) {
        StudioHaProperties.Kubernetes kubernetes = properties.getKubernetes();
        KubernetesLeaseClusterService cluster = new KubernetesLeaseClusterService(client);
        cluster.setId(StudioHaPositions.instanceId(properties));
        cluster.setNamespace(kubernetes.getNamespace());
        cluster.setLeasePrefix(kubernetes.getLeasePrefix());
        cluster.setLeaseDurationMillis(kubernetes.getLeaseDuration().toMillis());
        cluster.setRenewDeadlineMillis(kubernetes.getRenewDeadline().toMillis());
        cluster.setRetryPeriodMillis(kubernetes.getRetryPeriod().toMillis());
        return cluster;
    }

    /**
     * The positions every replica reads.
     *
     * @param client     the API server's client
     * @param properties studio.ha.*
     * @return the repository; the consumer starts it
     */
    @Bean
    @ConditionalOnMissingBean(name = "studioPositions")
    public ConfigMapStateRepository studioPositions(KubernetesClient client, StudioHaProperties properties) {
        ConfigMapStateRepository positions = new ConfigMapStateRepository(client);
        positions.setNamespace(properties.getKubernetes().getNamespace());
        positions.setConfigMapName(properties.getKubernetes().getConfigMapName());
        return positions;
    }

    /**
     * Makes the positions the studio component's, unless it has a repository already.
     *
     * @param positions the repository
     * @return the customizer
     */
    @Bean
    public ComponentCustomizer studioPositionsCustomizer(
            @Qualifier("studioPositions") StateRepository<String, String> positions) {
        return StudioHaPositions.customizer(positions);
    }
}
