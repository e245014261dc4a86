package dev.camelstudio.studio.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** A delivery pool whose tasks run only when the test says so, on the test's own thread. */
public final class ManualPool implements Executor {

    public final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    public void runAll() {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }
}
