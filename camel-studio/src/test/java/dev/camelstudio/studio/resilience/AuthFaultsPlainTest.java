package dev.camelstudio.studio.resilience;

/** {@link AuthFaultsTest} over plain ws:// and http:// to a loopback server. */
class AuthFaultsPlainTest extends AuthFaultsTest {

    @Override
    protected boolean tls() {
        return false;
    }
}
