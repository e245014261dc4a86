package dev.camelstudio.studio;

/** {@link StudioBackPressureTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class StudioBackPressureJdkTest extends StudioBackPressureTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
