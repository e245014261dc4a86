package dev.camelstudio.examples.springboot;

import dev.camelstudio.studio.StudioConstants;
import dev.camelstudio.studio.protocol.MessageType;

import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Fills to the queue, the rest to the log. The route names only the account: the server, the credentials and TLS are
 * set once on the component ({@code camel.component.studio.*}), and so never appear in a URI that Camel may print.
 */
@Component
public class StudioActivityRoute extends RouteBuilder {

    /** The route's id, which also names its consumer's health check ({@code consumer:studio-activity}). */
    public static final String ROUTE_ID = "studio-activity";

    @Override
    public void configure() {
        from("studio:activity?accountId={{studio.account-id}}").routeId(ROUTE_ID)
                .choice()
                .when(header(StudioConstants.MESSAGE_TYPE).isEqualTo(MessageType.TRADE_NOTICE))
                // A fill is a one-way event: InOnly, so that camel-jms sends it and waits for no reply.
                .setExchangePattern(ExchangePattern.InOnly)
                .to("jms:queue:{{fills.queue}}")
                .log(LoggingLevel.INFO, "fills", "Fill on account ${header.CamelStudioAccountId} (order "
                        + "${header.CamelStudioOrderId}, sequence ${header.CamelStudioSequence}) sent to "
                        + "queue {{fills.queue}}")
                .otherwise()
                .log(LoggingLevel.INFO, "activity", "${header.CamelStudioRawMessageType} on account "
                        + "${header.CamelStudioAccountId} (sequence ${header.CamelStudioSequence}): ${body}")
                .end();
    }
}
