package dev.camelstudio.studio.readme;

import dev.camelstudio.studio.StudioConstants;
import dev.camelstudio.studio.protocol.MessageType;

import org.apache.camel.builder.RouteBuilder;

/** Order updates of one account, to wherever orders.uri says; the credentials come from the configuration. */
public class OrdersRoute extends RouteBuilder {
    @Override
    public void configure() {
        from("studio:activity?accountId={{studio.account-id}}")
                .filter(header(StudioConstants.MESSAGE_TYPE).isEqualTo(MessageType.ORDER_UPDATE))
                .log("order ${header.CamelStudioOrderId} is ${header.CamelStudioOrderStatus}")
                .to("{{orders.uri}}");
    }
}
