package dev.camelstudio.simulator.auth;

import java.util.Objects;
import java.util.Set;

/**
 * An OAuth2 client the simulator's token endpoint knows: the credentials a user downloads from
 * Studio > Settings > Developer, and the accounts its tokens are entitled to.
 *
 * @param clientId     the client id
 * @param clientSecret the client secret; never logged, masked by {@link #toString()}
 * @param accounts     the account ids its tokens may subscribe to
 */
public record RegisteredClient(String clientId, String clientSecret, Set<String> accounts) {

    public RegisteredClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        accounts = Set.copyOf(accounts);
    }

    @Override
    public String toString() {
        return "RegisteredClient[clientId=" + clientId + ", clientSecret=***, accounts=" + accounts + "]";
    }
}
