package dev.camelstudio.studio;

/** {@link StudioSharedConnectionTest} over plain ws:// and http:// to a loopback server. */
class StudioSharedConnectionPlainTest extends StudioSharedConnectionTest {

    @Override
    protected boolean tls() {
        return false;
    }
}
