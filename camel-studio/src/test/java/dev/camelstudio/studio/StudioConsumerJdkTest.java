package dev.camelstudio.studio;

/** {@link StudioConsumerTest} on the JDK's WebSocket client ({@code transport=jdk}), over TLS. */
class StudioConsumerJdkTest extends StudioConsumerTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }
}
