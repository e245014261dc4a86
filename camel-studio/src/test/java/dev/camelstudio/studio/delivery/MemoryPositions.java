package dev.camelstudio.studio.delivery;

import java.util.HashMap;
import java.util.Map;

/** Positions kept in a map the test can read and preset, in a store the test can take down. */
public final class MemoryPositions implements PositionStore {

    public final Map<String, String> saved = new HashMap<>();
    /** Whether saves fail, as a store that cannot be reached does. */
    public volatile boolean down;

    @Override
    public String load(String accountId) {
        return saved.get(accountId);
    }

    @Override
    public void save(String accountId, String position) {
        if (down) {
            throw new PositionNotSavedException("The store is down", null);
        }
        saved.put(accountId, position);
    }
}
