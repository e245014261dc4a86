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
import java.util.function.Predicate;

import javax.net.ssl.SSLContext;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.protocol.Json;
import dev.camelstudio.simulator.server.TlsMaterial;

import com.fasterxml.jackson.databind.JsonNode;

import static dev.camelstudio.simulator.support.Wait.await;

/**
 * A plain WebSocket client for the simulator's own tests, on the JDK's {@code java.net.http} (deliberately not the
 * Tyrus client the component uses): records every frame and how the connection ended.
 * <p>
 * Frames that are not JSON are kept in {@link #frames()} and skipped by {@link #messages()}.
 */
public final class TestClient implements WebSocket.Listener, AutoCloseable {

    /** Close code the tests use for "the connection ended without a close frame" (RFC 6455 §7.1.5). */
    public static final int ABNORMAL = 1006;

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Built once: every simulator has the same certificate, and loading the trust store is slow. */
    private static final SSLContext TRUST_SIMULATOR = TlsMaterial.clientContext();

    /** One received text frame: its text, its parse (null if not JSON) and when it arrived. */
    public record Received(String text, JsonNode json, long nanos) {
    }

    /** How the connection ended: a close frame with its code and reason, or an error without one. */
    public record Ending(int code, String reason, boolean closeFrame, Throwable error) {
    }

    private final List<Received> received = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Ending> ending = new CompletableFuture<>();
    private volatile WebSocket socket;

    private TestClient() {
    }

    /** Connects (and waits for the upgrade), failing the test if it cannot. */
    public static TestClient connect(StudioSimulator studio) {
        return connect(studio.webSocketUrl(), studio);
    }

    public static TestClient connect(URI url, StudioSimulator studio) {
        return tryConnect(url, studio).join();
    }

    /** Connects without waiting: the future fails if the upgrade does. */
    public static CompletableFuture<TestClient> tryConnect(StudioSimulator studio) {
        return tryConnect(studio.webSocketUrl(), studio);
    }

    public static CompletableFuture<TestClient> tryConnect(URI url, StudioSimulator studio) {
        TestClient client = new TestClient();
        return http(studio).newWebSocketBuilder()
                .connectTimeout(WAIT)
                .buildAsync(url, client)
                .thenApply(socket -> {
                    client.socket = socket;
                    return client;
                });
    }

    /** Connects, subscribes, and waits for the ack and the end of the replay. */
    public static TestClient subscribed(StudioSimulator studio, String token, String... accountIds) {
        TestClient client = connect(studio);
        for (String accountId : accountIds) {
            client.subscribe(token, accountId);
        }
        client.awaitMessages("replay-complete", accountIds.length);
        return client;
    }

    public static HttpClient http(StudioSimulator studio) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(WAIT);
        if (studio.isTls()) {
            builder.sslContext(TRUST_SIMULATOR);
        }
        return builder.build();
    }

    /** Sends any request to the simulator's HTTP side and returns the response. */
    public static HttpResponse<String> send(StudioSimulator studio, HttpRequest request) {
        return http(studio).sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }

    /** POSTs a body to the token endpoint. */
    public static HttpResponse<String> postToken(StudioSimulator studio, String contentType, String body) {
        return send(studio, HttpRequest.newBuilder(studio.tokenUrl())
                .timeout(WAIT)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The JSON token request of docs/protocol.md §2.1. */
    public static String tokenRequest(String clientId, String clientSecret) {
        return Json.write(Json.object()
                .put("grant_type", "client_credentials")
                .put("client_id", clientId)
                .put("client_secret", clientSecret)
                .put("audience", "https://api.clearstreet.io"));
    }

    /** Fetches a token for a client over HTTP, as the component does. */
    public static String fetchToken(StudioSimulator studio, String clientId, String clientSecret) {
        HttpResponse<String> response = postToken(studio, "application/json", tokenRequest(clientId, clientSecret));
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

    /** Every frame received so far, in order. */
    public List<Received> received() {
        synchronized (received) {
            return new ArrayList<>(received);
        }
    }

    /** Every text frame received so far. */
    public List<String> frames() {
        return received().stream().map(Received::text).toList();
    }

    /** The received frames that are JSON, parsed, in order. */
    public List<JsonNode> messages() {
        return received().stream().map(Received::json).filter(json -> json != null).toList();
    }

    /** The received messages of one {@code payload.type}. */
    public List<JsonNode> messages(String type) {
        return messages().stream().filter(ofType(type)).toList();
    }

    /** The received sequenced messages (those with a top-level {@code sequence}) of one account, in order. */
    public List<JsonNode> sequenced(String accountId) {
        return messages().stream()
                .filter(m -> m.has("sequence"))
                .filter(m -> accountId.equals(m.path("payload").path("data").path("account_id").asText()))
                .toList();
    }

    /** The sequences received for one account, in arrival order (replayed and live). */
    public List<Long> sequences(String accountId) {
        return sequenced(accountId).stream().map(m -> m.get("sequence").asLong()).toList();
    }

    /** The {@code payload.type} of every received JSON message, in order. */
    public List<String> types() {
        return messages().stream().map(TestClient::type).toList();
    }

    public static String type(JsonNode message) {
        return message.path("payload").path("type").asText();
    }

    public static Predicate<JsonNode> ofType(String type) {
        return message -> type.equals(type(message));
    }

    /** Waits until a received message matches, and returns it. */
    public JsonNode awaitMessage(Predicate<JsonNode> match) {
        return await().atMost(WAIT).until(
                () -> messages().stream().filter(match).findFirst().orElse(null), m -> m != null);
    }

    /** Waits until at least {@code count} messages of this type have arrived, and returns them. */
    public List<JsonNode> awaitMessages(String type, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> messages(type), list -> list.size() >= count);
    }

    /** Waits until the account's last received sequence is at least {@code sequence}; returns its sequences. */
    public List<Long> awaitSequence(String accountId, long sequence) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> sequences(accountId),
                list -> !list.isEmpty() && list.get(list.size() - 1) >= sequence);
    }

    /** Waits for the end of the connection and returns its code ({@link #ABNORMAL} when no close frame came). */
    public int awaitClose() {
        return awaitEnding().code();
    }

    /** Waits for the end of the connection. */
    public Ending awaitEnding() {
        return await().atMost(WAIT).until(() -> ending.getNow(null), e -> e != null);
    }

    public boolean isClosed() {
        return ending.isDone();
    }

    public static JsonNode parse(String text) {
        try {
            return Json.read(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static JsonNode tryParse(String text) {
        try {
            return Json.read(text);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            Received frame = new Received(text, tryParse(text), System.nanoTime());
            synchronized (received) {
                received.add(frame);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        ending.complete(new Ending(statusCode, reason, true, null));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        ending.complete(new Ending(ABNORMAL, null, false, error));
    }

    /** Closes with 1000 and waits for the server's answering close frame. */
    public Ending closeCleanly() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        return awaitEnding();
    }

    @Override
    public void close() {
        WebSocket open = socket;
        if (open == null) {
            return;
        }
        if (!open.isOutputClosed()) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        open.abort();
    }
}
