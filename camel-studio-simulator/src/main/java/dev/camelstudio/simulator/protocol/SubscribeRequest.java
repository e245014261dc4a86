package dev.camelstudio.simulator.protocol;

import java.util.Optional;

import dev.camelstudio.simulator.activity.ActivityTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client's {@code subscribe-activity} request (docs/protocol.md §4.1), or the reason a client frame is not one.
 *
 * @param token     the {@code authorization} value; a secret, never logged, masked by {@link #toString()}
 * @param accountId the {@code payload.account_id}
 */
public record SubscribeRequest(String token, String accountId) {

    /** Error-notice details for a frame that is not JSON (docs/protocol.md §6-8). */
    public static final String UNPARSABLE = "Unable to parse request";

    /**
     * Parses a client text frame. Returns the request, or throws {@link InvalidRequestException} carrying the
     * error-notice details the server answers with.
     *
     * @param text the client's text frame
     * @return the request, with its token and account id
     * @throws InvalidRequestException if the frame is not JSON, is not a {@code subscribe-activity} request, or lacks
     *                                 the account id or the {@code authorization}
     */
    public static SubscribeRequest parse(String text) {
        JsonNode frame;
        try {
            frame = Json.read(text);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(UNPARSABLE);
        }
        JsonNode payload = frame == null ? null : frame.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new InvalidRequestException(UNPARSABLE + ": missing payload");
        }
        String type = text(payload, "type").orElseThrow(
                () -> new InvalidRequestException(UNPARSABLE + ": missing payload.type"));
        if (!ActivityTypes.SUBSCRIBE_ACTIVITY.equals(type)) {
            throw new InvalidRequestException(UNPARSABLE + ": unknown request type " + type);
        }
        String accountId = text(payload, "account_id").filter(id -> !id.isEmpty()).orElseThrow(
                () -> new InvalidRequestException(UNPARSABLE + ": missing payload.account_id"));
        String token = text(frame, "authorization").orElseThrow(
                () -> new InvalidRequestException(UNPARSABLE + ": missing authorization"));
        return new SubscribeRequest(token, accountId);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "SubscribeRequest[token=***, accountId=" + accountId + "]";
    }

    /** A client frame the server cannot act on; the message is the error-notice details. */
    public static final class InvalidRequestException extends RuntimeException {

        /**
         * An exception that carries the server's answer.
         *
         * @param details the error-notice details, e.g. {@value SubscribeRequest#UNPARSABLE}
         */
        public InvalidRequestException(String details) {
            super(details, null, false, false);
        }
    }
}
