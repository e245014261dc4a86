package dev.camelstudio.studio;

/** {@link StudioSharedConnectionTest} on the JDK's WebSocket client ({@code transport=jdk}), over plain ws:// and http:// to a loopback server. */
class StudioSharedConnectionJdkPlainTest extends StudioSharedConnectionTest {

    @Override
    protected StudioTransport transport() {
        return StudioTransport.JDK;
    }

    @Override
    protected boolean tls() {
        return false;
    }
}
