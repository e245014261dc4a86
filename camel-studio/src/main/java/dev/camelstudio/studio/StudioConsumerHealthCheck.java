package dev.camelstudio.studio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.camelstudio.studio.session.SessionSnapshot;
import dev.camelstudio.studio.session.SessionState;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a Studio consumer: UP once its account has had its ack and its replay-complete; still UP while a
 * reconnect is under way for less than the grace period (heartbeatTimeout), so that a routine reconnect does not
 * flap the application's readiness; DOWN otherwise, with the state and the last error, or why Studio refused the
 * account's subscription.
 */
public class StudioConsumerHealthCheck extends AbstractHealthCheck {

    private final StudioConsumer consumer;
    private final Duration gracePeriod;
    /** The clock the session stamps its snapshot with, so that "how long ago" compares like with like. */
    private final Clock clock;

    /**
     * A readiness check, in the {@code camel} group; Camel's {@code consumers} repository reports it, with the route's
     * own consumer check, as {@code consumer:<routeId>}.
     *
     * @param consumer    the consumer to check
     * @param routeId     the id of the consumer's route
     * @param gracePeriod how long after the connection was last live a reconnect still counts as ready
     * @param clock       the clock the session stamps its snapshots with
     */
    public StudioConsumerHealthCheck(StudioConsumer consumer, String routeId, Duration gracePeriod, Clock clock) {
        super("camel", "consumer:studio-" + routeId);
        this.consumer = consumer;
        this.gracePeriod = gracePeriod;
        this.clock = clock;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        StudioEndpoint endpoint = consumer.getEndpoint();
        builder.detail("route.id", consumer.getRouteId());
        builder.detail("account.id", endpoint.getConfiguration().getAccountId());
        builder.detail("server.url", endpoint.getServiceUrl());
        SessionSnapshot snapshot = consumer.snapshot();
        if (snapshot == null) {
            builder.message("Not started").down();
            return;
        }
        snapshot.details().forEach((key, value) -> {
            if (value != null) {
                builder.detail(key, value);
            }
        });
        if (isReady(snapshot, clock.instant())) {
            builder.up();
        } else {
            String refusal = consumer.subscriptionRefusal();
            builder.message("Studio consumer is not live: "
                    + (refusal == null ? snapshot.describe() : refusal + " (" + snapshot.describe() + ")")).down();
        }
    }

    private boolean isReady(SessionSnapshot snapshot, Instant now) {
        if (consumer.isAccountReady()) {
            return true;
        }
        boolean reconnecting = snapshot.state() == SessionState.CONNECTING || snapshot.state() == SessionState.BACKOFF;
        return reconnecting && snapshot.lastLiveAt() != null
                && Duration.between(snapshot.lastLiveAt(), now).compareTo(gracePeriod) < 0;
    }
}
