package dev.camelstudio.studio.connection;

import dev.camelstudio.studio.protocol.StudioMessage;

/**
 * One message as received: the frame text, its decoded form, the account it belongs to and whether it is part of
 * that account's replay.
 *
 * @param frame        the frame's JSON text exactly as received
 * @param message      the decoded message
 * @param accountId    the account it is about: the data's account, or for control messages the subscription they
 *                     answer; null for connection-wide messages (heartbeat, error-notice)
 * @param replay       true while the account's replay-complete has not arrived
 * @param connectionId the connection it came on
 */
public record InboundMessage(String frame, StudioMessage message, String accountId, boolean replay,
                             String connectionId) {
}
