package dev.camelstudio.studio.readme;

import org.apache.camel.main.MainConfigurationProperties;

/** The README's first route in YAML (readme/orders.camel.yaml), run as its Java twin is. */
class OrdersYamlRouteTest extends OrdersRouteTest {

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        configuration.withRoutesIncludePattern("classpath:readme/orders.camel.yaml");
    }
}
