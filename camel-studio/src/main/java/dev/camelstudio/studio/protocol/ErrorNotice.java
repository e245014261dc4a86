package dev.camelstudio.studio.protocol;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * Reports a problem, {@code error-notice} (docs/protocol.md §4.10); the server may close the connection right
 * after it, e.g. with {@code "Idled too long; please reconnect"} or {@code "Auth expired; please reconnect"}.
 *
 * @param timestamp when the server sent it
 * @param details   human-readable description; null if the server omits it
 */
public record ErrorNotice(Instant timestamp, String details) implements StudioMessage {

    /**
     * Rejects a notice without a timestamp.
     *
     * @param timestamp when the server sent it
     * @param details   human-readable description; may be null
     * @throws NullPointerException if {@code timestamp} is null
     */
    public ErrorNotice {
        requireNonNull(timestamp, "timestamp is required");
    }

    @Override
    public MessageType type() {
        return MessageType.ERROR_NOTICE;
    }
}
