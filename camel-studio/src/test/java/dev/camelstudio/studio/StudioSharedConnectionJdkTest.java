package dev.camelstudio.studio;

/** {@link StudioSharedConnectionTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class StudioSharedConnectionJdkTest extends StudioSharedConnectionTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
