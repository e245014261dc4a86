package dev.camelstudio.simulator.activity;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One sequenced activity message before the simulator stamps it: the {@code payload.type} tag and the
 * {@code payload.data} object (docs/protocol.md §4.4-4.8). The account's ledger adds {@code timestamp} and
 * {@code sequence} when it is published.
 *
 * @param type the message type tag, one of {@link ActivityTypes#SEQUENCED}
 * @param data the {@code payload.data} object; owned by the event once created, never mutated afterwards
 */
public record ActivityEvent(String type, ObjectNode data) {

    /**
     * Refuses a missing type or data.
     *
     * @param type the message type tag, one of {@link ActivityTypes#SEQUENCED}
     * @param data the {@code payload.data} object; owned by the event once created, never mutated afterwards
     */
    public ActivityEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }
}
