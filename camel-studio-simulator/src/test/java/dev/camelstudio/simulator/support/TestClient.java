package dev.camelstudio.simulator.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.protocol.Json;

import com.fasterxml.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * A plain WebSocket client for the simulator's own tests, on the JDK's {@code java.net.http} (deliberately not the
 * Tyrus client the component uses): records every frame and the close.
 */
public final class TestClient implements WebSocket.Listener, AutoCloseable {

    private final List<String> frames = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private TestClient(StudioSimulator studio) {
        this.socket = http(studio).newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(studio.webSocketUrl(), this)
                .join();
    }

    public static TestClient connect(StudioSimulator studio) {
        return new TestClient(studio);
    }

    public static HttpClient http(StudioSimulator studio) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (studio.isTls()) {
            builder.sslContext(studio.sslContext());
        }
        return builder.build();
    }

    /** POSTs a body to the token endpoint. */
    public static HttpResponse<String> postToken(StudioSimulator studio, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(studio.tokenUrl())
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http(studio).sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }

    /** Fetches a token for a client over HTTP, as the component does. */
    public static String fetchToken(StudioSimulator studio, String clientId, String clientSecret) {
        String body = Json.write(Json.object()
                .put("grant_type", "client_credentials")
                .put("client_id", clientId)
                .put("client_secret", clientSecret)
                .put("audience", "https://api.clearstreet.io"));
        HttpResponse<String> response = postToken(studio, "application/json", body);
        if (response.statusCode() != 200) {
            throw new AssertionError("token request failed: " + response.statusCode() + " " + response.body());
        }
        return parse(response.body()).get("access_token").asText();
    }

    public static String subscribeFrame(String token, String accountId) {
        var frame = Json.object().put("authorization", token);
        frame.putObject("payload").put("type", "subscribe-activity").put("account_id", accountId);
        return Json.write(frame);
    }

    public TestClient send(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    public TestClient subscribe(String token, String accountId) {
        return send(subscribeFrame(token, accountId));
    }

    /** Every text frame received so far. */
    public List<String> frames() {
        return new ArrayList<>(frames);
    }

    /** The received frames parsed, in order. */
    public List<JsonNode> messages() {
        return frames().stream().map(TestClient::parse).toList();
    }

    /** The received messages of one {@code payload.type}. */
    public List<JsonNode> messages(String type) {
        return messages().stream().filter(ofType(type)).toList();
    }

    public static Predicate<JsonNode> ofType(String type) {
        return message -> type.equals(message.path("payload").path("type").asText());
    }

    /** Waits until a received message matches, and returns it. */
    public JsonNode awaitMessage(Predicate<JsonNode> match) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> messages().stream().filter(match).findFirst().orElse(null), m -> m != null);
    }

    /** Waits until at least {@code count} messages of this type have arrived. */
    public List<JsonNode> awaitMessages(String type, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> messages(type), list -> list.size() >= count);
    }

    /** Waits for the close and returns its code (1006 for a connection lost without a close frame). */
    public int awaitClose() {
        return await().atMost(Duration.ofSeconds(10)).until(() -> closeCode.getNow(null), code -> code != null);
    }

    public boolean isClosed() {
        return closeCode.isDone();
    }

    public static JsonNode parse(String text) {
        try {
            return Json.read(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.complete(1006);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        socket.abort();
    }
}
