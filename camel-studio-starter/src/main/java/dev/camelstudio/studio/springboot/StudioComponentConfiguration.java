package dev.camelstudio.studio.springboot;

import java.time.Duration;

import dev.camelstudio.studio.StudioBodyType;
import dev.camelstudio.studio.StudioConfiguration;
import dev.camelstudio.studio.StudioEnvironment;
import dev.camelstudio.studio.StudioStartFrom;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.connection.GapHandling;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code studio} component's options as Spring Boot properties under {@code camel.component.studio}: one field
 * per option of the component's catalog (studio.json). The fields are boxed and start null: only the options an
 * application sets are applied, so that the component's own defaults, a {@code configuration} bean or a component
 * configured in Java are not overwritten by copies of the defaults. The defaults shown in the IDE come from
 * {@code META-INF/additional-spring-configuration-metadata.json}. Durations are {@link Duration}s (Spring reads
 * {@code 30s}, {@code 2m}, {@code PT1M30S} or milliseconds) and reach the component as such. Options whose description starts with "Secret:" are credentials: keep them out
 * of files in version control (environment variables or a vault) and never log them.
 * <p>
 * Kept in step with the component by {@code StudioStarterMetadataDriftTest}.
 */
@ConfigurationProperties(prefix = "camel.component.studio")
public class StudioComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * The Studio account ID to consume activity of, e.g. 100000.
     */
    private String accountId;

    /**
     * The form of the body: json (the frame's JSON text exactly as received), message (the decoded immutable record, a
     * dev.camelstudio.studio.protocol.StudioMessage) or map (the frame as a Map). Default: json.
     */
    private StudioBodyType bodyType;

    /**
     * What a message whose route fails leads to. false: the failure goes to the exception handler and the account goes
     * on with the next message (the failed one is skipped for good). true: the account stops before the failed message
     * (its position is not moved past it) and is subscribed again after a backoff (reconnectInitialDelay, doubling up
     * to reconnectMaxDelay while it keeps failing), so that Studio's replay offers it again, in order; as
     * camel-kafka's breakOnFirstError. Default: false.
     */
    private Boolean breakOnFirstError;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored. Default: false.
     */
    private Boolean bridgeErrorHandler;

    /**
     * Default options for every endpoint; each endpoint starts from a copy. A bean reference such as #bean:name.
     */
    private StudioConfiguration configuration;

    /**
     * On a shared connection, how many messages of this account may wait for its route. While the buffer is full the
     * connection's reader waits for it, so a burst (such as the day's replay on every subscribe) is absorbed; a route
     * that keeps it full for slowRouteTimeout moves to a connection of its own. Nothing is lost either way. Default:
     * 1000.
     */
    private Integer deliveryBufferSize;

    /**
     * The Studio environment: production (wss://api.clearstreet.io/studio/v2/ws) or sandbox
     * (wss://sandbox-api.clearstreet.io/studio/v2/ws). Ignored when serverUrl is set. Default: production.
     */
    private StudioEnvironment environment;

    /**
     * What a sequence gap (missing messages) leads to: resubscribe (subscribe again on a fresh connection so that
     * Studio's replay fills it, and if it cannot, deliver with the CamelStudioMissingBefore header and a warning),
     * warn (header and warning only), error (as resubscribe, and an unfilled gap also goes to the exception handler).
     * Default: resubscribe.
     */
    private GapHandling gapHandling;

    /**
     * How long a connection may stay silent (no frame at all, heartbeats included) before it is taken for dead and
     * replaced. Studio sends a heartbeat every 10 s; time spent in a slow route does not count. Default: 30s. Written
     * as Spring Boot durations: 30s, 2m, 500ms, PT1M30S, or milliseconds.
     */
    private Duration heartbeatTimeout;

    /**
     * Whether control messages (subscribe-activity-ack, replay-complete, heartbeat, error-notice) also become
     * Exchanges. Data messages always do. Default: false.
     */
    private Boolean includeControlMessages;

    /**
     * How many reconnect attempts in a row before the consumer gives up (0 = never gives up). The count starts again
     * once a connection has been live for heartbeatTimeout. Default: 0.
     */
    private Integer maxReconnectAttempts;

    /**
     * The first delay before reconnecting after a connection ended; it doubles on each failed attempt (with jitter) up
     * to reconnectMaxDelay. At least 10ms: shorter delays would only hammer a server that is down. Default: 1s.
     * Written as Spring Boot durations: 30s, 2m, 500ms, PT1M30S, or milliseconds.
     */
    private Duration reconnectInitialDelay;

    /**
     * The longest delay between reconnect attempts; also the delay after a permanent refusal (bad credentials, account
     * not entitled). Default: 60s. Written as Spring Boot durations: 30s, 2m, 500ms, PT1M30S, or milliseconds.
     */
    private Duration reconnectMaxDelay;

    /**
     * A Camel StateRepository of strings that keeps each account's last delivered sequence, so that a restarted
     * application resumes without delivering the day's replay again. Its keys are studio: followed by the account id.
     * A bean reference such as #bean:name.
     */
    private StateRepository<String, String> sequenceStateRepository;

    /**
     * Whether this endpoint shares one WebSocket with the other studio: endpoints that reach the same server with the
     * same credentials, TLS and timings (one subscription per account); false gives it a connection of its own.
     * Default: true.
     */
    private Boolean sharedConnection;

    /**
     * On a shared connection, how long this account's route may keep its buffer full, holding up the connection's
     * reader and so the other accounts on it, before the account moves to a connection of its own (whose replay brings
     * back what was not taken). A burst fills the buffer only for moments and moves nothing. Default: 30s. Written as
     * Spring Boot durations: 30s, 2m, 500ms, PT1M30S, or milliseconds.
     */
    private Duration slowRouteTimeout;

    /**
     * Where to start when there is no saved position: replay (the whole trading day, which Studio replays on
     * subscribe) or live (skip the first replay). Default: replay.
     */
    private StudioStartFrom startFrom;

    /**
     * The threads that run the routes of accounts on shared connections (each account's Exchanges one at a time, in
     * order). Their number does not grow with the accounts. Default: 4.
     */
    private Integer sharedDeliveryThreads;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc. Default: true.
     */
    private Boolean autowiredEnabled;

    /**
     * How long connecting may take: TCP, TLS and the WebSocket upgrade. Default: 10s. Written as Spring Boot
     * durations: 30s, 2m, 500ms, PT1M30S, or milliseconds.
     */
    private Duration connectTimeout;

    /**
     * The largest frame from Studio accepted, in bytes (4 MiB by default; Studio's messages are a few hundred bytes).
     * A larger one ends the connection with close code 1011, and the warning names this option. Default: 4194304.
     */
    private Integer maxFrameSize;

    /**
     * The WebSocket URL of Studio, overriding environment: for a proxy or the simulator. Must be wss://, except for a
     * loopback host (127.0.0.1, ::1, localhost) where ws:// is allowed.
     */
    private String serverUrl;

    /**
     * How long to wait for the subscribe-activity-ack after subscribing. Default: 10s. Written as Spring Boot
     * durations: 30s, 2m, 500ms, PT1M30S, or milliseconds.
     */
    private Duration subscribeTimeout;

    /**
     * Used for enabling or disabling all consumer based health checks from this component Default: true.
     */
    private Boolean healthCheckConsumerEnabled;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true. Default: true.
     */
    private Boolean healthCheckProducerEnabled;

    /**
     * Secret: A fixed access token, used when neither tokenProvider nor clientId/clientSecret is set. Studio tokens
     * expire after 24 hours; prefer client credentials.
     */
    private String accessToken;

    /**
     * The OAuth2 audience asked for with client credentials. Default: https://api.clearstreet.io.
     */
    private String audience;

    /**
     * The OAuth2 client id of Studio API credentials (created in Studio under Settings, Developer).
     */
    private String clientId;

    /**
     * Secret: The OAuth2 client secret that goes with clientId.
     */
    private String clientSecret;

    /**
     * TLS settings (trust store, protocols) for the WebSocket and the token endpoint. A bean reference such as
     * #bean:name.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * Where access tokens come from: a bean implementing dev.camelstudio.studio.auth.StudioTokenProvider (e.g. reading
     * a vault). Takes precedence over clientId/clientSecret and accessToken. A bean reference such as #bean:name;
     * when unset, the application's single bean of this type, if there is one.
     */
    private StudioTokenProvider tokenProvider;

    /**
     * How long before a client-credentials token expires a new one is fetched; 0 uses each token until it expires
     * (tokenRotationMargin then finds no new token to rotate to). Default: 5m. Written as Spring Boot durations: 30s,
     * 2m, 500ms, PT1M30S, or milliseconds.
     */
    private Duration tokenRefreshMargin;

    /**
     * How long before the connection's token expires a second connection subscribes with a new token and takes over,
     * so that Studio's 24-hour token expiry causes neither a gap nor a duplicate. Keep it below tokenRefreshMargin so
     * that the token provider has a new token by then; 0 turns rotation off (Studio then ends the connection and the
     * consumer reconnects at once). Default: 2m. Written as Spring Boot durations: 30s, 2m, 500ms, PT1M30S, or
     * milliseconds.
     */
    private Duration tokenRotationMargin;

    /**
     * The OAuth2 token endpoint for client credentials. Default: https://auth.clearstreet.io/oauth/token.
     */
    private String tokenUrl;

    /**
     * Use the CamelContext's global SSLContextParameters when an endpoint has none. Default: false.
     */
    private Boolean useGlobalSslContextParameters;

    /** Every option unset, until Spring binds the properties. */
    public StudioComponentConfiguration() {
    }

    /** {@return the Studio account ID to consume activity of, or null if not set} */
    public String getAccountId() {
        return accountId;
    }

    /**
     * Sets the Studio account ID to consume activity of.
     *
     * @param accountId the Studio account ID to consume activity of; null leaves it unset
     */
    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** {@return the form of the body (json, message or map), or null if not set} */
    public StudioBodyType getBodyType() {
        return bodyType;
    }

    /**
     * Sets the form of the body (json, message or map).
     *
     * @param bodyType the form of the body (json, message or map); null leaves it unset
     */
    public void setBodyType(StudioBodyType bodyType) {
        this.bodyType = bodyType;
    }

    /**
     * {@return whether a message whose route fails stops its account, to be subscribed again, instead of being skipped,
     * or null if not set}
     */
    public Boolean getBreakOnFirstError() {
        return breakOnFirstError;
    }

    /**
     * Sets whether a message whose route fails stops its account, to be subscribed again, instead of being skipped.
     *
     * @param breakOnFirstError whether a message whose route fails stops its account, to be subscribed again, instead
     * of being skipped; null leaves it unset
     */
    public void setBreakOnFirstError(Boolean breakOnFirstError) {
        this.breakOnFirstError = breakOnFirstError;
    }

    /** {@return whether the consumer bridges to the routing Error Handler, or null if not set} */
    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    /**
     * Sets whether the consumer bridges to the routing Error Handler.
     *
     * @param bridgeErrorHandler whether the consumer bridges to the routing Error Handler; null leaves it unset
     */
    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    /** {@return the default options for every endpoint, each of which starts from a copy, or null if not set} */
    public StudioConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * Sets the default options for every endpoint, each of which starts from a copy.
     *
     * @param configuration the default options for every endpoint, each of which starts from a copy; null leaves it
     * unset
     */
    public void setConfiguration(StudioConfiguration configuration) {
        this.configuration = configuration;
    }

    /** {@return how many messages of an account on a shared connection may wait for its route, or null if not set} */
    public Integer getDeliveryBufferSize() {
        return deliveryBufferSize;
    }

    /**
     * Sets how many messages of an account on a shared connection may wait for its route.
     *
     * @param deliveryBufferSize how many messages of an account on a shared connection may wait for its route; null
     * leaves it unset
     */
    public void setDeliveryBufferSize(Integer deliveryBufferSize) {
        this.deliveryBufferSize = deliveryBufferSize;
    }

    /** {@return the Studio environment (production or sandbox), or null if not set} */
    public StudioEnvironment getEnvironment() {
        return environment;
    }

    /**
     * Sets the Studio environment (production or sandbox).
     *
     * @param environment the Studio environment (production or sandbox); null leaves it unset
     */
    public void setEnvironment(StudioEnvironment environment) {
        this.environment = environment;
    }

    /** {@return what a sequence gap leads to (resubscribe, warn or error), or null if not set} */
    public GapHandling getGapHandling() {
        return gapHandling;
    }

    /**
     * Sets what a sequence gap leads to (resubscribe, warn or error).
     *
     * @param gapHandling what a sequence gap leads to (resubscribe, warn or error); null leaves it unset
     */
    public void setGapHandling(GapHandling gapHandling) {
        this.gapHandling = gapHandling;
    }

    /** {@return how long a connection may stay silent before it is taken for dead and replaced, or null if not set} */
    public Duration getHeartbeatTimeout() {
        return heartbeatTimeout;
    }

    /**
     * Sets how long a connection may stay silent before it is taken for dead and replaced.
     *
     * @param heartbeatTimeout how long a connection may stay silent before it is taken for dead and replaced; null
     * leaves it unset
     */
    public void setHeartbeatTimeout(Duration heartbeatTimeout) {
        this.heartbeatTimeout = heartbeatTimeout;
    }

    /** {@return whether control messages also become Exchanges, or null if not set} */
    public Boolean getIncludeControlMessages() {
        return includeControlMessages;
    }

    /**
     * Sets whether control messages also become Exchanges.
     *
     * @param includeControlMessages whether control messages also become Exchanges; null leaves it unset
     */
    public void setIncludeControlMessages(Boolean includeControlMessages) {
        this.includeControlMessages = includeControlMessages;
    }

    /** {@return how many reconnect attempts in a row before the consumer gives up (0 = never), or null if not set} */
    public Integer getMaxReconnectAttempts() {
        return maxReconnectAttempts;
    }

    /**
     * Sets how many reconnect attempts in a row before the consumer gives up (0 = never).
     *
     * @param maxReconnectAttempts how many reconnect attempts in a row before the consumer gives up (0 = never); null
     * leaves it unset
     */
    public void setMaxReconnectAttempts(Integer maxReconnectAttempts) {
        this.maxReconnectAttempts = maxReconnectAttempts;
    }

    /** {@return the first delay before reconnecting after a connection ended, or null if not set} */
    public Duration getReconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    /**
     * Sets the first delay before reconnecting after a connection ended.
     *
     * @param reconnectInitialDelay the first delay before reconnecting after a connection ended; null leaves it unset
     */
    public void setReconnectInitialDelay(Duration reconnectInitialDelay) {
        this.reconnectInitialDelay = reconnectInitialDelay;
    }

    /** {@return the longest delay between reconnect attempts, or null if not set} */
    public Duration getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    /**
     * Sets the longest delay between reconnect attempts.
     *
     * @param reconnectMaxDelay the longest delay between reconnect attempts; null leaves it unset
     */
    public void setReconnectMaxDelay(Duration reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    /** {@return the repository that keeps each account's last delivered sequence, or null if not set} */
    public StateRepository<String, String> getSequenceStateRepository() {
        return sequenceStateRepository;
    }

    /**
     * Sets the repository that keeps each account's last delivered sequence.
     *
     * @param sequenceStateRepository the repository that keeps each account's last delivered sequence; null leaves it
     * unset
     */
    public void setSequenceStateRepository(StateRepository<String, String> sequenceStateRepository) {
        this.sequenceStateRepository = sequenceStateRepository;
    }

    /**
     * {@return whether endpoints that reach the same server with the same credentials, TLS and timings share one
     * WebSocket, or null if not set}
     */
    public Boolean getSharedConnection() {
        return sharedConnection;
    }

    /**
     * Sets whether endpoints that reach the same server with the same credentials, TLS and timings share one WebSocket.
     *
     * @param sharedConnection whether endpoints that reach the same server with the same credentials, TLS and timings
     * share one WebSocket; null leaves it unset
     */
    public void setSharedConnection(Boolean sharedConnection) {
        this.sharedConnection = sharedConnection;
    }

    /**
     * {@return how long an account's route on a shared connection may keep its buffer full before the account moves to a
     * connection of its own, or null if not set}
     */
    public Duration getSlowRouteTimeout() {
        return slowRouteTimeout;
    }

    /**
     * Sets how long an account's route on a shared connection may keep its buffer full before the account moves to a
     * connection of its own.
     *
     * @param slowRouteTimeout how long an account's route on a shared connection may keep its buffer full before the
     * account moves to a connection of its own; null leaves it unset
     */
    public void setSlowRouteTimeout(Duration slowRouteTimeout) {
        this.slowRouteTimeout = slowRouteTimeout;
    }

    /** {@return where to start when there is no saved position (replay or live), or null if not set} */
    public StudioStartFrom getStartFrom() {
        return startFrom;
    }

    /**
     * Sets where to start when there is no saved position (replay or live).
     *
     * @param startFrom where to start when there is no saved position (replay or live); null leaves it unset
     */
    public void setStartFrom(StudioStartFrom startFrom) {
        this.startFrom = startFrom;
    }

    /** {@return how many threads run the routes of accounts on shared connections, or null if not set} */
    public Integer getSharedDeliveryThreads() {
        return sharedDeliveryThreads;
    }

    /**
     * Sets how many threads run the routes of accounts on shared connections.
     *
     * @param sharedDeliveryThreads how many threads run the routes of accounts on shared connections; null leaves it
     * unset
     */
    public void setSharedDeliveryThreads(Integer sharedDeliveryThreads) {
        this.sharedDeliveryThreads = sharedDeliveryThreads;
    }

    /** {@return whether autowiring is enabled, or null if not set} */
    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    /**
     * Sets whether autowiring is enabled.
     *
     * @param autowiredEnabled whether autowiring is enabled; null leaves it unset
     */
    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    /** {@return how long connecting may take: TCP, TLS and the WebSocket upgrade, or null if not set} */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets how long connecting may take: TCP, TLS and the WebSocket upgrade.
     *
     * @param connectTimeout how long connecting may take: TCP, TLS and the WebSocket upgrade; null leaves it unset
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** {@return the largest frame from Studio accepted, in bytes, or null if not set} */
    public Integer getMaxFrameSize() {
        return maxFrameSize;
    }

    /**
     * Sets the largest frame from Studio accepted, in bytes.
     *
     * @param maxFrameSize the largest frame from Studio accepted, in bytes; null leaves it unset
     */
    public void setMaxFrameSize(Integer maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    /** {@return the WebSocket URL of Studio, overriding environment, or null if not set} */
    public String getServerUrl() {
        return serverUrl;
    }

    /**
     * Sets the WebSocket URL of Studio, overriding environment.
     *
     * @param serverUrl the WebSocket URL of Studio, overriding environment; null leaves it unset
     */
    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    /** {@return how long to wait for the subscribe-activity-ack after subscribing, or null if not set} */
    public Duration getSubscribeTimeout() {
        return subscribeTimeout;
    }

    /**
     * Sets how long to wait for the subscribe-activity-ack after subscribing.
     *
     * @param subscribeTimeout how long to wait for the subscribe-activity-ack after subscribing; null leaves it unset
     */
    public void setSubscribeTimeout(Duration subscribeTimeout) {
        this.subscribeTimeout = subscribeTimeout;
    }

    /** {@return whether the consumer based health checks of this component are enabled, or null if not set} */
    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    /**
     * Sets whether the consumer based health checks of this component are enabled.
     *
     * @param healthCheckConsumerEnabled whether the consumer based health checks of this component are enabled; null
     * leaves it unset
     */
    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    /** {@return whether the producer based health checks of this component are enabled, or null if not set} */
    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    /**
     * Sets whether the producer based health checks of this component are enabled.
     *
     * @param healthCheckProducerEnabled whether the producer based health checks of this component are enabled; null
     * leaves it unset
     */
    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    /** {@return the fixed access token (a secret), or null if not set} */
    public String getAccessToken() {
        return accessToken;
    }

    /**
     * Sets the fixed access token (a secret).
     *
     * @param accessToken the fixed access token (a secret); null leaves it unset
     */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    /** {@return the OAuth2 audience asked for with client credentials, or null if not set} */
    public String getAudience() {
        return audience;
    }

    /**
     * Sets the OAuth2 audience asked for with client credentials.
     *
     * @param audience the OAuth2 audience asked for with client credentials; null leaves it unset
     */
    public void setAudience(String audience) {
        this.audience = audience;
    }

    /** {@return the OAuth2 client id of Studio API credentials, or null if not set} */
    public String getClientId() {
        return clientId;
    }

    /**
     * Sets the OAuth2 client id of Studio API credentials.
     *
     * @param clientId the OAuth2 client id of Studio API credentials; null leaves it unset
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /** {@return the OAuth2 client secret that goes with clientId (a secret), or null if not set} */
    public String getClientSecret() {
        return clientSecret;
    }

    /**
     * Sets the OAuth2 client secret that goes with clientId (a secret).
     *
     * @param clientSecret the OAuth2 client secret that goes with clientId (a secret); null leaves it unset
     */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    /** {@return the TLS settings for the WebSocket and the token endpoint, or null if not set} */
    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * Sets the TLS settings for the WebSocket and the token endpoint.
     *
     * @param sslContextParameters the TLS settings for the WebSocket and the token endpoint; null leaves it unset
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    /** {@return the bean that access tokens come from, or null if not set} */
    public StudioTokenProvider getTokenProvider() {
        return tokenProvider;
    }

    /**
     * Sets the bean that access tokens come from.
     *
     * @param tokenProvider the bean that access tokens come from; null leaves it unset
     */
    public void setTokenProvider(StudioTokenProvider tokenProvider) {
        this.tokenProvider = tokenProvider;
    }

    /** {@return how long before a client-credentials token expires a new one is fetched, or null if not set} */
    public Duration getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    /**
     * Sets how long before a client-credentials token expires a new one is fetched.
     *
     * @param tokenRefreshMargin how long before a client-credentials token expires a new one is fetched; null leaves it
     * unset
     */
    public void setTokenRefreshMargin(Duration tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    /**
     * {@return how long before the connection's token expires a second connection takes over with a new one, or null if
     * not set}
     */
    public Duration getTokenRotationMargin() {
        return tokenRotationMargin;
    }

    /**
     * Sets how long before the connection's token expires a second connection takes over with a new one.
     *
     * @param tokenRotationMargin how long before the connection's token expires a second connection takes over with a
     * new one; null leaves it unset
     */
    public void setTokenRotationMargin(Duration tokenRotationMargin) {
        this.tokenRotationMargin = tokenRotationMargin;
    }

    /** {@return the OAuth2 token endpoint for client credentials, or null if not set} */
    public String getTokenUrl() {
        return tokenUrl;
    }

    /**
     * Sets the OAuth2 token endpoint for client credentials.
     *
     * @param tokenUrl the OAuth2 token endpoint for client credentials; null leaves it unset
     */
    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /**
     * {@return whether an endpoint without SSLContextParameters uses the CamelContext's global ones, or null if not set}
     */
    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Sets whether an endpoint without SSLContextParameters uses the CamelContext's global ones.
     *
     * @param useGlobalSslContextParameters whether an endpoint without SSLContextParameters uses the CamelContext's
     * global ones; null leaves it unset
     */
    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

}
