package dev.camelstudio.simulator.recording;

import java.time.Instant;

/**
 * One WebSocket connection's life as the simulator saw it.
 *
 * @param id          the simulator's id of the connection
 * @param openedAt    when the upgrade completed
 * @param closedAt    when it closed, null while open
 * @param closeCode   the close code: the one the server sent if it closed first, else the one it received (1006 for
 *                    an abrupt drop); -1 while open
 * @param closeReason the close reason, null while open
 */
public record ConnectionRecord(long id, Instant openedAt, Instant closedAt, int closeCode, String closeReason) {

    /**
     * Whether the connection was still open when this record was taken.
     *
     * @return true if the record has no close time
     */
    public boolean isOpen() {
        return closedAt == null;
    }

    ConnectionRecord closed(Instant at, int code, String reason) {
        return new ConnectionRecord(id, openedAt, at, code, reason);
    }
}
