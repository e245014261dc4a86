package dev.camelstudio.studio.resilience;

import dev.camelstudio.studio.StudioTransport;

/** {@link ConnectionFaultsTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class ConnectionFaultsJdkTest extends ConnectionFaultsTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
