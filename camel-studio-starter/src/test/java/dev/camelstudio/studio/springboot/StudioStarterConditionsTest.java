package dev.camelstudio.studio.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the auto-configuration applies, and that a property Spring cannot read stops the application at startup with
 * a message naming the property (instead of a consumer that fails later, or a default silently used).
 */
class StudioStarterConditionsTest {

    // A runner reads no application.properties: the YAML test's route is kept out here too.
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, StudioComponentConverter.class,
                    StudioComponentAutoConfiguration.class))
            .withPropertyValues("camel.main.routes-include-pattern=classpath:no-yaml-routes/*");

    @Test
    void appliesByDefault() {
        runner.run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(StudioComponentAutoConfiguration.class)
                .hasBean("configureStudioComponent"));
    }

    @ParameterizedTest
    @CsvSource({"camel.component.studio.enabled", "camel.component.enabled"})
    void enabledFalseLeavesTheCustomizerOut(String property) {
        runner.withPropertyValues(property + "=false", "camel.component.studio.heartbeat-timeout=1m30")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(StudioComponentAutoConfiguration.class)
                        .doesNotHaveBean("configureStudioComponent"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "camel.component.studio.client-secert=S3cr3t-Canary | camel.component.studio.client-secert (did you mean "
                    + "camel.component.studio.client-secret?) is not an option of the studio component",
            "camel.component.studio.clientSecert=S3cr3t-Canary  | camel.component.studio.clientSecert (did you mean "
                    + "camel.component.studio.client-secret?) is not an option of the studio component",
            "camel.component.studio.colour=S3cr3t-Canary        | camel.component.studio.colour is not an option",
    })
    void aPropertyThatIsNoOptionFailsStartupNamingItButNotItsValue(String property, String expected) {
        runner.withPropertyValues(property, "camel.component.studio.access-token=t").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains(expected).doesNotContain("S3cr3t-Canary");
        });
    }

    @Test
    void optionsInEitherSpellingAndSpringsOwnPropertiesPass() {
        runner.withPropertyValues("camel.component.studio.client-id=c", "camel.component.studio.clientSecret=s",
                "camel.component.studio.customizer.enabled=true", "camel.component.studio.enabled=true",
                "camel.component.studio.heartbeat-timeout=30s")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "camel.component.studio.heartbeat-timeout=1m30 | camel.component.studio.heartbeat-timeout",
            "camel.component.studio.body-type=xml          | camel.component.studio.body-type",
            "camel.component.studio.max-frame-size=4MB     | camel.component.studio.max-frame-size",
            "camel.component.studio.shared-connection=yes please | camel.component.studio.shared-connection",
            "camel.component.studio.ssl-context-parameters=#bean:missing | camel.component.studio.ssl-context-parameters",
    })
    void aWrongPropertyFailsStartupNamingIt(String property, String name) {
        runner.withPropertyValues(property).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains(name);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "camel.component.studio.reconnect-initial-delay=1ms;camel.component.studio.access-token=t | reconnectInitialDelay",
            "camel.component.studio.reconnect-max-delay=-5s;camel.component.studio.access-token=t     | reconnectMaxDelay",
            "camel.component.studio.client-id=only-the-id                                             | clientSecret",
    })
    void aValueTheComponentRefusesFailsStartupNamingTheOption(String properties, String option) {
        // Spring reads these; the component's own checks refuse them when the route's endpoint is created.
        runner.withBean(RouteBuilder.class, StudioStarterConditionsTest::route)
                .withPropertyValues(properties.split(";"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context.getStartupFailure())).contains(option);
                });
    }

    @Test
    void noSecretIsInTheStartupFailure() {
        runner.withBean(RouteBuilder.class, StudioStarterConditionsTest::route)
                .withPropertyValues("camel.component.studio.client-id=an-id",
                        "camel.component.studio.client-secret=do-not-print-the-secret",
                        "camel.component.studio.access-token=do-not-print-the-token")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context.getStartupFailure())).contains("accessToken")
                            .doesNotContain("do-not-print-the-secret").doesNotContain("do-not-print-the-token");
                });
    }

    private static RouteBuilder route() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("studio:activity?accountId=100000").routeId("refused").to("log:refused");
            }
        };
    }

    /** The messages of a failure and all its causes, as a log shows them. */
    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
