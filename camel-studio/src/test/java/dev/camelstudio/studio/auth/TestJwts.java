package dev.camelstudio.studio.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Unsigned JWTs shaped like Studio's, for tests that need a token with a known {@code exp}. */
final class TestJwts {

    private TestJwts() {
    }

    static String expiringAt(Instant exp) {
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String claims = "{\"sub\":\"test\",\"exp\":" + exp.getEpochSecond() + "}";
        return part(header) + "." + part(claims) + ".c2lnbmF0dXJl";
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
