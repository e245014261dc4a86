package dev.camelstudio.studio.connection;

/**
 * Where each account's last delivered sequence is kept across restarts of the application, so that the replay after
 * a restart is not delivered again. Positions are opaque strings written by {@link SequenceTracker#position()}.
 */
public interface PositionStore {

    /** A store that remembers nothing: every start delivers the day from the beginning (or live, if so asked). */
    PositionStore NONE = new PositionStore() {
        @Override
        public String load(String accountId) {
            return null;
        }

        @Override
        public void save(String accountId, String position) {
            // nothing kept: positions live only as long as the consumer
        }
    };

    /** The saved position of an account, or null. */
    String load(String accountId);

    /** Saves an account's position after a message was delivered. */
    void save(String accountId, String position);
}
