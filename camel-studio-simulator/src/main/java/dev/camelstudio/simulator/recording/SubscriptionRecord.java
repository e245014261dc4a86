package dev.camelstudio.simulator.recording;

import java.time.Instant;

/**
 * One {@code subscribe-activity} request and the ack the simulator answered it with.
 *
 * @param at           when it was answered
 * @param connectionId the connection it came on
 * @param accountId    the account asked for
 * @param success      the ack's {@code success}
 * @param details      the ack's {@code details}
 */
public record SubscriptionRecord(Instant at, long connectionId, String accountId, boolean success, String details) {
}
