package dev.camelstudio.studio.connection;

import dev.camelstudio.studio.protocol.DecodedFrame;
import dev.camelstudio.studio.protocol.StudioMessage;

/**
 * One message as received: the decoded frame, the account it belongs to and whether it is part of that account's
 * replay.
 *
 * @param frame        the frame, decoded once: its text as received, its header fields, its message and map form
 * @param accountId    the account it is about: the data's account, or for control messages the subscription they
 *                     answer; null for connection-wide messages (heartbeat, error-notice)
 * @param replay       true while the account's replay-complete has not arrived
 * @param connectionId the connection it came on
 */
public record InboundMessage(DecodedFrame frame, String accountId, boolean replay, String connectionId) {

    /** {@return the frame's decoded message} */
    public StudioMessage message() {
        return frame.message();
    }
}
