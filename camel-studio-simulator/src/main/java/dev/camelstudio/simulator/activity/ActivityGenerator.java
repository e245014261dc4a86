package dev.camelstudio.simulator.activity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates simulated trading activity ({@link OrderBook}) for a set of accounts into an {@link ActivitySink}, at a
 * fixed number of messages per second per account, on one daemon thread named {@value #THREAD_NAME}.
 * <p>
 * The thread publishes the accounts' messages round-robin in small batches and parks (never for less than a
 * millisecond) until the next message is due, so it is cheap at low rates and reaches hundreds of thousands of
 * messages per second when the sink is cheap. A rate of 0 publishes as fast as the sink takes them. When the sink holds
 * the thread up (back-pressure), the backlog is caught up at full speed, but at most one second of it; older lag is
 * forgiven so a long stall does not end in a flood.
 * <p>
 * A sink that throws is logged once per run of failures, per account; the failed messages are dropped and generation
 * goes on. With a message limit, the thread ends by itself once every account has had its messages.
 * <p>
 * The same seed, accounts (in the same order) and clock readings give every account the same messages.
 */
public final class ActivityGenerator implements AutoCloseable {

    /** The name of the generating thread. */
    public static final String THREAD_NAME = "studio-simulator-generator";

    /** The rate used unless the builder sets one, in messages per second per account. */
    public static final double DEFAULT_MESSAGES_PER_SECOND = 10;

    private static final Logger LOG = LoggerFactory.getLogger(ActivityGenerator.class);

    /** Messages per account per round: small, so accounts interleave and the pace is checked often. */
    private static final int BATCH = 64;
    /** Parking for less would wake the thread for a message or two at a time, which costs more than it smooths. */
    private static final long MIN_PARK_NANOS = 1_000_000;
    private static final double MAX_CATCH_UP_SECONDS = 1.0;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** How long {@link #close()} lets a sink that blocks the thread finish before it interrupts the thread. */
    private static final long CLOSE_GRACE_MILLIS = 2_000;

    private final List<AccountFeed> feeds;
    private final Map<String, AccountFeed> feedsByAccount = new LinkedHashMap<>();
    private final double messagesPerNano;
    private final long maxCatchUp;
    private volatile boolean running;
    // Guarded by this.
    private Thread thread;
    private boolean closed;

    private ActivityGenerator(Builder builder) {
        SplittableRandom seeds = new SplittableRandom(builder.seed);
        for (Account account : builder.accounts) {
            OrderBook book = new OrderBook(account, seeds.split(), builder.clock);
            AccountFeed feed = new AccountFeed(book, builder.sink, builder.messageLimitPerAccount);
            if (feedsByAccount.putIfAbsent(account.accountId(), feed) != null) {
                throw new IllegalArgumentException("account " + account.accountId() + " is listed twice");
            }
        }
        this.feeds = List.copyOf(feedsByAccount.values());
        this.messagesPerNano = builder.messagesPerSecondPerAccount / NANOS_PER_SECOND;
        this.maxCatchUp = Math.max(BATCH, (long) (builder.messagesPerSecondPerAccount * MAX_CATCH_UP_SECONDS));
    }

    /**
     * A builder for a generator that publishes into {@code sink}.
     *
     * @param sink where the generated events go; not {@code null}
     * @return a builder with the defaults and no accounts yet
     */
    public static Builder builder(ActivitySink sink) {
        return new Builder(sink);
    }

    /**
     * Starts the generating thread.
     *
     * @throws IllegalStateException if already started or closed
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("the activity generator is closed");
        }
        if (thread != null) {
            throw new IllegalStateException("the activity generator is already started");
        }
        running = true;
        thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops the generating thread and waits for it to end. If the sink blocks the thread for more than a grace period,
     * the thread is interrupted. Idempotent; a generator that was never started just becomes closed.
     */
    @Override
    public void close() {
        Thread generating;
        synchronized (this) {
            closed = true;
            running = false;
            generating = thread;
        }
        // A sink may close the generator from the generating thread itself, which must not wait for itself.
        if (generating == null || generating == Thread.currentThread()) {
            return;
        }
        LockSupport.unpark(generating);
        try {
            generating.join(CLOSE_GRACE_MILLIS);
            if (generating.isAlive()) {
                LOG.warn("The activity sink has blocked the generator for {} ms; interrupting it", CLOSE_GRACE_MILLIS);
                generating.interrupt();
                generating.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * How many messages the sink has accepted, over all accounts.
     *
     * @return the number of messages published without the sink throwing
     */
    public long messagesPublished() {
        long total = 0;
        for (AccountFeed feed : feeds) {
            total += feed.published();
        }
        return total;
    }

    /**
     * How many messages the sink has accepted for one account.
     *
     * @param accountId the account's ID
     * @return the number of the account's messages published without the sink throwing
     * @throws IllegalArgumentException if the generator does not generate for the account
     */
    public long messagesPublished(String accountId) {
        AccountFeed feed = feedsByAccount.get(accountId);
        if (feed == null) {
            throw new IllegalArgumentException("no activity is generated for account " + accountId);
        }
        return feed.published();
    }

    /**
     * How many messages the sink threw on (and were dropped), over all accounts.
     *
     * @return the number of messages dropped
     */
    public long publishFailures() {
        long total = 0;
        for (AccountFeed feed : feeds) {
            total += feed.failed();
        }
        return total;
    }

    private void run() {
        try {
            generate();
        } catch (RuntimeException e) {
            LOG.error("The activity generator stopped on an unexpected failure", e);
        }
    }

    private void generate() {
        boolean paced = messagesPerNano > 0;
        long start = System.nanoTime();
        while (running && !Thread.currentThread().isInterrupted()) {
            // How many messages every account should have had by now.
            long due = paced ? (long) ((System.nanoTime() - start) * messagesPerNano) : Long.MAX_VALUE;
            long slowest = Long.MAX_VALUE;
            for (AccountFeed feed : feeds) {
                if (feed.reachedLimit()) {
                    continue;
                }
                feed.publishUpTo(Math.min(due - feed.attempted(), BATCH));
                if (!feed.reachedLimit()) {
                    slowest = Math.min(slowest, feed.attempted());
                }
            }
            if (slowest == Long.MAX_VALUE) {
                LOG.debug("Every account has had its messages; the activity generator stops");
                return;
            }
            if (paced) {
                start = pace(start, due, slowest);
            }
        }
    }

    /**
     * Parks until the next message is due when every account is up to date; otherwise forgives lag beyond the
     * catch-up limit by moving the start of the schedule later.
     *
     * @return the start of the schedule
     */
    private long pace(long start, long due, long slowest) {
        long lag = due - slowest;
        if (lag > maxCatchUp) {
            return start + (long) ((lag - maxCatchUp) / messagesPerNano);
        }
        if (lag == 0) {
            long nextDueAt = start + (long) Math.ceil((due + 1) / messagesPerNano);
            LockSupport.parkNanos(Math.max(MIN_PARK_NANOS, nextDueAt - System.nanoTime()));
        }
        return start;
    }

    /** Configures an {@link ActivityGenerator}. */
    public static final class Builder {

        private final ActivitySink sink;
        private final List<Account> accounts = new ArrayList<>();
        private double messagesPerSecondPerAccount = DEFAULT_MESSAGES_PER_SECOND;
        private long messageLimitPerAccount = Long.MAX_VALUE;
        private long seed;
        private Clock clock = Clock.systemUTC();

        private Builder(ActivitySink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        /**
         * Adds accounts to generate for; their order is part of what makes runs reproducible.
         *
         * @param toAdd the accounts, in order; none of them {@code null}
         * @return this builder
         */
        public Builder accounts(Collection<Account> toAdd) {
            toAdd.forEach(account -> accounts.add(Objects.requireNonNull(account, "account")));
            return this;
        }

        /**
         * Messages per second for each account; 0 for as fast as the sink takes them. Default 10.
         *
         * @param rate the rate; finite and not negative
         * @return this builder
         * @throws IllegalArgumentException if the rate is negative, infinite or not a number
         */
        public Builder messagesPerSecondPerAccount(double rate) {
            if (!(rate >= 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("the rate must be a finite number >= 0: " + rate);
            }
            this.messagesPerSecondPerAccount = rate;
            return this;
        }

        /**
         * Stops each account after this many messages (those the sink failed on included). Default: no limit.
         *
         * @param limit the number of messages per account; at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is less than 1
         */
        public Builder messageLimitPerAccount(long limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("the message limit must be at least 1: " + limit);
            }
            this.messageLimitPerAccount = limit;
            return this;
        }

        /**
         * The seed every account's random choices derive from. Default 0.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The clock of the orders' and trades' times. Default: the UTC system clock.
         *
         * @param clock the clock; not {@code null}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the generator, with an order book per account.
         *
         * @return a new generator, not yet started
         * @throws IllegalArgumentException if there are no accounts or an account ID is listed twice
         */
        public ActivityGenerator build() {
            if (accounts.isEmpty()) {
                throw new IllegalArgumentException("the activity generator needs at least one account");
            }
            return new ActivityGenerator(this);
        }
    }
}
