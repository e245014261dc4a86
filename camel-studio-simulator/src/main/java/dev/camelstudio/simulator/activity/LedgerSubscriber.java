package dev.camelstudio.simulator.activity;

import java.util.List;

/**
 * A connection subscribed to an account's ledger. Both callbacks run under the ledger's lock, so that the replay and
 * the live frames reach each subscriber in sequence order with nothing lost or doubled between them; they must only
 * queue the frames, never do I/O.
 */
public interface LedgerSubscriber {

    /**
     * Called once on subscribe, before any live frame: the day's log so far, to be replayed verbatim.
     *
     * @param accountId the account subscribed to
     * @param replay    the logged frames, oldest first; a copy the subscriber may keep
     */
    void subscribed(String accountId, List<String> replay);

    /**
     * Called for each live sequenced frame of the account, in sequence order.
     *
     * @param accountId the account the frame belongs to
     * @param frame     the whole frame, as JSON text
     */
    void live(String accountId, String frame);
}
