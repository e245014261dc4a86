package dev.camelstudio.studio.resilience;

import dev.camelstudio.studio.StudioTransport;

/** {@link AuthFaultsTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class AuthFaultsJdkTest extends AuthFaultsTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
