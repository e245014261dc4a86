package dev.camelstudio.studio.resilience;

import dev.camelstudio.studio.StudioTransport;

/** {@link HostileServerTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class HostileServerJdkTest extends HostileServerTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
