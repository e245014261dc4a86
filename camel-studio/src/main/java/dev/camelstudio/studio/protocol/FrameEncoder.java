package dev.camelstudio.studio.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the frames the client sends on the activity channel. Stateless and thread-safe. */
public final class FrameEncoder {

    private static final String SUBSCRIBE_ACTIVITY = "subscribe-activity";

    /** An encoder; it holds no state, so one serves every connection. */
    public FrameEncoder() {
    }

    /**
     * Builds the subscribe request for one account (docs/protocol.md §4.1):
     * {@code {"authorization":<token>,"payload":{"type":"subscribe-activity","account_id":<id>}}}.
     *
     * <p><strong>The result contains the access token, a secret. Never log it, put it in an exception
     * message or keep it longer than it takes to send it.</strong>
     *
     * @param accessToken the raw OAuth2 access token, without a {@code Bearer } prefix
     * @param accountId   the Studio account ID to subscribe to
     * @return the frame text
     * @throws IllegalArgumentException if either argument is null or blank
     */
    public String subscribeActivity(String accessToken, String accountId) {
        requireText(accessToken, "accessToken");
        requireText(accountId, "accountId");
        ObjectNode frame = StudioJson.MAPPER.createObjectNode();
        frame.put("authorization", accessToken);
        frame.putObject("payload")
                .put("type", SUBSCRIBE_ACTIVITY)
                .put("account_id", accountId);
        try {
            return StudioJson.MAPPER.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            // Cannot happen when writing a tree of strings to a String.
            throw new IllegalStateException("cannot write the subscribe frame", e);
        }
    }

    // The message names the parameter only: the value may be the token.
    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be null or blank");
        }
    }
}
