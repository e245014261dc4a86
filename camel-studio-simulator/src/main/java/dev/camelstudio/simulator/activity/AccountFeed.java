package dev.camelstudio.simulator.activity;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one account's order book into the sink an event at a time, up to a limit, counting what it publishes. A step's
 * events that a batch did not take wait for the next batch, so a limit is met exactly. A failing sink is logged once
 * per run of failures; the failed events are dropped and the feed goes on. One thread at a time drives a feed (the
 * generator's, or a caller holding the feed's lock); the counters may be read from any thread.
 */
public final class AccountFeed {

    private static final Logger LOG = LoggerFactory.getLogger(AccountFeed.class);

    private final OrderBook book;
    private final ActivitySink sink;
    private final String accountId;
    private final long limit;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private List<ActivityEvent> pending = List.of();
    private int nextPending;
    private long attempted;
    private long failuresInARow;

    /**
     * A feed that has published nothing yet.
     *
     * @param book  the account's order book, whose steps supply the events
     * @param sink  where the events go, under the book's account ID
     * @param limit how many events to attempt in all; {@link Long#MAX_VALUE} for no limit
     */
    public AccountFeed(OrderBook book, ActivitySink sink, long limit) {
        this.book = book;
        this.sink = sink;
        this.accountId = book.account().accountId();
        this.limit = limit;
    }

    /**
     * Publishes up to {@code max} events, fewer once the limit is reached; nothing if {@code max} is not positive.
     *
     * @param max how many events to attempt in this call at most
     */
    public void publishUpTo(long max) {
        for (long i = 0; i < max && attempted < limit; i++) {
            if (nextPending == pending.size()) {
                pending = book.step();
                nextPending = 0;
            }
            attempted++;
            publish(pending.get(nextPending++));
        }
    }

    private void publish(ActivityEvent event) {
        try {
            sink.publish(accountId, event);
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            if (failuresInARow++ == 0) {
                LOG.warn("The activity sink failed for account {}; dropping its events until the sink recovers",
                        accountId, e);
            }
            return;
        }
        published.incrementAndGet();
        if (failuresInARow > 0) {
            LOG.info("The activity sink recovered for account {} after dropping {} events", accountId, failuresInARow);
            failuresInARow = 0;
        }
    }

    /** How many events were tried, published or not: the measure of pacing and of the limit. */
    long attempted() {
        return attempted;
    }

    boolean reachedLimit() {
        return attempted >= limit;
    }

    long published() {
        return published.get();
    }

    long failed() {
        return failed.get();
    }
}
