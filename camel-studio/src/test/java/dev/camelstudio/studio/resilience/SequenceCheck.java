package dev.camelstudio.studio.resilience;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.fail;

/**
 * Compares what a route received with what the simulator published, and says precisely what is wrong (the first
 * few duplicates, missing and out-of-order sequences) instead of printing thousands of numbers.
 */
final class SequenceCheck {

    private static final int SHOWN = 10;

    private SequenceCheck() {
    }

    /** Exactly 1..last, each once, in order. */
    static void assertOneToLast(String accountId, List<Long> received, long last) {
        assertExactly(accountId, received, LongStream.rangeClosed(1, last).boxed().toList());
    }

    /** Exactly {@code expected}, each once, in that order. */
    static void assertExactly(String accountId, List<Long> received, List<Long> expected) {
        if (received.equals(expected)) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        List<Long> duplicates = new ArrayList<>();
        List<String> outOfOrder = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            long sequence = received.get(i);
            if (!seen.add(sequence) && duplicates.size() < SHOWN) {
                duplicates.add(sequence);
            }
            if (i > 0 && sequence < received.get(i - 1) && outOfOrder.size() < SHOWN) {
                outOfOrder.add(received.get(i - 1) + "->" + sequence + " at " + i);
            }
        }
        Set<Long> expectedSet = new HashSet<>(expected);
        List<Long> missing = expected.stream().filter(s -> !seen.contains(s)).limit(SHOWN).toList();
        List<Long> unexpected = received.stream().filter(s -> !expectedSet.contains(s)).limit(SHOWN).toList();
        int firstDifference = 0;
        while (firstDifference < Math.min(received.size(), expected.size())
                && received.get(firstDifference).equals(expected.get(firstDifference))) {
            firstDifference++;
        }
        fail("Account %s: received %d message(s), expected %d (first %s); first difference at index %d; "
                + "duplicates %s; missing %s; unexpected %s; out of order %s; received around it: %s",
                accountId, received.size(), expected.size(),
                expected.isEmpty() ? "-" : expected.get(0) + ".." + expected.get(expected.size() - 1),
                firstDifference, duplicates, missing, unexpected, outOfOrder,
                received.subList(Math.max(0, firstDifference - 3), Math.min(received.size(), firstDifference + 5)));
    }
}
