package dev.camelstudio.studio.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a client-credentials token request says (docs/protocol.md §2.1); the secret never leaves through toString. */
record ClientCredentials(String clientId, String clientSecret, String audience) {

    private static final ObjectMapper JSON = new ObjectMapper();

    ClientCredentials {
        requireText(clientId, "clientId",
                "set it to the client id of a Studio API credential (Studio > Settings > Developer)");
        requireText(clientSecret, "clientSecret", "set it to the secret of that credential");
        requireText(audience, "audience", "leave it unset for " + ClientCredentialsTokenProvider.DEFAULT_AUDIENCE);
    }

    private static void requireText(String value, String option, String fix) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + option + " option is empty: " + fix);
        }
    }

    /** The JSON request body; Jackson escapes whatever characters the secret holds. */
    String requestBody() {
        ObjectNode body = JSON.createObjectNode()
                .put("grant_type", "client_credentials")
                .put("client_id", clientId)
                .put("client_secret", clientSecret)
                .put("audience", audience);
        return body.toString();
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=****, audience=" + audience + "]";
    }
}
