package dev.camelstudio.studio;

/** The WebSocket client a consumer's connections use. */
public enum StudioTransport {

    /** Eclipse Tyrus on Grizzly, the Jakarta WebSocket client (the default). */
    TYRUS,

    /** The JDK's own client, {@code java.net.http.WebSocket}: no Tyrus or Grizzly needed at run time. */
    JDK
}
