package dev.camelstudio.studio;

import java.net.URI;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import dev.camelstudio.studio.auth.ClientCredentialsTokenProvider;
import dev.camelstudio.studio.auth.FixedTokenProvider;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.connection.ServerUrlPolicy;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.ObjectHelper;

/**
 * A Studio channel of one account: {@code studio:activity?accountId=...}. Consumer only; its options are checked
 * before anything connects, so that a wrong URI fails the route at once with the option and the fix named.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = StudioConstants.SCHEME, title = "Clear Street Studio",
        syntax = "studio:channel", consumerOnly = true, category = {Category.MESSAGING, Category.SAAS},
        headersClass = StudioConstants.class)
public class StudioEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriPath(enums = "activity", description = "The Studio channel to consume: activity (orders, trades, positions, "
            + "buying power, locate inventory of an account).")
    @Metadata(required = true)
    private String channel;

    @UriParam
    private final StudioConfiguration configuration;

    /** Reconnecting faster than this only hammers a server that is down; tests use 10 ms to run fast. */
    static final long MIN_RECONNECT_DELAY_MILLIS = 10;
    /** Below this, ordinary messages would not fit. */
    static final int MIN_FRAME_SIZE = 1024;

    /** Positions of this endpoint's account while the application runs, when no state repository is set. */
    private final MemoryStateRepository positionsInMemory = new MemoryStateRepository();
    /** Why no consumer may start: options the endpoint does not have (set once, by the component). */
    private String unknownOptions;

    StudioEndpoint(String uri, StudioComponent component, StudioChannel channel, StudioConfiguration configuration) {
        super(uri, component);
        this.channel = channel.uriName();
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("The studio component only consumes: use studio:" + channel
                + " in from(...), e.g. from(\"studio:activity?accountId=100000\")");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (unknownOptions != null) {
            throw new ResolveEndpointFailedException(getEndpointUri(), unknownOptions);
        }
        StudioConsumer consumer = new StudioConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (unknownOptions == null) {
            validate();
        }
    }

    /**
     * Options of the URI that this endpoint does not have: its URI becomes one that shows none of their values, and
     * its consumer refuses to start with the message. Nothing else is validated until they are fixed: an error thrown
     * while Camel creates the endpoint would be wrapped in one that quotes the URI as written.
     */
    void refuseUnknownOptions(String maskedUri, String message) {
        setEndpointUri(maskedUri);
        this.unknownOptions = message;
    }

    /** Fails with the option and the fix named, before any route starts. */
    void validate() {
        if (ObjectHelper.isEmpty(configuration.getAccountId())) {
            throw new IllegalArgumentException("The accountId option is required: studio:" + channel
                    + "?accountId=<your Studio account ID>");
        }
        serverUri();
        if (configuration.getTokenProvider() == null) {
            validateCredentials();
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
                "the account moves as soon as its buffer is full", "30s");
        notNegative(configuration.getTokenRefreshMargin(), "tokenRefreshMargin", "each token is used until it expires",
                "5m");
        notNegative(configuration.getTokenRotationMargin(), "tokenRotationMargin", "no rotation", "2m");
        if (configuration.getMaxReconnectAttempts() < 0) {
            throw new IllegalArgumentException("The maxReconnectAttempts option must be 0 (retry forever) or more");
        }
    }

    /** Exactly one kind of credentials: a token provider bean takes precedence over both and is not checked here. */
    private void validateCredentials() {
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

    /** The WebSocket URL: serverUrl when set, else the environment's. */
    URI serverUri() {
        return configuration.getServerUrl() != null
                ? ServerUrlPolicy.check(configuration.getServerUrl())
                : configuration.getEnvironment().webSocketUrl();
    }

    /** The TLS context for the WebSocket and the token endpoint: sslContextParameters, else the JVM's default. */
    SSLContext createSslContext() throws Exception {
        return StudioSslContexts.create(configuration.getSslContextParameters(), getCamelContext());
    }

    /** The token source: the tokenProvider bean, else client credentials, else the fixed accessToken. */
    StudioTokenProvider createTokenProvider(SSLContext sslContext) {
        if (configuration.getTokenProvider() != null) {
            return configuration.getTokenProvider();
        }
        if (ObjectHelper.isNotEmpty(configuration.getClientId())) {
            return ClientCredentialsTokenProvider.builder()
                    .clientId(configuration.getClientId())
                    .clientSecret(configuration.getClientSecret())
                    .tokenUrl(configuration.getTokenUrl())
                    .audience(configuration.getAudience())
                    .refreshMargin(Duration.ofMillis(configuration.getTokenRefreshMargin()))
                    .sslContext(sslContext)
                    .build();
        }
        return new FixedTokenProvider(configuration.getAccessToken());
    }

    /** Stops the sequence state repository the consumers started (it writes its file then). */
    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(configuration.getSequenceStateRepository());
        super.doStop();
    }

    MemoryStateRepository positionsInMemory() {
        return positionsInMemory;
    }

    /**
     * The Studio channel this endpoint consumes.
     *
     * @return the channel's name in the URI, e.g. {@code activity}
     */
    public String getChannel() {
        return channel;
    }

    /**
     * The Studio channel to consume.
     *
     * @param channel the channel's name in the URI, e.g. {@code activity}
     * @throws IllegalArgumentException listing the valid channels, if no channel has that name
     */
    public void setChannel(String channel) {
        this.channel = StudioChannel.fromUri(channel).uriName();
    }

    /**
     * The endpoint's options: a copy of the component's, with the URI's options set on it.
     *
     * @return the endpoint's configuration
     */
    public StudioConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String getServiceUrl() {
        return serverUri().toString();
    }

    @Override
    public String getServiceProtocol() {
        return "websocket";
    }
}
