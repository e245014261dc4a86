package dev.camelstudio.simulator.activity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelstudio.simulator.recording.SimulatorCounters;

/** Every account's ledger, created on first use; also the {@link ActivitySink} the generator publishes into. */
public final class Ledgers implements ActivitySink {

    private final Clock clock;
    private final int logCapacity;
    private final SimulatorCounters counters;
    private final Map<String, AccountLedger> ledgers = new ConcurrentHashMap<>();

    /**
     * No ledgers yet; each is created on first use with these settings.
     *
     * @param clock       every ledger's clock, of the frames' timestamps and of the trading day
     * @param logCapacity how many frames each ledger keeps for replay
     * @param counters    where every ledger counts its published frames
     */
    public Ledgers(Clock clock, int logCapacity, SimulatorCounters counters) {
        this.clock = clock;
        this.logCapacity = logCapacity;
        this.counters = counters;
    }

    /**
     * The account's ledger, created if it does not exist yet.
     *
     * @param accountId the account's ID
     * @return the account's ledger
     */
    public AccountLedger of(String accountId) {
        return ledgers.computeIfAbsent(accountId, id -> new AccountLedger(id, clock, logCapacity, counters));
    }

    /**
     * Every ledger created so far.
     *
     * @return a snapshot of the ledgers, in no particular order
     */
    public Collection<AccountLedger> all() {
        return List.copyOf(ledgers.values());
    }

    /** Publishes into the account's ledger, ignoring the sequence it is given. */
    @Override
    public void publish(String accountId, ActivityEvent event) {
        of(accountId).publish(event);
    }
}
