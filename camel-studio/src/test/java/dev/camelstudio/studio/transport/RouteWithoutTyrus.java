package dev.camelstudio.studio.transport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelstudio.studio.StudioConstants;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import static org.awaitility.Awaitility.await;

/**
 * The route of {@link JdkTransportWithoutTyrusTest}, run in a JVM without Tyrus, Grizzly or the Jakarta WebSocket API:
 * says which of their classes are absent, consumes an endpoint until it delivered a day of so many messages, and
 * prints their sequences; then prints why a route on {@code transport=tyrus} was refused.
 */
public final class RouteWithoutTyrus {

    static final String ABSENT = "absent: ";
    static final String DELIVERED = "delivered: ";
    static final String TYRUS_REFUSED = "transport=tyrus refused: ";

    private RouteWithoutTyrus() {
    }

    /** @param args the endpoint URI, and how many data messages to wait for */
    public static void main(String[] args) throws Exception {
        for (String className : List.of("org.glassfish.tyrus.client.ClientManager", "org.glassfish.grizzly.Grizzly",
                "jakarta.websocket.ContainerProvider")) {
            try {
                Class.forName(className);
                System.out.println("present: " + className);
            } catch (ClassNotFoundException expected) {
                System.out.println(ABSENT + className);
            }
        }
        List<Long> sequences = new CopyOnWriteArrayList<>();
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(args[0]).filter(header(StudioConstants.SEQUENCE).isNotNull())
                            .process(exchange -> sequences.add(
                                    exchange.getMessage().getHeader(StudioConstants.SEQUENCE, Long.class)));
                }
            });
            context.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> sequences.size() >= Integer.parseInt(args[1]));
            System.out.println(DELIVERED + sequences);
            try {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(args[0].replace("transport=jdk", "transport=tyrus")).routeId("on-tyrus").log("${body}");
                    }
                });
                System.out.println("transport=tyrus accepted");
            } catch (Exception refused) {
                Throwable cause = refused;
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                System.out.println(TYRUS_REFUSED + cause.getMessage());
            }
        }
    }
}
