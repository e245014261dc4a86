package dev.camelstudio.benchmarks;

import java.util.List;

/** A client under test: subscribes to accounts on a server and reports each data message to a {@link Delivery}. */
interface BenchClient extends AutoCloseable {

    /** How the client appears in the results. */
    String name();

    /** Connects and subscribes to every account; returns without waiting for the acks. */
    void start(String serverUrl, List<String> accounts, Delivery delivery) throws Exception;

    /** Accounts moved off a shared connection so far (camel-studio only). */
    default long slowRouteMoves() {
        return 0;
    }

    @Override
    void close() throws Exception;
}
