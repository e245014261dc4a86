package dev.camelstudio.simulator.recording;

/** Which way a recorded frame travelled, seen from the simulator. */
public enum Direction {
    /** Client to simulator. */
    RECEIVED,
    /** Simulator to client. */
    SENT
}
