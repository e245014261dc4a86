package dev.camelstudio.studio.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the {@code exp} claim of a JWT without verifying it: Studio's tokens are JWTs (docs/protocol.md §2.1), and their
 * expiry is all a client needs when nothing else tells it. Verifying the signature is the server's job.
 */
final class JwtExpiry {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JwtExpiry() {
    }

    /** The token's {@code exp} claim, or empty if the token is not a JWT or has no usable {@code exp}. */
    static Optional<Instant> of(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode claims = JSON.readTree(new String(payload, StandardCharsets.UTF_8));
            JsonNode exp = claims == null ? null : claims.get("exp");
            return exp != null && exp.canConvertToLong()
                    ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            // Deliberately dropped: the parser's message may quote the token, and "not a JWT" is all there is to say.
            return Optional.empty();
        }
    }
}
