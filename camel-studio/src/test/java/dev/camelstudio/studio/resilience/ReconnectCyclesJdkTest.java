package dev.camelstudio.studio.resilience;

import dev.camelstudio.studio.StudioTransport;

/** {@link ReconnectCyclesTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class ReconnectCyclesJdkTest extends ReconnectCyclesTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
