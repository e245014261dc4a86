package dev.camelstudio.studio;

import dev.camelstudio.studio.session.SessionSnapshot;

import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;

/**
 * What JMX shows of a {@link StudioConsumer}, next to Camel's own consumer attributes: the connection the account is
 * on and the account's counters, read from the session's snapshot (never blocking).
 */
public interface StudioConsumerMBean {

    /**
     * The session's state with this account's counters, for the health check, JMX and the console.
     *
     * @return the snapshot, with the session's and the account's counters added up; null when stopped or suspended
     */
    SessionSnapshot snapshot();

    /**
     * Closes the connection the account is on and connects again at once, for JMX; every account on that connection
     * reconnects. Does nothing when the consumer is stopped or suspended.
     */
    @ManagedOperation(description = "Close the connection and connect again at once (every account on it reconnects)")
    void reconnect();

    /**
     * The state of the connection the account is on, for JMX.
     *
     * @return the session's state by name; {@code STOPPED} when the consumer is stopped or suspended
     */
    @ManagedAttribute(description = "The connection state: STOPPED, CONNECTING, LIVE, BACKOFF, STOPPING or FAILED")
    default String getConnectionState() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? "STOPPED" : snapshot.state().name();
    }

    /**
     * The state of the connection the account is on, with since when and the last error, for JMX.
     *
     * @return one line, e.g. {@code BACKOFF since ..., attempt 2, next at ..., last error: ...}; {@code STOPPED} when
     *         the consumer is stopped or suspended
     */
    @ManagedAttribute(description = "The state, since when, and the last error, in one line")
    default String getConnectionStatus() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? "STOPPED" : snapshot.describe();
    }

    /**
     * How many data messages (sequenced, or of an unknown type) were handed to the route, for JMX.
     *
     * @return the count; 0 when the consumer is stopped or suspended
     */
    @ManagedAttribute(description = "Data messages (sequenced, or of an unknown type) delivered to the route")
    default long getMessagesDelivered() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? 0 : snapshot.counters().delivered();
    }

    /**
     * How many replayed or repeated messages were dropped because they were already delivered, for JMX.
     *
     * @return the count; 0 when the consumer is stopped or suspended
     */
    @ManagedAttribute(description = "Replayed or repeated messages dropped because they were already delivered")
    default long getDuplicatesDropped() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? 0 : snapshot.counters().duplicatesDropped();
    }

    /**
     * How many connections the session the account is on has opened, for JMX.
     *
     * @return the count; 0 when the consumer is stopped or suspended
     */
    @ManagedAttribute(description = "Connections opened by the session the account is on (shared with the other "
            + "accounts of a shared connection; counted anew after a move to a connection of its own)")
    default long getConnections() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? 0 : snapshot.counters().connections();
    }
}
