package dev.camelstudio.studio.connection;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The accounts one connection subscribes, and where each stands: asked and awaiting its ack, acked and replaying,
 * subscribed for good (Studio has no unsubscribe). The connection's executor thread only.
 */
final class ConnectionSubscriptions {

    /** Every account the connection subscribes, in the order they came. */
    private final Set<String> accounts = new LinkedHashSet<>();
    private final Set<String> awaitingAck = new LinkedHashSet<>();
    private final Set<String> replaying = new HashSet<>();
    private final Set<String> subscribed = new HashSet<>();

    ConnectionSubscriptions(List<String> accounts) {
        this.accounts.addAll(accounts);
    }

    /** {@return every account to subscribe, in order} */
    List<String> all() {
        return List.copyOf(accounts);
    }

    void add(String account) {
        accounts.add(account);
    }

    boolean isSubscribed(String account) {
        return subscribed.contains(account);
    }

    boolean isAwaitingAck(String account) {
        return awaitingAck.contains(account);
    }

    /** The account's subscribe was sent. */
    void asked(String account) {
        awaitingAck.add(account);
    }

    /** The account's ack came: accepted, it replays now. */
    void acked(String account, boolean accepted) {
        awaitingAck.remove(account);
        if (accepted) {
            subscribed.add(account);
            replaying.add(account);
        }
    }

    void replayed(String account) {
        replaying.remove(account);
    }

    /** {@return the state these subscriptions put the connection in: SUBSCRIBING, REPLAYING or LIVE} */
    ConnectionState state() {
        if (!awaitingAck.isEmpty()) {
            return ConnectionState.SUBSCRIBING;
        }
        return replaying.isEmpty() ? ConnectionState.LIVE : ConnectionState.REPLAYING;
    }

    /** {@return the accounts whose ack is awaited, for a message} */
    String awaitingAck() {
        return String.join(", ", awaitingAck);
    }
}
