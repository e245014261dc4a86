package dev.camelstudio.simulator.session;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelstudio.simulator.activity.Ledgers;
import dev.camelstudio.simulator.auth.TokenRegistry;
import dev.camelstudio.simulator.recording.SimulatorRecorder;

/**
 * What every simulated connection shares: the clock, the settings, the token table, the account ledgers, the
 * recorder, the timer thread and the connection-wide faults.
 *
 * @param clock     the simulator's clock
 * @param settings  the settings every connection runs with
 * @param tokens    the table of clients and issued tokens
 * @param ledgers   the account ledgers, which publish and replay each account's activity
 * @param recorder  what the simulator records of its connections and counts
 * @param scheduler the simulator's timer thread
 * @param faults    the faults that apply to every connection
 */
public record SessionContext(Clock clock, SessionSettings settings, TokenRegistry tokens, Ledgers ledgers,
        SimulatorRecorder recorder, ScheduledExecutorService scheduler, ConnectionFaults faults) {
}
