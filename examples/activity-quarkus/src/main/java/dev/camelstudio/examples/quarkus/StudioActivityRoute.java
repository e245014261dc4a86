package dev.camelstudio.examples.quarkus;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The account's Studio activity, one log line per message. The project's headline route ends in
 * {@code to("kafka:studio-activity")}; Camel Quarkus's Kafka extension is not available to this build, so this one ends
 * in Camel's log EIP, which camel-quarkus-core has. Camel Quarkus finds this class in the application's index and adds
 * the route: no annotation is needed.
 */
public class StudioActivityRoute extends RouteBuilder {

    static final String ROUTE_ID = "studio-activity";

    @Override
    public void configure() {
        // Only the account in the URI: the credentials and URLs are camel.component.studio.* in
        // application.properties, never in a URI (route dumps print URIs as written).
        from("studio:activity?accountId={{studio.account-id}}").routeId(ROUTE_ID)
                .log(LoggingLevel.INFO, "studio-activity", "${header.CamelStudioMessageType} on account "
                        + "${header.CamelStudioAccountId}, sequence ${header.CamelStudioSequence}");
    }
}
