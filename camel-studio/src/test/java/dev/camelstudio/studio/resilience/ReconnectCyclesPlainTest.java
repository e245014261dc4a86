package dev.camelstudio.studio.resilience;

/** {@link ReconnectCyclesTest} over plain ws:// and http:// to a loopback server. */
class ReconnectCyclesPlainTest extends ReconnectCyclesTest {

    @Override
    protected boolean tls() {
        return false;
    }
}
