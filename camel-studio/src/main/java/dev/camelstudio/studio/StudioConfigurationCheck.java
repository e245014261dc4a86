package dev.camelstudio.studio;

import java.util.List;

import org.apache.camel.util.ObjectHelper;

/**
 * The checks of an endpoint's options, made when the endpoint is initialised: each failure names the option and the
 * fix, before any route starts.
 */
final class StudioConfigurationCheck {

    /** Reconnecting faster than this only hammers a server that is down; tests use 10 ms to run fast. */
    static final long MIN_RECONNECT_DELAY_MILLIS = 10;
    /** Below this, ordinary messages would not fit. */
    static final int MIN_FRAME_SIZE = 1024;
    /**
     * What {@code transport=tyrus} needs on the class path, by name: Tyrus' client and its Grizzly container, which
     * an application on {@code transport=jdk} may leave out.
     */
    private static final List<String> TYRUS_CLASSES = List.of("org.glassfish.tyrus.client.ClientManager",
            "org.glassfish.tyrus.container.grizzly.client.GrizzlyClientContainer");

    private StudioConfigurationCheck() {
    }

    /**
     * Fails with the option and the fix named, before any route starts.
     *
     * @param configuration the endpoint's options
     * @param channel       the endpoint's channel, for the example URI
     */
    static void check(StudioConfiguration configuration, String channel) {
        if (ObjectHelper.isEmpty(configuration.getAccountId())) {
            throw new IllegalArgumentException("The accountId option is required: studio:" + channel
                    + "?accountId=<your Studio account ID>");
        }
        if (configuration.getServerUrl() != null) {
            ServerUrlPolicy.check(configuration.getServerUrl());
        }
        if (configuration.getTokenProvider() == null) {
            checkCredentials(configuration);
        }
        positive(configuration.getConnectTimeout(), "connectTimeout");
        positive(configuration.getSubscribeTimeout(), "subscribeTimeout");
        positive(configuration.getHeartbeatTimeout(), "heartbeatTimeout");
        positive(configuration.getReconnectInitialDelay(), "reconnectInitialDelay");
        if (configuration.getReconnectInitialDelay() < MIN_RECONNECT_DELAY_MILLIS) {
            throw new IllegalArgumentException("The reconnectInitialDelay option must be at least "
                    + MIN_RECONNECT_DELAY_MILLIS + "ms: a shorter one only hammers a server that is down, e.g. "
                    + "reconnectInitialDelay=1s");
        }
        if (configuration.getMaxFrameSize() < MIN_FRAME_SIZE) {
            throw new IllegalArgumentException("The maxFrameSize option must be at least " + MIN_FRAME_SIZE
                    + " bytes (Studio's messages are a few hundred bytes), e.g. maxFrameSize=4194304");
        }
        if (configuration.getReconnectMaxDelay() < configuration.getReconnectInitialDelay()) {
            throw new IllegalArgumentException("The reconnectMaxDelay option must not be shorter than "
                    + "reconnectInitialDelay (they are " + configuration.getReconnectMaxDelay()
                    + " ms and " + configuration.getReconnectInitialDelay() + " ms), "
                    + "e.g. reconnectInitialDelay=1s&reconnectMaxDelay=60s");
        }
        if (configuration.getDeliveryBufferSize() < 1) {
            throw new IllegalArgumentException("The deliveryBufferSize option must be at least 1, e.g. 1000");
        }
        notNegative(configuration.getSlowRouteTimeout(), "slowRouteTimeout",
                "the account moves as soon as its buffer is full", "2s");
        notNegative(configuration.getTokenRefreshMargin(), "tokenRefreshMargin", "each token is used until it expires",
                "5m");
        notNegative(configuration.getTokenRotationMargin(), "tokenRotationMargin", "no rotation", "2m");
        if (configuration.getMaxReconnectAttempts() < 0) {
            throw new IllegalArgumentException("The maxReconnectAttempts option must be 0 (retry forever) or more");
        }
        if (configuration.getTransport() != StudioTransport.JDK) {
            requireTyrus();
        }
    }

    /** Tyrus and Grizzly are looked up by name: with them left out, the class of the Tyrus transport cannot load. */
    private static void requireTyrus() {
        ClassLoader loader = StudioConfigurationCheck.class.getClassLoader();
        for (String className : TYRUS_CLASSES) {
            try {
                Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalArgumentException("The transport option is tyrus (the default), but " + className
                        + " is not on the class path: add org.glassfish.tyrus:tyrus-client and "
                        + "tyrus-container-grizzly-client (camel-studio brings them unless they were excluded), or "
                        + "set transport=jdk to use the JDK's own WebSocket client");
            }
        }
    }

    /** Exactly one kind of credentials: a token provider bean takes precedence over both and is not checked here. */
    private static void checkCredentials(StudioConfiguration configuration) {
        boolean hasId = ObjectHelper.isNotEmpty(configuration.getClientId());
        boolean hasSecret = ObjectHelper.isNotEmpty(configuration.getClientSecret());
        boolean hasToken = ObjectHelper.isNotEmpty(configuration.getAccessToken());
        if (hasToken && (hasId || hasSecret)) {
            // Refused rather than one silently winning: the one left unused is a mistake waiting (a stale token, a
            // client that was meant to be used), and either may come from the component's defaults unnoticed.
            throw new IllegalArgumentException("Both accessToken and clientId/clientSecret are set for account "
                    + configuration.getAccountId() + ": keep one of them, on the endpoint and on the component "
                    + "(camel.component.studio.*) alike. Prefer clientId and clientSecret: a new token is then "
                    + "fetched before each expires, while an accessToken ends after 24 hours");
        }
        if (hasId != hasSecret) {
            throw new IllegalArgumentException("The " + (hasId ? "clientSecret" : "clientId") + " option is "
                    + "missing: client credentials need both clientId and clientSecret");
        }
        if (!hasId && !hasToken) {
            throw new IllegalArgumentException("No Studio credentials for account " + configuration.getAccountId()
                    + ": set clientId and clientSecret (OAuth2 client credentials from Studio > Settings > "
                    + "Developer), or accessToken, or tokenProvider (a StudioTokenProvider bean)");
        }
    }

    private static void positive(long millis, String option) {
        if (millis <= 0) {
            throw new IllegalArgumentException("The " + option + " option must be positive (it is " + millis + " ms), "
                    + "e.g. " + option + "=10s");
        }
    }

    private static void notNegative(long millis, String option, String zeroMeans, String example) {
        if (millis < 0) {
            throw new IllegalArgumentException("The " + option + " option must be 0 (" + zeroMeans + ") or more (it "
                    + "is " + millis + " ms), e.g. " + option + "=" + example);
        }
    }
}
