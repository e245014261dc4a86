package dev.camelstudio.simulator.session;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelstudio.simulator.activity.Ledgers;
import dev.camelstudio.simulator.auth.TokenRegistry;
import dev.camelstudio.simulator.recording.SimulatorRecorder;

/**
 * What every simulated connection shares: the clock, the settings, the token table, the account ledgers, the
 * recorder, the timer thread and the connection-wide faults.
 */
public record SessionContext(Clock clock, SessionSettings settings, TokenRegistry tokens, Ledgers ledgers,
        SimulatorRecorder recorder, ScheduledExecutorService scheduler, ConnectionFaults faults) {
}
