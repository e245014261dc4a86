package dev.camelstudio.studio.resilience;

import dev.camelstudio.studio.StudioTransport;

/** {@link FrameAndSequenceFaultsTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class FrameAndSequenceFaultsJdkTest extends FrameAndSequenceFaultsTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
