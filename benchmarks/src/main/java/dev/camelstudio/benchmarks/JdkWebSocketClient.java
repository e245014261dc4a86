package dev.camelstudio.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * What a user would write without camel-studio: the JDK's {@code java.net.http.WebSocket} on one connection, each
 * message handed to a no-op route through a {@link ProducerTemplate}, the body the frame's text.
 */
final class JdkWebSocketClient implements BenchClient {

    private CamelContext context;
    private WebSocket socket;

    @Override
    public String name() {
        return "JDK WebSocket + ProducerTemplate";
    }

    @Override
    public void start(String serverUrl, List<String> accounts, Delivery delivery) throws Exception {
        context = Routes.start(routes -> routes.from("direct:activity").process(exchange -> {
        }));
        ProducerTemplate template = context.createProducerTemplate();
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(serverUrl), new WebSocket.Listener() {
                    private final StringBuilder parts = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        String frame;
                        if (last && parts.isEmpty()) {
                            frame = data.toString();
                        } else {
                            parts.append(data);
                            if (!last) {
                                webSocket.request(1);
                                return null;
                            }
                            frame = parts.toString();
                            parts.setLength(0);
                        }
                        long sequence = Delivery.sequenceOf(frame);
                        if (sequence >= 0) {
                            template.sendBody("direct:activity", frame);
                            delivery.delivered(sequence);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).join();
        for (String account : accounts) {
            socket.sendText(Subscriptions.frame(account), true).join();
        }
    }

    @Override
    public void close() throws Exception {
        if (socket != null) {
            socket.abort();
        }
        if (context != null) {
            context.close();
        }
    }
}
