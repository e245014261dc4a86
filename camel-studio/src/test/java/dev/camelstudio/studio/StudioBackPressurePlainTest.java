package dev.camelstudio.studio;

/** {@link StudioBackPressureTest} over plain ws:// and http:// to a loopback server. */
class StudioBackPressurePlainTest extends StudioBackPressureTest {

    @Override
    protected boolean tls() {
        return false;
    }
}
