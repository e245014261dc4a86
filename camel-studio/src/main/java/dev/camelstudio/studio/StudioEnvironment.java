package dev.camelstudio.studio;

import java.net.URI;

/** The Studio environments and their WebSocket URLs (docs/protocol.md §1). */
public enum StudioEnvironment {

    PRODUCTION("wss://api.clearstreet.io/studio/v2/ws"),
    SANDBOX("wss://sandbox-api.clearstreet.io/studio/v2/ws");

    private final URI webSocketUrl;

    StudioEnvironment(String webSocketUrl) {
        this.webSocketUrl = URI.create(webSocketUrl);
    }

    public URI webSocketUrl() {
        return webSocketUrl;
    }
}
