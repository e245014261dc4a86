package dev.camelstudio.studio.resilience;

/** {@link HealthAndManagementTest} over plain ws:// and http:// to a loopback server. */
class HealthAndManagementPlainTest extends HealthAndManagementTest {

    @Override
    protected boolean tls() {
        return false;
    }
}
