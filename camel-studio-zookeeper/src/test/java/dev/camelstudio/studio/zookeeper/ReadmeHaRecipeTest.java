package dev.camelstudio.studio.zookeeper;

import java.util.Map;
import java.util.Properties;

import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.StudioComponent;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's recipe for more than one instance, its lines as they are, on a real ZooKeeper and the simulator. */
class ReadmeHaRecipeTest {

    @RegisterExtension
    EmbeddedZooKeeper zooKeeper = new EmbeddedZooKeeper();
    @RegisterExtension
    StudioSimulatorExtension studio = StudioSimulatorExtension.create(builder -> builder.tls(false)
            .account("100000", "ACC0001")
            .client("ha-client", "ha-secret", "100000"));

    @Test
    void theLeaderConsumesAndItsPositionsAreInZooKeeper() throws Exception {
        String zooKeeperNodes = zooKeeper.connectString();
        String instanceId = "instance-a";
        try (CamelContext context = new DefaultCamelContext()) {
            // One per instance (its id unique, e.g. the host name), on your ZooKeeper ensemble, e.g. "zk1:2181,zk2:2181".
            ZooKeeperLeaderLatchClusterService cluster = new ZooKeeperLeaderLatchClusterService(zooKeeperNodes);
            cluster.setId(instanceId);
            context.addService(cluster);
            context.getRegistry().bind("positions", new ZooKeeperStateRepository(zooKeeperNodes));

            pointAtTheSimulator(context);
            Properties properties = new Properties();
            properties.put("studio.account-id", "100000");
            properties.put("activity.uri", "mock:activity");
            context.getPropertiesComponent().setInitialProperties(properties);
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(context, "classpath:readme/ha.camel.yaml"));
            context.start();

            MockEndpoint activity = context.getEndpoint("mock:activity", MockEndpoint.class);
            activity.expectedMessageCount(5);
            studio.simulator().publishActivity("100000", 5);
            activity.assertIsSatisfied(20_000);
            assertThat(zooKeeper.children("/camel-studio/positions")).contains("studio:100000");
        }
    }

    /** What camel.component.studio.* properties do in an application: the simulator's URLs and client. */
    private void pointAtTheSimulator(CamelContext context) {
        StudioComponent component = context.getComponent("studio", StudioComponent.class);
        for (Map.Entry<String, String> property : studio.simulator().componentProperties("ha-client").entrySet()) {
            String option =
                    StringHelper.dashToCamelCase(property.getKey().substring("camel.component.studio.".length()));
            PropertyBindingSupport.build().bind(context, component, option, property.getValue());
        }
    }
}
