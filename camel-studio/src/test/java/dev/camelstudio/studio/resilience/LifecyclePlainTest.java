package dev.camelstudio.studio.resilience;

/** {@link LifecycleTest} over plain ws:// and http:// to a loopback server. */
class LifecyclePlainTest extends LifecycleTest {

    @Override
    protected boolean tls() {
        return false;
    }
}
