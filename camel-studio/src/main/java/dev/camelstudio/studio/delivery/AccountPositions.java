package dev.camelstudio.studio.delivery;

/**
 * One account's position in its {@link PositionStore}: loaded once, saved after each message the route completed,
 * and remembered, so that a resume after a halt goes back to it without reading the store again. A position the store
 * could not save is kept as {@linkplain #saveUnsaved() unsaved} until a later save succeeds. Saves run on the account's
 * delivering thread; the position is read by the readers.
 */
final class AccountPositions {

    private final String accountId;
    private final PositionStore store;
    private final SessionCounters counters;
    /** The position of the last message the route completed (or a skipped replay passed). */
    private volatile String completed;
    /** A completed position the store refused to save; null once saved. Delivering thread. */
    private String unsaved;

    AccountPositions(String accountId, PositionStore store, SessionCounters counters) {
        this.accountId = accountId;
        this.store = store;
        this.counters = counters;
        this.completed = store.load(accountId);
    }

    /** {@return the position of the last message completed, {@code yyyy-MM-dd:sequence}; null if none} */
    String completed() {
        return completed;
    }

    /**
     * Saves a position that the route completed, or that a skipped replay passed; counts the store's refusals.
     *
     * @throws RuntimeException what the store threw; the position is then {@linkplain #saveUnsaved() unsaved}
     */
    void save(String position) {
        completed = position;
        try {
            store.save(accountId, position);
        } catch (RuntimeException e) {
            counters.positionsRefused.incrementAndGet();
            unsaved = position;
            throw e;
        }
        unsaved = null;
        counters.positionsSaved.incrementAndGet();
    }

    /**
     * Saves the position the store refused last time, if any: before anything more is delivered.
     *
     * @throws RuntimeException what the store threw again
     */
    void saveUnsaved() {
        if (unsaved != null) {
            save(unsaved);
        }
    }
}
