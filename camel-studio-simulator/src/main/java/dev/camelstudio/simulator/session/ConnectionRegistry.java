package dev.camelstudio.simulator.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The open connections, by the simulator's connection id. */
public final class ConnectionRegistry {

    private final Map<Long, ClientConnection> connections = new ConcurrentHashMap<>();

    /** A registry with no connection. */
    public ConnectionRegistry() {
    }

    void add(ClientConnection connection) {
        connections.put(connection.id(), connection);
    }

    void remove(ClientConnection connection) {
        connections.remove(connection.id(), connection);
    }

    /**
     * The open connections.
     *
     * @return a snapshot of the open connections
     */
    public List<ClientConnection> all() {
        return List.copyOf(connections.values());
    }

    /**
     * The open connections subscribed to an account.
     *
     * @param accountId the account
     * @return a snapshot of the open connections subscribed to it
     */
    public List<ClientConnection> subscribedTo(String accountId) {
        return connections.values().stream().filter(c -> c.accounts().contains(accountId)).toList();
    }

    /**
     * How many connections are open.
     *
     * @return the number of open connections
     */
    public int size() {
        return connections.size();
    }
}
