package dev.camelstudio.studio;

/** {@link StudioConsumerTest} over plain ws:// and http:// to a loopback server. */
class StudioConsumerPlainTest extends StudioConsumerTest {

    @Override
    protected boolean tls() {
        return false;
    }
}
