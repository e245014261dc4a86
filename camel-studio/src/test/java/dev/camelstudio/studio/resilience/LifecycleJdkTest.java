package dev.camelstudio.studio.resilience;

import dev.camelstudio.studio.StudioTransport;

/** {@link LifecycleTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class LifecycleJdkTest extends LifecycleTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
