package dev.camelstudio.studio.resilience;

/** {@link FrameAndSequenceFaultsTest} over plain ws:// and http:// to a loopback server. */
class FrameAndSequenceFaultsPlainTest extends FrameAndSequenceFaultsTest {

    @Override
    protected boolean tls() {
        return false;
    }
}
