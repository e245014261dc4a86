package dev.camelstudio.studio.connection;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How a {@link StudioSession} connects and recovers.
 *
 * @param url                   the Studio WebSocket URL
 * @param accounts              the accounts to subscribe, one subscription each on the same connection
 * @param subscribeTimeout      how long to wait for each ack
 * @param heartbeatTimeout      silence after which a connection is taken for dead (Studio heartbeats every 10 s)
 * @param reconnectInitialDelay the first reconnect delay (then doubling, with jitter)
 * @param reconnectMaxDelay     the longest reconnect delay, also used after a permanent refusal
 * @param maxReconnectAttempts  attempts in a row before giving up; 0 retries forever
 * @param gapHandling           what a sequence gap leads to
 * @param startLive             skip the day's replay on the first subscribe (live data only)
 * @param tokenRotationMargin   how long before its token expires a connection is replaced; zero turns rotation off
 */
public record SessionSettings(URI url, List<String> accounts, Duration subscribeTimeout, Duration heartbeatTimeout,
                              Duration reconnectInitialDelay, Duration reconnectMaxDelay, int maxReconnectAttempts,
                              GapHandling gapHandling, boolean startLive, Duration tokenRotationMargin) {

    public SessionSettings {
        accounts = List.copyOf(accounts);
    }
}
