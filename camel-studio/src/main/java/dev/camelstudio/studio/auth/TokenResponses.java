package dev.camelstudio.studio.auth;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.camelstudio.studio.support.ServerText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the token endpoint's answers (docs/protocol.md §2.1): the grant of a 200, and a short, printable description of a
 * refusal. Parser exceptions are never passed on: their messages may quote the body, and so the token.
 */
final class TokenResponses {

    /** "Currently 24 hours from time of creation" (docs/protocol.md §2.1): assumed when the answer does not say. */
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenResponses() {
    }

    /**
     * The token of a successful answer. Its expiry is {@code expires_in} counted from {@code requestedAt} (the moment
     * the request left, so the estimate errs early), else the JWT's {@code exp}, else {@link #DEFAULT_LIFETIME}.
     *
     * @return empty if the body is not a JSON object with a non-blank {@code access_token}
     */
    static Optional<AccessToken> grant(String body, Instant requestedAt) {
        JsonNode json = readObject(body);
        JsonNode accessToken = json == null ? null : json.get("access_token");
        if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
            return Optional.empty();
        }
        String value = accessToken.asText();
        long expiresIn = json.path("expires_in").asLong(0);
        Instant expiresAt = expiresIn > 0
                ? requestedAt.plusSeconds(expiresIn)
                : JwtExpiry.of(value).orElse(requestedAt.plus(DEFAULT_LIFETIME));
        return Optional.of(new AccessToken(value, expiresAt));
    }

    /**
     * What a refusal says, for an exception message: {@code error: error_description} of an OAuth2 error body, else
     * the start of the body; bounded, on one line, and with {@code secret} masked should the server echo it.
     */
    static String describeRefusal(String body, String secret) {
        JsonNode json = readObject(body);
        String text;
        if (json != null && (json.hasNonNull("error") || json.hasNonNull("error_description"))) {
            text = json.path("error").asText("") + ": " + json.path("error_description").asText("");
        } else {
            text = body == null || body.isBlank() ? "no body" : body;
        }
        // An HTML error page's line breaks and indentation fold into single spaces.
        return ServerText.excerpt(text.strip().replace(secret, "****").replaceAll("\\p{Cntrl}+", " "));
    }

    private static JsonNode readObject(String body) {
        try {
            JsonNode json = body == null ? null : JSON.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (IOException e) {
            return null;
        }
    }
}
