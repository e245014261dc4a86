package dev.camelstudio.simulator.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The open connections, by the simulator's connection id. */
public final class ConnectionRegistry {

    private final Map<Long, ClientConnection> connections = new ConcurrentHashMap<>();

    void add(ClientConnection connection) {
        connections.put(connection.id(), connection);
    }

    void remove(ClientConnection connection) {
        connections.remove(connection.id(), connection);
    }

    public List<ClientConnection> all() {
        return List.copyOf(connections.values());
    }

    /** The open connections subscribed to an account. */
    public List<ClientConnection> subscribedTo(String accountId) {
        return connections.values().stream().filter(c -> c.accounts().contains(accountId)).toList();
    }

    public int size() {
        return connections.size();
    }
}
