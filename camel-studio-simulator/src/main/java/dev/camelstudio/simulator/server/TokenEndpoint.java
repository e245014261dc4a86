package dev.camelstudio.simulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.simulator.auth.RegisteredClient;
import dev.camelstudio.simulator.auth.TokenGrant;
import dev.camelstudio.simulator.auth.TokenRegistry;
import dev.camelstudio.simulator.protocol.Json;
import dev.camelstudio.simulator.recording.SimulatorCounters;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth2 client-credentials token endpoint of docs/protocol.md §2.1 at {@code POST /oauth/token}: a JSON body (as the
 * Rust crate and stuctl send), or a form body, with the client authenticated in the body or by HTTP Basic (both
 * listed by the real Auth0 tenant). Errors are Auth0-shaped JSON: {@code {"error", "error_description"}}.
 */
final class TokenEndpoint extends HttpHandler {

    static final String PATH = "/oauth/token";

    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);

    private final TokenRegistry tokens;
    private final String audience;
    private final TokenEndpointFaults faults;
    private final SimulatorCounters counters;
    private final ScheduledExecutorService scheduler;

    TokenEndpoint(TokenRegistry tokens, String audience, TokenEndpointFaults faults, SimulatorCounters counters,
            ScheduledExecutorService scheduler) {
        this.tokens = tokens;
        this.audience = audience;
        this.faults = faults;
        this.counters = counters;
        this.scheduler = scheduler;
    }

    private record Answer(int status, ObjectNode body) {
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        Answer answer = answer(request);
        Duration delay = faults.delay();
        if (delay.isZero()) {
            write(response, answer);
            return;
        }
        // A slow endpoint without holding a Grizzly worker: park the response and finish it from the timer thread.
        response.suspend();
        scheduler.schedule(() -> {
            try {
                write(response, answer);
            } catch (IOException e) {
                LOG.debug("Token response could not be written: {}", e.toString());
            } finally {
                response.resume();
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Answer answer(Request request) throws IOException {
        int failure = faults.consumeFailure();
        if (failure != 0) {
            return refused(failure, "temporarily_unavailable", "The token service failed (simulated fault)");
        }
        if (!Method.POST.equals(request.getMethod())) {
            return refused(405, "invalid_request", "Use POST");
        }
        Map<String, String> form;
        try {
            form = readForm(request);
        } catch (JsonProcessingException e) {
            return refused(400, "invalid_request", "The request body is not valid JSON");
        }
        basicCredentials(request).ifPresent(form::putAll);
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return form.get("grant_type") == null
                    ? refused(400, "invalid_request", "Missing required parameter: grant_type")
                    : refused(400, "unsupported_grant_type", "Unsupported grant type: " + form.get("grant_type"));
        }
        if (form.get("client_id") == null || form.get("client_secret") == null) {
            return refused(400, "invalid_request", "Missing required parameter: client_id and client_secret");
        }
        String requestedAudience = form.get("audience");
        if (requestedAudience != null && !requestedAudience.equals(audience)) {
            return refused(403, "access_denied", "Service not found: " + requestedAudience);
        }
        Optional<RegisteredClient> client = tokens.authenticate(form.get("client_id"), form.get("client_secret"));
        if (client.isEmpty()) {
            return refused(401, "access_denied", "Unauthorized");
        }
        TokenGrant grant = tokens.issue(client.get());
        counters.increment(Counter.TOKENS_ISSUED);
        ObjectNode body = Json.object()
                .put("access_token", TokenRegistry.tokenOf(grant))
                .put("token_type", "Bearer")
                .put("expires_in", tokens.tokenLifetime().toSeconds());
        return new Answer(200, body);
    }

    private Answer refused(int status, String error, String description) {
        counters.increment(Counter.TOKEN_REQUESTS_REFUSED);
        return new Answer(status, Json.object().put("error", error).put("error_description", description));
    }

    private static Map<String, String> readForm(Request request) throws IOException {
        String contentType = Optional.ofNullable(request.getContentType()).orElse("");
        Map<String, String> form = new HashMap<>();
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            for (String name : request.getParameterNames()) {
                form.put(name, request.getParameter(name));
            }
            return form;
        }
        String body;
        try (InputStream in = request.getInputStream()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode json = Json.read(body.isBlank() ? "{}" : body);
        if (json == null || !json.isObject()) {
            throw new JsonProcessingException("not an object") {
            };
        }
        json.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode()) {
                form.put(field.getKey(), field.getValue().asText());
            }
        });
        return form;
    }

    private static Optional<Map<String, String>> basicCredentials(Request request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(Map.of(
                "client_id", URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                "client_secret", URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)));
    }

    private static void write(Response response, Answer answer) throws IOException {
        byte[] bytes = Json.write(answer.body()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
