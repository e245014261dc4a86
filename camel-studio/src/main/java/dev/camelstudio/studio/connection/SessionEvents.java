package dev.camelstudio.studio.connection;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Posts an event from a reader, transport or connector thread to the session's executor, the one thread that acts
 * on it. Once the session stopped, its executor refuses work: an event that arrives after that (a late close, a
 * socket that opened too late) has nobody to act on it, and the caller is told so rather than thrown at.
 */
public final class SessionEvents {

    private SessionEvents() {
    }

    /**
     * Posts {@code event} to {@code executor}.
     *
     * @param executor the session's executor
     * @param event    what it is to run
     * @return false if the session's executor is shut down and the event was dropped
     */
    public static boolean post(Executor executor, Runnable event) {
        try {
            executor.execute(event);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }
}
