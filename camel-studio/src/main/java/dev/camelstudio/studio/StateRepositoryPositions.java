package dev.camelstudio.studio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelstudio.studio.delivery.PositionStore;

import org.apache.camel.spi.StateRepository;

/** Keeps accounts' sequence positions in a Camel {@link StateRepository}, under keys {@code studio:<accountId>}. */
final class StateRepositoryPositions implements PositionStore {

    private final StateRepository<String, String> repository;
    /** Each account's key, made once rather than for every saved position. */
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    StateRepositoryPositions(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    @Override
    public String load(String accountId) {
        return repository.getState(key(accountId));
    }

    @Override
    public void save(String accountId, String position) {
        repository.setState(key(accountId), position);
    }

    private String key(String accountId) {
        return keys.computeIfAbsent(accountId, StateRepositoryPositions::keyOf);
    }

    /** The key of an account's position: {@code studio:<accountId>}. */
    static String keyOf(String accountId) {
        return StudioConstants.SCHEME + ":" + accountId;
    }
}
