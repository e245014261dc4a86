package dev.camelstudio.studio.resilience;

import dev.camelstudio.studio.StudioTransport;

/** {@link HealthAndManagementTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class HealthAndManagementJdkTest extends HealthAndManagementTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
