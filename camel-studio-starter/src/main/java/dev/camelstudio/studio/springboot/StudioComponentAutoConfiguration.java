package dev.camelstudio.studio.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelstudio.studio.StudioComponent;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Applies the {@code camel.component.studio.*} properties to the {@code studio} component that Camel creates: it
 * never creates the component itself, so routes, YAML and Java alike, get the configured one. Off with
 * {@code camel.component.studio.enabled=false} (or {@code camel.component.enabled=false}); the customizer alone off
 * with {@code camel.component.studio.customizer.enabled=false}. A property under {@code camel.component.studio} that is
 * no option fails the start, naming it ({@link StudioPropertyNames}).
 */
@AutoConfiguration(after = {CamelAutoConfiguration.class, StudioComponentConverter.class})
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, StudioComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.studio"})
public class StudioComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final StudioComponentConfiguration configuration;

    /**
     * Created by Spring, with the properties as bound.
     *
     * @param applicationContext where the {@code customizer.enabled} properties are read
     * @param camelContext the Camel context that converts the option values and resolves their bean references
     * @param configuration the {@code camel.component.studio.*} properties as bound
     */
    public StudioComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
            StudioComponentConfiguration configuration) {
        if (applicationContext.getEnvironment() instanceof ConfigurableEnvironment environment) {
            StudioPropertyNames.check(environment);
        }
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    /**
     * Lazy, as in Camel's own starters: Camel looks customizers up when it creates the component, and by then the
     * beans that the properties refer to ({@code #bean:name}) exist.
     *
     * @return the customizer that copies the options set onto the {@code studio} component
     */
    @Lazy
    @Bean
    public ComponentCustomizer configureStudioComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configurationFirst(), target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                        "camel.component.customizer", "camel.component.studio.customizer")
                        && target instanceof StudioComponent;
            }
        };
    }

    /**
     * The options set, the {@code configuration} bean first: it replaces the component's whole configuration, so
     * the single options set beside it must come after it to refine it instead of being lost.
     */
    private Map<String, Object> configurationFirst() {
        Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
        Map<String, Object> ordered = new LinkedHashMap<>();
        Object whole = options.remove("configuration");
        if (whole != null) {
            ordered.put("configuration", whole);
        }
        ordered.putAll(options);
        return ordered;
    }
}
