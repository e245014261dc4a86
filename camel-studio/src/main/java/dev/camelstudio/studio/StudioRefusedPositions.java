package dev.camelstudio.studio;

/**
 * A {@code sequenceStateRepository} that refuses some writes without failing them (a position behind the one it holds,
 * written by an instance that was deposed) and counts them per key: the consumer's {@code studio_positions_refused}
 * meter then counts them too, beside the writes that failed.
 */
public interface StudioRefusedPositions {

    /**
     * Writes refused for a key.
     *
     * @param key the key, {@code studio:} followed by the account id
     * @return how many writes of that key were refused since the repository was created
     */
    long refusedWrites(String key);
}
