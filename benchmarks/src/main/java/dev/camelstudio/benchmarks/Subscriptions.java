package dev.camelstudio.benchmarks;

import dev.camelstudio.studio.protocol.FrameEncoder;

/** The subscribe frame the raw clients send, written by the connector's own encoder so that all send the same. */
final class Subscriptions {

    static final String TOKEN = "bench-token";
    private static final FrameEncoder ENCODER = new FrameEncoder();

    private Subscriptions() {
    }

    static String frame(String accountId) {
        return ENCODER.subscribeActivity(TOKEN, accountId);
    }
}
