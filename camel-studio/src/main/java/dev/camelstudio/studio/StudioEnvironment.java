package dev.camelstudio.studio;

import java.net.URI;

/** The Studio environments and their WebSocket URLs (docs/protocol.md §1). */
public enum StudioEnvironment {

    /** Studio's live environment, at {@code wss://api.clearstreet.io/studio/v2/ws}. */
    PRODUCTION("wss://api.clearstreet.io/studio/v2/ws"),
    /**
     * Studio's sandbox, at {@code wss://sandbox-api.clearstreet.io/studio/v2/ws} (newer Studio guides call it "Demo");
     * access is granted by Clear Street on request.
     */
    SANDBOX("wss://sandbox-api.clearstreet.io/studio/v2/ws");

    private final URI webSocketUrl;

    StudioEnvironment(String webSocketUrl) {
        this.webSocketUrl = URI.create(webSocketUrl);
    }

    /**
     * The environment's WebSocket URL.
     *
     * @return the {@code wss://} URL that clients of this environment connect to
     */
    public URI webSocketUrl() {
        return webSocketUrl;
    }
}
