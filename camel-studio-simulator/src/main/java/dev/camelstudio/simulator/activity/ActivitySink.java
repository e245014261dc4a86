package dev.camelstudio.simulator.activity;

/** Where generated activity goes: the simulator stamps, logs and delivers each event to the account's subscribers. */
@FunctionalInterface
public interface ActivitySink {

    /**
     * Publishes one sequenced event for an account. May block while a subscriber's send queue is full
     * (back-pressure), so callers must not hold locks of their own.
     *
     * @param accountId the ID of the account the event belongs to
     * @param event     the event to publish
     */
    void publish(String accountId, ActivityEvent event);
}
