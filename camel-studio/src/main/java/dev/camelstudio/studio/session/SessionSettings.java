package dev.camelstudio.studio.session;

import java.net.URI;
import java.time.Duration;

import dev.camelstudio.studio.protocol.FrameDecoder;

/**
 * How a {@link StudioSession} connects and recovers; the reconnect delays are its {@link ReconnectBackoff}'s.
 *
 * @param url                   the Studio WebSocket URL
 * @param subscribeTimeout      how long to wait for each ack
 * @param heartbeatTimeout      silence after which a connection is taken for dead (Studio heartbeats every 10 s)
 * @param maxReconnectAttempts  attempts in a row before giving up; 0 retries forever
 * @param tokenRotationMargin   how long before its token expires a connection is replaced; zero turns rotation off
 * @param decoder               decodes each frame once: with the map body in the same pass when the routes want maps
 */
public record SessionSettings(URI url, Duration subscribeTimeout, Duration heartbeatTimeout, int maxReconnectAttempts,
        Duration tokenRotationMargin, FrameDecoder decoder) {
}
