package dev.camelstudio.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

/**
 * What a user would write without camel-studio: the JDK's {@code java.net.http.WebSocket} on one connection, each
 * message handed to a no-op route through a {@link ProducerTemplate}. {@link #bare()}: each data message, the body
 * its text and nothing decoded. {@link #handWritten()}: the fair peer of camel-studio {@code bodyType=json}, every
 * message with the headers a {@link HandWrittenDecoder} sets (no reconnect, no dedupe).
 */
final class JdkWebSocketClient implements BenchClient {

    static final String BARE_NAME = "JDK WebSocket + ProducerTemplate";
    static final String HAND_WRITTEN_NAME = "hand-written: JDK WebSocket, Jackson headers, ProducerTemplate";

    /** Null for the bare client. */
    private final HandWrittenDecoder decoder;
    private CamelContext context;
    private WebSocket socket;

    private JdkWebSocketClient(HandWrittenDecoder decoder) {
        this.decoder = decoder;
    }

    static JdkWebSocketClient bare() {
        return new JdkWebSocketClient(null);
    }

    static JdkWebSocketClient handWritten() {
        return new JdkWebSocketClient(new HandWrittenDecoder());
    }

    @Override
    public String name() {
        return decoder == null ? BARE_NAME : HAND_WRITTEN_NAME;
    }

    @Override
    public void start(String serverUrl, List<String> accounts, Delivery delivery) throws Exception {
        context = Routes.start(routes -> routes.from("direct:activity").process(exchange -> {
        }));
        ProducerTemplate template = context.createProducerTemplate();
        Endpoint route = context.getEndpoint("direct:activity");
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(serverUrl), new WebSocket.Listener() {
                    private final StringBuilder parts = new StringBuilder();
                    /** The sequence of the frame last sent with headers; this listener's calls never overlap. */
                    private long headersSequence;

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
                        long sequence = decoder == null ? sendData(frame) : sendWithHeaders(frame);
                        if (sequence >= 0) {
                            delivery.delivered(sequence);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    private long sendData(String frame) {
                        long sequence = Delivery.sequenceOf(frame);
                        if (sequence >= 0) {
                            template.sendBody(route, frame);
                        }
                        return sequence;
                    }

                    private long sendWithHeaders(String frame) {
                        headersSequence = -1;
                        template.send(route, exchange -> headersSequence = decoder.fill(frame, exchange.getMessage()));
                        return headersSequence;
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
