package dev.camelstudio.studio.resilience;

import dev.camelstudio.studio.StudioTransport;

/** {@link RouteFailureAndShutdownTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class RouteFailureAndShutdownJdkTest extends RouteFailureAndShutdownTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
