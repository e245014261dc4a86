package dev.camelstudio.studio.springboot;

import dev.camelstudio.studio.zookeeper.ZooKeeperLeaderLatchClusterService;
import dev.camelstudio.studio.zookeeper.ZooKeeperStateRepository;

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
 * {@code studio.ha.coordinator=zookeeper} with camel-studio-zookeeper on the classpath: the leader is elected on the
 * ensemble ({@link ZooKeeperLeaderLatchClusterService}, which Camel adds to the context as it finds it) and the
 * positions are kept there ({@link ZooKeeperStateRepository}, the studio component's sequenceStateRepository), both
 * from {@code studio.ha.zookeeper.*}.
 */
@AutoConfiguration(after = StudioComponentAutoConfiguration.class)
@ConditionalOnClass(ZooKeeperLeaderLatchClusterService.class)
@ConditionalOnProperty(name = "studio.ha.coordinator", havingValue = "zookeeper")
@EnableConfigurationProperties(StudioHaProperties.class)
public class StudioZooKeeperHaAutoConfiguration {

    /** Made by Spring when {@code studio.ha.coordinator=zookeeper}. */
    public StudioZooKeeperHaAutoConfiguration() {
    }

    /**
     * The election, unless the application has a cluster service of its own.
     *
     * @param properties studio.ha.*
     * @return the cluster service
     */
    @Bean
    @ConditionalOnMissingBean(CamelClusterService.class)
    public ZooKeeperLeaderLatchClusterService studioClusterService(StudioHaProperties properties) {
        StudioHaProperties.ZooKeeper zooKeeper = properties.getZookeeper();
        ZooKeeperLeaderLatchClusterService cluster = new ZooKeeperLeaderLatchClusterService(zooKeeper.getNodes());
        cluster.setId(StudioHaPositions.instanceId(properties));
        cluster.getZooKeeper().setSessionTimeout(zooKeeper.getSessionTimeout());
        cluster.setBasePath(zooKeeper.getBasePath());
        return cluster;
    }

    /**
     * The positions every instance reads.
     *
     * @param properties studio.ha.*
     * @return the repository; the consumer starts it
     */
    @Bean
    @ConditionalOnMissingBean(name = "studioPositions")
    public ZooKeeperStateRepository studioPositions(StudioHaProperties properties) {
        StudioHaProperties.ZooKeeper zooKeeper = properties.getZookeeper();
        ZooKeeperStateRepository positions = new ZooKeeperStateRepository(zooKeeper.getNodes());
        positions.getZooKeeper().setSessionTimeout(zooKeeper.getSessionTimeout());
        positions.setBasePath(zooKeeper.getPositionsPath());
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
