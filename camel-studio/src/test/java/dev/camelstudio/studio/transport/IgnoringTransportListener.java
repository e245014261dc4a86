package dev.camelstudio.studio.transport;

/** A transport listener that does nothing with what it hears: tests override what they watch. */
class IgnoringTransportListener implements TransportListener {

    @Override
    public void onText(String frame) {
    }

    @Override
    public void onBinary(int bytes) {
    }

    @Override
    public void onClosed(int code, String reason) {
    }

    @Override
    public void onError(Throwable cause) {
    }
}
