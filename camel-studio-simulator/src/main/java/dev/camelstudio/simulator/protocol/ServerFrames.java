package dev.camelstudio.simulator.protocol;

import dev.camelstudio.simulator.activity.ActivityEvent;
import dev.camelstudio.simulator.activity.ActivityTypes;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the server-to-client frames of docs/protocol.md §3.2 and §4 as JSON text. */
public final class ServerFrames {

    private ServerFrames() {
    }

    /**
     * A sequenced activity frame: {@code {"timestamp", "sequence", "payload": {"type", "data"}}}.
     *
     * @param timestamp the frame's {@code timestamp}, in epoch milliseconds
     * @param sequence  the account's sequence number for the event
     * @param event     the event, whose type and data make the payload
     * @return the frame as JSON text
     */
    public static String sequenced(long timestamp, long sequence, ActivityEvent event) {
        ObjectNode frame = Json.object();
        frame.put("timestamp", timestamp);
        frame.put("sequence", sequence);
        ObjectNode payload = frame.putObject("payload");
        payload.put("type", event.type());
        payload.set("data", event.data());
        return Json.write(frame);
    }

    /**
     * {@code subscribe-activity-ack}, with the account echoed (docs/protocol.md §4.2).
     *
     * @param timestamp the frame's {@code timestamp}, in epoch milliseconds
     * @param accountId the account the subscribe asked for; {@code null} leaves {@code account_id} out
     * @param success   whether the subscription was accepted
     * @param details   the ack's human-readable {@code details}
     * @return the frame as JSON text
     */
    public static String subscribeAck(long timestamp, String accountId, boolean success, String details) {
        ObjectNode frame = envelope(timestamp);
        ObjectNode payload = payload(frame, ActivityTypes.SUBSCRIBE_ACTIVITY_ACK);
        if (accountId != null) {
            payload.put("account_id", accountId);
        }
        payload.put("success", success);
        payload.put("details", details);
        return Json.write(frame);
    }

    /**
     * {@code replay-complete}, without an account id (docs/protocol.md §6-6).
     *
     * @param timestamp the frame's {@code timestamp}, in epoch milliseconds
     * @return the frame as JSON text
     */
    public static String replayComplete(long timestamp) {
        ObjectNode frame = envelope(timestamp);
        payload(frame, ActivityTypes.REPLAY_COMPLETE);
        return Json.write(frame);
    }

    /**
     * {@code heartbeat}, without {@code details} (docs/protocol.md §4.9).
     *
     * @param timestamp the frame's {@code timestamp}, in epoch milliseconds
     * @return the frame as JSON text
     */
    public static String heartbeat(long timestamp) {
        ObjectNode frame = envelope(timestamp);
        payload(frame, ActivityTypes.HEARTBEAT);
        return Json.write(frame);
    }

    /**
     * {@code error-notice} with its human-readable details (docs/protocol.md §4.10).
     *
     * @param timestamp the frame's {@code timestamp}, in epoch milliseconds
     * @param details   the notice's {@code details}, e.g. "Idled too long; please reconnect"
     * @return the frame as JSON text
     */
    public static String errorNotice(long timestamp, String details) {
        ObjectNode frame = envelope(timestamp);
        payload(frame, ActivityTypes.ERROR_NOTICE).put("details", details);
        return Json.write(frame);
    }

    /**
     * An unsequenced frame of a type the protocol does not define, to test that clients deliver what they do not know.
     *
     * @param timestamp the frame's {@code timestamp}, in epoch milliseconds
     * @param type      the frame's {@code payload.type}
     * @return the frame as JSON text
     */
    public static String unknownType(long timestamp, String type) {
        ObjectNode frame = envelope(timestamp);
        payload(frame, type).put("details", "a message type from the future");
        return Json.write(frame);
    }

    /**
     * A well-formed heartbeat padded with a filler field up to at least {@code bytes} characters.
     *
     * @param timestamp the frame's {@code timestamp}, in epoch milliseconds
     * @param bytes     the filler's length, so the least length of the frame; 0 if negative
     * @return the frame as JSON text
     */
    public static String oversized(long timestamp, int bytes) {
        ObjectNode frame = envelope(timestamp);
        payload(frame, ActivityTypes.HEARTBEAT).put("details", "x".repeat(Math.max(0, bytes)));
        return Json.write(frame);
    }

    private static ObjectNode envelope(long timestamp) {
        ObjectNode frame = Json.object();
        frame.put("timestamp", timestamp);
        return frame;
    }

    private static ObjectNode payload(ObjectNode frame, String type) {
        ObjectNode payload = frame.putObject("payload");
        payload.put("type", type);
        return payload;
    }
}
