package dev.camelstudio.studio.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose time moves only when a test says so: {@link #runDue()} runs what is due now, {@link #advance}
 * moves time on and runs what became due, in order. Single-threaded: the test's own thread runs every task.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long nowNanos;
    private long sequence;
    private boolean shutdown;

    /** A task due at a time; ties run in the order they were scheduled. */
    private final class Task implements ScheduledFuture<Object> {
        final Runnable body;
        final long order = sequence++;
        final long periodNanos;
        long dueNanos;
        boolean cancelled;
        boolean done;

        Task(Runnable body, long dueNanos, long periodNanos) {
            this.body = body;
            this.dueNanos = dueNanos;
            this.periodNanos = periodNanos;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - nowNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task that = (Task) other;
            int byTime = Long.compare(dueNanos, that.dueNanos);
            return byTime != 0 ? byTime : Long.compare(order, that.order);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return queue.remove(this);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }

    /** Runs every task due now, including those they schedule for now. */
    public void runDue() {
        Task next;
        while ((next = queue.peek()) != null && next.dueNanos <= nowNanos) {
            queue.poll();
            next.body.run();
            if (next.periodNanos > 0 && !next.cancelled) {
                next.dueNanos += next.periodNanos;
                queue.add(next);
            } else {
                next.done = true;
            }
        }
    }

    /** Moves time on by {@code duration}, running each task when its time comes. */
    public void advance(Duration duration) {
        long target = nowNanos + duration.toNanos();
        Task next;
        while ((next = queue.peek()) != null && next.dueNanos <= target) {
            nowNanos = Math.max(nowNanos, next.dueNanos);
            runDue();
        }
        nowNanos = target;
        runDue();
    }

    /** How many tasks wait. */
    public int pending() {
        return queue.size();
    }

    private Task add(Runnable body, long delay, TimeUnit unit, long period) {
        Task task = new Task(body, nowNanos + unit.toNanos(delay), unit.toNanos(period));
        queue.add(task);
        return task;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(command, delay, unit, 0);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not used by the session layer");
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return add(command, initialDelay, unit, period);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(command, initialDelay, unit, delay);
    }

    @Override
    public void execute(Runnable command) {
        add(command, 0, TimeUnit.NANOSECONDS, 0);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>();
        queue.forEach(task -> left.add(task.body));
        queue.clear();
        return left;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    @Override
    public <T> List<java.util.concurrent.Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        throw new UnsupportedOperationException("not used by the session layer");
    }
}
