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

    /**
     * Checks the components and copies the account set.
     *
     * @param clientId     the client id
     * @param clientSecret the client secret
     * @param accounts     the account ids its tokens may subscribe to
     * @throws NullPointerException if the client id, the client secret, the account set or one of its ids is
     *                              {@code null}
     */
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
