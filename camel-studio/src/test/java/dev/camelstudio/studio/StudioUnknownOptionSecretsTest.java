package dev.camelstudio.studio;

import java.util.ArrayList;
import java.util.List;

import dev.camelstudio.studio.support.LogCapture;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A misspelt option and a secret cut in two by an '&' fail the route with the option named, the fix said, and no
 * secret, nor the tail of one, in any exception message or log line (Camel's own error would print both).
 */
class StudioUnknownOptionSecretsTest {

    private static final String SECRET = "S3cr3t-Canary";
    private static final String TAIL = "Canary-123";

    /** Everything a user sees when the route starts: the exception messages, causes included, and every log line. */
    private record Outcome(List<String> messages, List<String> logs, List<String> endpointUris) {

        String all() {
            return String.join("\n", messages) + "\n" + String.join("\n", logs) + "\n"
                    + String.join("\n", endpointUris);
        }
    }

    private static Outcome start(RouteSource routes) throws Exception {
        List<String> messages = new ArrayList<>();
        List<String> endpointUris = new ArrayList<>();
        try (LogCapture logs = LogCapture.capture(); CamelContext context = new DefaultCamelContext()) {
            routes.addTo(context);
            try {
                context.start();
            } catch (Exception e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    messages.add(cause.toString());
                }
            }
            // As Camel shows them (JMX, route listings): sanitized, which masks the secrets it knows.
            context.getEndpoints().stream().filter(StudioEndpoint.class::isInstance)
                    .forEach(endpoint -> endpointUris.add(URISupport.sanitizeUri(endpoint.getEndpointUri())));
            return new Outcome(messages, logs.lines(), endpointUris);
        }
    }

    private interface RouteSource {
        void addTo(CamelContext context) throws Exception;
    }

    private static RouteSource javaRoute(String uri) {
        return context -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("r").to("log:out");
            }
        });
    }

    @Test
    void aMisspeltSecretIsNamedWithTheOptionItWasMeantToBeAndNeverShown() throws Exception {
        // First in the URI, after a short route id: where Camel's route description would still show it.
        Outcome outcome = start(javaRoute("studio:activity?clientSecert=" + SECRET + "&accountId=1&clientId=c"));

        assertThat(outcome.all()).doesNotContain(SECRET).doesNotContain("S3cr3t");
        assertThat(outcome.messages()).isNotEmpty().last().asString()
                .contains("The studio endpoint has no option clientSecert (did you mean clientSecret?) "
                        + "(values not shown)")
                .contains("wrap it in RAW(...)");
        assertThat(outcome.endpointUris()).singleElement().asString().contains("clientSecert=xxxxxx");
    }

    @Test
    void theTailOfASecretCutAtAnAmpersandIsNeitherShownNorTakenForAnOption() throws Exception {
        Outcome outcome = start(javaRoute("studio:activity?accountId=1&clientId=c&clientSecret=S3cr3t&" + TAIL));

        assertThat(outcome.all()).doesNotContain(TAIL).doesNotContain("S3cr3t");
        assertThat(outcome.messages()).last().asString()
                .contains("The studio endpoint was given 1 option with no value, whose name is not shown: most "
                        + "likely the rest of a secret cut at an '&'")
                .contains("If a secret contains &, + or %, wrap it in RAW(...), e.g. "
                        + "clientSecret=RAW({{studio.client-secret}})");
    }

    @Test
    void aMisspeltOptionInYamlParametersIsToldTheSameWay() throws Exception {
        Outcome outcome = start(context -> PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString(
                "typo.camel.yaml", """
                        - route:
                            id: r
                            from:
                              uri: studio:activity
                              parameters:
                                accountId: "1"
                                clientId: c
                                clientScret: "%s"
                              steps:
                                - to: log:out
                        """.formatted(SECRET))));

        assertThat(outcome.all()).doesNotContain(SECRET);
        assertThat(outcome.messages()).last().asString().contains("clientScret (did you mean clientSecret?)");
    }

    @Test
    void aMisspeltSecretWrittenInRawWithAnAmpersandIsMaskedWhole() throws Exception {
        Outcome outcome = start(javaRoute("studio:activity?accountId=1&clientId=c&clientScret=RAW(S3cr3t&Canary-123)"));

        assertThat(outcome.all()).doesNotContain("S3cr3t").doesNotContain("Canary-123");
        assertThat(outcome.messages()).last().asString().contains("clientScret (did you mean clientSecret?)");
    }

    @Test
    void anOptionFarFromAnyIsNamedWithoutASuggestion() throws Exception {
        Outcome outcome = start(javaRoute("studio:activity?accountId=1&clientId=c&clientSecret=s&colour=blue"));

        assertThat(outcome.messages()).last().asString()
                .contains("The studio endpoint has no option colour (values not shown)").doesNotContain("blue")
                .doesNotContain("did you mean");
    }
}
