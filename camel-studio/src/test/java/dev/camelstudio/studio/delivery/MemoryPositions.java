package dev.camelstudio.studio.delivery;

import java.util.HashMap;
import java.util.Map;

/** Positions kept in a map the test can read and preset. */
public final class MemoryPositions implements PositionStore {

    public final Map<String, String> saved = new HashMap<>();

    @Override
    public String load(String accountId) {
        return saved.get(accountId);
    }

    @Override
    public void save(String accountId, String position) {
        saved.put(accountId, position);
    }
}
