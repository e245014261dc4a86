package dev.camelstudio.studio.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelstudio.studio.StudioConstants;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * The end of every test route: records, per account, the CamelStudioSequence of each Exchange in arrival order,
 * and the CamelStudioMissingBefore headers seen, so that {@link SequenceCheck} can prove that nothing was lost,
 * duplicated or reordered. Cheap and thread-safe: one list per account, appended under its own lock.
 */
final class Received implements Processor {

    /** A message delivered with CamelStudioMissingBefore. */
    record Gap(String accountId, long sequence, long missingBefore) {
    }

    private final Map<String, List<Long>> sequences = new ConcurrentHashMap<>();
    private final List<Gap> gaps = new CopyOnWriteArrayList<>();
    private final List<Exchange> unsequenced = new CopyOnWriteArrayList<>();

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        Long sequence = message.getHeader(StudioConstants.SEQUENCE, Long.class);
        if (sequence == null) {
            unsequenced.add(exchange.copy());
            return;
        }
        String account = message.getHeader(StudioConstants.ACCOUNT_ID, String.class);
        List<Long> list = sequences.computeIfAbsent(account, a -> new ArrayList<>());
        synchronized (list) {
            list.add(sequence);
        }
        Long missing = message.getHeader(StudioConstants.MISSING_BEFORE, Long.class);
        if (missing != null) {
            gaps.add(new Gap(account, sequence, missing));
        }
    }

    /** The sequences delivered for the account so far, in arrival order. */
    List<Long> sequences(String accountId) {
        List<Long> list = sequences.get(accountId);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** How many sequenced messages of the account were delivered. */
    int count(String accountId) {
        List<Long> list = sequences.get(accountId);
        if (list == null) {
            return 0;
        }
        synchronized (list) {
            return list.size();
        }
    }

    /** The last sequence delivered for the account, or 0. */
    long last(String accountId) {
        List<Long> list = sequences.get(accountId);
        if (list == null) {
            return 0;
        }
        synchronized (list) {
            return list.isEmpty() ? 0 : list.get(list.size() - 1);
        }
    }

    List<Gap> gaps() {
        return List.copyOf(gaps);
    }

    /** Exchanges without a sequence (control messages when asked for, unknown types), copied. */
    List<Exchange> unsequenced() {
        return List.copyOf(unsequenced);
    }
}
