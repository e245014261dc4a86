package dev.camelstudio.studio;

import java.net.URI;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import dev.camelstudio.studio.auth.ClientCredentialsTokenProvider;
import dev.camelstudio.studio.auth.FixedTokenProvider;
import dev.camelstudio.studio.auth.StudioTokenProvider;

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
 * A Studio channel of one account, such as studio:activity with the accountId option. Consumer only; its options are
 * checked before anything connects, so that a wrong URI fails the route at once with the option and the fix named.
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
            StudioConfigurationCheck.check(configuration, channel);
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
