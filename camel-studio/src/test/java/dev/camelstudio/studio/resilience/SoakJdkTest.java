package dev.camelstudio.studio.resilience;

import dev.camelstudio.studio.StudioTransport;

/** {@link SoakTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class SoakJdkTest extends SoakTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
