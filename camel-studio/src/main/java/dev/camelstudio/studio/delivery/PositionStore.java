package dev.camelstudio.studio.delivery;

/**
 * Where each account's last delivered sequence is kept: across route restarts in memory, across application
 * restarts in a state repository, so that the replay after a restart is not delivered again. Positions are opaque
 * strings written by {@link SequenceTracker#position()}.
 */
public interface PositionStore {

    /**
     * The saved position of an account, or null.
     *
     * @param accountId the account
     * @return its position as last saved, or null if none was
     */
    String load(String accountId);

    /**
     * Saves an account's position after a message was delivered.
     *
     * @param accountId the account
     * @param position  its position after that message, {@code yyyy-MM-dd:sequence}
     */
    void save(String accountId, String position);
}
