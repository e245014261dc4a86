package dev.camelstudio.studio.resilience;

/** {@link ConnectionFaultsTest} over plain ws:// and http:// to a loopback server. */
class ConnectionFaultsPlainTest extends ConnectionFaultsTest {

    @Override
    protected boolean tls() {
        return false;
    }
}
