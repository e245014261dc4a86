package dev.camelstudio.studio;

import dev.camelstudio.studio.auth.ClientCredentialsTokenProvider;
import dev.camelstudio.studio.auth.StudioTokenProvider;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of a Studio endpoint. The component holds one as defaults; each endpoint starts from a copy and applies
 * its URI options on top, so that a value set once on the component serves every route.
 */
@UriParams
public class StudioConfiguration implements Cloneable {

    @UriParam(description = "The Studio account ID to consume activity of, e.g. 100000.")
    @Metadata(required = true)
    private String accountId;

    @UriParam(defaultValue = "production", enums = "production,sandbox",
            description = "The Studio environment: production (wss://api.clearstreet.io/studio/v2/ws) or sandbox "
                    + "(wss://sandbox-api.clearstreet.io/studio/v2/ws). Ignored when serverUrl is set.")
    private StudioEnvironment environment = StudioEnvironment.PRODUCTION;

    @UriParam(label = "advanced",
            description = "The WebSocket URL of Studio, overriding environment: for a proxy or the simulator. "
                    + "Must be wss://, except for a loopback host (127.0.0.1, ::1, localhost) where ws:// "
                    + "is allowed.")
    private String serverUrl;

    @UriParam(label = "security",
            description = "Where access tokens come from: a bean implementing "
                    + "dev.camelstudio.studio.auth.StudioTokenProvider (e.g. reading a vault). Takes "
                    + "precedence over clientId/clientSecret and accessToken.")
    @Metadata(autowired = true)
    private StudioTokenProvider tokenProvider;

    @UriParam(label = "security", secret = true,
            description = "A fixed access token, used when neither tokenProvider nor clientId/clientSecret is "
                    + "set. Studio tokens expire after 24 hours; prefer client credentials.")
    private String accessToken;

    @UriParam(label = "security",
            description = "The OAuth2 client id of Studio API credentials (created in Studio under Settings, Developer).")
    private String clientId;

    @UriParam(label = "security", secret = true,
            description = "The OAuth2 client secret that goes with clientId.")
    private String clientSecret;

    @UriParam(label = "security", defaultValue = ClientCredentialsTokenProvider.DEFAULT_TOKEN_URL,
            description = "The OAuth2 token endpoint for client credentials.")
    private String tokenUrl = ClientCredentialsTokenProvider.DEFAULT_TOKEN_URL;

    @UriParam(label = "security", defaultValue = ClientCredentialsTokenProvider.DEFAULT_AUDIENCE,
            description = "The OAuth2 audience asked for with client credentials.")
    private String audience = ClientCredentialsTokenProvider.DEFAULT_AUDIENCE;

    @UriParam(label = "security", defaultValue = "5m", javaType = "java.time.Duration",
            description = "How long before a client-credentials token expires a new one is fetched; 0 uses each "
                    + "token until it expires (tokenRotationMargin then finds no new token to rotate to).")
    private long tokenRefreshMargin = 5 * 60 * 1000L;

    @UriParam(label = "security", defaultValue = "2m", javaType = "java.time.Duration",
            description = "How long before the connection's token expires a second connection subscribes with a new "
                    + "token and takes over, so that Studio's 24-hour token expiry causes neither a gap nor a "
                    + "duplicate. Keep it below tokenRefreshMargin so that the token provider has a new token "
                    + "by then; 0 turns rotation off (Studio then ends the connection and the consumer "
                    + "reconnects at once).")
    private long tokenRotationMargin = 2 * 60 * 1000L;

    @UriParam(label = "security",
            description = "TLS settings (trust store, protocols) for the WebSocket and the token endpoint.")
    private SSLContextParameters sslContextParameters;

    @UriParam(defaultValue = "json", enums = "json,message,map",
            description = "The form of the body: json (the frame's JSON text exactly as received), message (the "
                    + "decoded immutable record, a dev.camelstudio.studio.protocol.StudioMessage) or map "
                    + "(the frame as a Map).")
    private StudioBodyType bodyType = StudioBodyType.JSON;

    @UriParam(label = "consumer", defaultValue = "false",
            description = "Whether control messages (subscribe-activity-ack, replay-complete, heartbeat, "
                    + "error-notice) also become Exchanges. Data messages always do.")
    private boolean includeControlMessages;

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration",
            description = "How long connecting may take: TCP, TLS and the WebSocket upgrade.")
    private long connectTimeout = 10_000L;

    @UriParam(label = "advanced", defaultValue = "tyrus", enums = "tyrus,jdk",
            description = "The WebSocket client: tyrus (Eclipse Tyrus on Grizzly, the Jakarta WebSocket client) or jdk "
                    + "(the JDK's java.net.http client, which needs neither Tyrus nor Grizzly at run time).")
    private StudioTransport transport = StudioTransport.TYRUS;

    @UriParam(label = "advanced", defaultValue = "4194304",
            description = "The largest frame from Studio accepted, in bytes (4 MiB by default; Studio's messages are a "
                    + "few hundred bytes). A larger one ends the connection (close code 1011 with Tyrus, 1009 with the "
                    + "JDK's client), and the warning names this option.")
    private int maxFrameSize = 4 * 1024 * 1024;

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration",
            description = "How long to wait for the subscribe-activity-ack after subscribing.")
    private long subscribeTimeout = 10_000L;

    @UriParam(label = "consumer", defaultValue = "1s", javaType = "java.time.Duration",
            description = "The first delay before reconnecting after a connection ended; it doubles on each failed "
                    + "attempt (with jitter) up to reconnectMaxDelay. At least 10ms: shorter delays would only "
                    + "hammer a server that is down.")
    private long reconnectInitialDelay = 1_000L;

    @UriParam(label = "consumer", defaultValue = "60s", javaType = "java.time.Duration",
            description = "The longest delay between reconnect attempts; also the delay after a permanent refusal "
                    + "(bad credentials, account not entitled).")
    private long reconnectMaxDelay = 60_000L;

    @UriParam(label = "consumer", defaultValue = "0",
            description = "How many reconnect attempts in a row before the consumer gives up (0 = never gives up). "
                    + "The count starts again once a connection has been live for heartbeatTimeout.")
    private int maxReconnectAttempts;

    @UriParam(label = "consumer", defaultValue = "30s", javaType = "java.time.Duration",
            description = "How long a connection may stay silent (no frame at all, heartbeats included) before it "
                    + "is taken for dead and replaced. Studio sends a heartbeat every 10 s; time spent in a "
                    + "slow route does not count.")
    private long heartbeatTimeout = 30_000L;

    @UriParam(label = "consumer", defaultValue = "resubscribe", enums = "resubscribe,warn,error",
            description = "What a sequence gap (missing messages) leads to: resubscribe (subscribe again on a fresh "
                    + "connection so that Studio's replay fills it, and if it cannot, deliver with the "
                    + "CamelStudioMissingBefore header and a warning), warn (header and warning only), error "
                    + "(as resubscribe, and an unfilled gap also goes to the exception handler).")
    private GapHandling gapHandling = GapHandling.RESUBSCRIBE;

    @UriParam(label = "consumer", defaultValue = "replay", enums = "replay,live",
            description = "Where to start when there is no saved position: replay (the whole trading day, which "
                    + "Studio replays on subscribe) or live (skip the first replay).")
    private StudioStartFrom startFrom = StudioStartFrom.REPLAY;

    @UriParam(label = "consumer",
            description = "A Camel StateRepository of strings that keeps each account's last delivered "
                    + "sequence, so that a restarted application resumes without delivering the day's "
                    + "replay again. Its keys are studio: followed by the account id.")
    private StateRepository<String, String> sequenceStateRepository;

    @UriParam(label = "consumer", defaultValue = "false",
            description = "What a message whose route fails leads to. false: the failure goes to the exception "
                    + "handler and the account goes on with the next message (the failed one is skipped for "
                    + "good). true: the account stops before the failed message (its position is not moved "
                    + "past it) and is subscribed again after a backoff (reconnectInitialDelay, doubling up to "
                    + "reconnectMaxDelay while it keeps failing), so that Studio's replay offers it again, in "
                    + "order; as camel-kafka's breakOnFirstError.")
    private boolean breakOnFirstError;

    @UriParam(label = "consumer", defaultValue = "true",
            description = "Whether this endpoint shares one WebSocket with the other studio: endpoints that reach "
                    + "the same server with the same credentials, TLS and timings (one subscription per "
                    + "account); false gives it a connection of its own.")
    private boolean sharedConnection = true;

    @UriParam(label = "consumer", defaultValue = "1000",
            description = "How many messages of this account may wait for its route. On a shared connection, "
                    + "while the buffer is full the connection's reader waits for it (within slowRouteTimeout), "
                    + "so a burst such as the day's replay on every subscribe is absorbed. Nothing is lost "
                    + "either way.")
    private int deliveryBufferSize = 1000;

    @UriParam(label = "consumer", defaultValue = "1s", javaType = "java.time.Duration",
            description = "On a shared connection, how long in all this account's route may hold up the "
                    + "connection's reader (which waits while the account's buffer is full) until the route "
                    + "has emptied its buffer; longer, and the account moves to a connection of its own, whose "
                    + "replay brings back what was not taken. This bounds how late the other accounts on the "
                    + "connection can be because of this one. A burst into a route that keeps up on average "
                    + "moves nothing; 0 moves the account as soon as its buffer is full.")
    private long slowRouteTimeout = 1_000L;

    /** Every option at its default. */
    public StudioConfiguration() {
    }

    /**
     * A copy for one endpoint, so that its URI options do not change the component's defaults.
     *
     * @return a shallow copy: beans such as the token provider and the state repository are shared
     */
    public StudioConfiguration copy() {
        try {
            return (StudioConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /**
     * The Studio account ID to consume activity of; required.
     *
     * @return the account ID, e.g. {@code 100000}
     */
    public String getAccountId() {
        return accountId;
    }

    /**
     * The Studio account ID to consume activity of; required.
     *
     * @param accountId the account ID, e.g. {@code 100000}
     */
    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /**
     * The Studio environment; ignored when the serverUrl is set.
     *
     * @return the environment (default production)
     */
    public StudioEnvironment getEnvironment() {
        return environment;
    }

    /**
     * The Studio environment; ignored when the serverUrl is set.
     *
     * @param environment the environment (default production)
     */
    public void setEnvironment(StudioEnvironment environment) {
        this.environment = environment;
    }

    /**
     * The WebSocket URL of Studio, overriding the environment: for a proxy or the simulator.
     *
     * @return the URL as configured, or {@code null} when the environment's is used
     */
    public String getServerUrl() {
        return serverUrl;
    }

    /**
     * The WebSocket URL of Studio, overriding the environment: for a proxy or the simulator.
     *
     * @param serverUrl a {@code wss://} URL ({@code ws://} only for a loopback host), or {@code null} to use the
     *                  environment's
     */
    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    /**
     * Where access tokens come from; takes precedence over clientId/clientSecret and accessToken.
     *
     * @return the provider, or {@code null} when the tokens come from clientId/clientSecret or accessToken
     */
    public StudioTokenProvider getTokenProvider() {
        return tokenProvider;
    }

    /**
     * Where access tokens come from; takes precedence over clientId/clientSecret and accessToken.
     *
     * @param tokenProvider the provider, or {@code null} to use clientId/clientSecret or accessToken
     */
    public void setTokenProvider(StudioTokenProvider tokenProvider) {
        this.tokenProvider = tokenProvider;
    }

    /**
     * A fixed access token, used when neither tokenProvider nor clientId/clientSecret is set.
     *
     * @return the token, or {@code null}
     */
    public String getAccessToken() {
        return accessToken;
    }

    /**
     * A fixed access token, used when neither tokenProvider nor clientId/clientSecret is set.
     *
     * @param accessToken the token, or {@code null}
     */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    /**
     * The OAuth2 client id of Studio API credentials.
     *
     * @return the client id, or {@code null}
     */
    public String getClientId() {
        return clientId;
    }

    /**
     * The OAuth2 client id of Studio API credentials.
     *
     * @param clientId the client id, or {@code null}
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /**
     * The OAuth2 client secret that goes with the clientId.
     *
     * @return the client secret, or {@code null}
     */
    public String getClientSecret() {
        return clientSecret;
    }

    /**
     * The OAuth2 client secret that goes with the clientId.
     *
     * @param clientSecret the client secret, or {@code null}
     */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    /**
     * The OAuth2 token endpoint for client credentials.
     *
     * @return the URL of the token endpoint
     */
    public String getTokenUrl() {
        return tokenUrl;
    }

    /**
     * The OAuth2 token endpoint for client credentials.
     *
     * @param tokenUrl the URL of the token endpoint
     */
    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /**
     * The OAuth2 audience asked for with client credentials.
     *
     * @return the audience
     */
    public String getAudience() {
        return audience;
    }

    /**
     * The OAuth2 audience asked for with client credentials.
     *
     * @param audience the audience
     */
    public void setAudience(String audience) {
        this.audience = audience;
    }

    /**
     * How long before a client-credentials token expires a new one is fetched.
     *
     * @return the margin in milliseconds (default 5 minutes); 0 uses each token until it expires
     */
    public long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    /**
     * How long before a client-credentials token expires a new one is fetched.
     *
     * @param tokenRefreshMargin the margin in milliseconds (default 5 minutes); 0 uses each token until it expires
     */
    public void setTokenRefreshMargin(long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    /**
     * How long before the connection's token expires a second connection takes over with a new token.
     *
     * @return the margin in milliseconds (default 2 minutes); 0 turns rotation off
     */
    public long getTokenRotationMargin() {
        return tokenRotationMargin;
    }

    /**
     * How long before the connection's token expires a second connection takes over with a new token.
     *
     * @param tokenRotationMargin the margin in milliseconds (default 2 minutes); 0 turns rotation off
     */
    public void setTokenRotationMargin(long tokenRotationMargin) {
        this.tokenRotationMargin = tokenRotationMargin;
    }

    /**
     * TLS settings (trust store, protocols) for the WebSocket and the token endpoint.
     *
     * @return the TLS settings, or {@code null} when none are set
     */
    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings (trust store, protocols) for the WebSocket and the token endpoint.
     *
     * @param sslContextParameters the TLS settings, or {@code null} for none
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    /**
     * The form of the body: the frame's JSON text, the decoded record or a Map.
     *
     * @return the body type (default json)
     */
    public StudioBodyType getBodyType() {
        return bodyType;
    }

    /**
     * The form of the body: the frame's JSON text, the decoded record or a Map.
     *
     * @param bodyType the body type (default json)
     */
    public void setBodyType(StudioBodyType bodyType) {
        this.bodyType = bodyType;
    }

    /**
     * Whether control messages (subscribe-activity-ack, replay-complete, heartbeat, error-notice) also become
     * Exchanges; data messages always do.
     *
     * @return true if they do (default false)
     */
    public boolean isIncludeControlMessages() {
        return includeControlMessages;
    }

    /**
     * Whether control messages (subscribe-activity-ack, replay-complete, heartbeat, error-notice) also become
     * Exchanges; data messages always do.
     *
     * @param includeControlMessages true to deliver them too
     */
    public void setIncludeControlMessages(boolean includeControlMessages) {
        this.includeControlMessages = includeControlMessages;
    }

    /**
     * How long connecting may take: TCP, TLS and the WebSocket upgrade.
     *
     * @return the timeout in milliseconds (default 10 seconds)
     */
    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long connecting may take: TCP, TLS and the WebSocket upgrade.
     *
     * @param connectTimeout the timeout in milliseconds; more than zero
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * The first delay before reconnecting after a connection ended; it doubles on each failed attempt (with jitter) up
     * to the reconnectMaxDelay.
     *
     * @return the delay in milliseconds (default 1 second)
     */
    public long getReconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    /**
     * The first delay before reconnecting after a connection ended; it doubles on each failed attempt (with jitter) up
     * to the reconnectMaxDelay.
     *
     * @param reconnectInitialDelay the delay in milliseconds; at least 10
     */
    public void setReconnectInitialDelay(long reconnectInitialDelay) {
        this.reconnectInitialDelay = reconnectInitialDelay;
    }

    /**
     * The longest delay between reconnect attempts; also the delay after a permanent refusal.
     *
     * @return the delay in milliseconds (default 60 seconds)
     */
    public long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    /**
     * The longest delay between reconnect attempts; also the delay after a permanent refusal.
     *
     * @param reconnectMaxDelay the delay in milliseconds; not shorter than the reconnectInitialDelay
     */
    public void setReconnectMaxDelay(long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    /**
     * How many reconnect attempts in a row before the consumer gives up.
     *
     * @return the number of attempts; 0 (the default) never gives up
     */
    public int getMaxReconnectAttempts() {
        return maxReconnectAttempts;
    }

    /**
     * How many reconnect attempts in a row before the consumer gives up.
     *
     * @param maxReconnectAttempts the number of attempts, or 0 never to give up
     */
    public void setMaxReconnectAttempts(int maxReconnectAttempts) {
        this.maxReconnectAttempts = maxReconnectAttempts;
    }

    /**
     * How long a connection may stay silent (no frame at all) before it is taken for dead and replaced.
     *
     * @return the timeout in milliseconds (default 30 seconds)
     */
    public long getHeartbeatTimeout() {
        return heartbeatTimeout;
    }

    /**
     * How long a connection may stay silent (no frame at all) before it is taken for dead and replaced.
     *
     * @param heartbeatTimeout the timeout in milliseconds; more than zero
     */
    public void setHeartbeatTimeout(long heartbeatTimeout) {
        this.heartbeatTimeout = heartbeatTimeout;
    }

    /**
     * What a sequence gap (missing messages) leads to.
     *
     * @return the gap handling (default resubscribe)
     */
    public GapHandling getGapHandling() {
        return gapHandling;
    }

    /**
     * What a sequence gap (missing messages) leads to.
     *
     * @param gapHandling the gap handling (default resubscribe)
     */
    public void setGapHandling(GapHandling gapHandling) {
        this.gapHandling = gapHandling;
    }

    /**
     * Where to start when there is no saved position: with the day's replay, or live.
     *
     * @return where to start (default replay)
     */
    public StudioStartFrom getStartFrom() {
        return startFrom;
    }

    /**
     * Where to start when there is no saved position: with the day's replay, or live.
     *
     * @param startFrom where to start (default replay)
     */
    public void setStartFrom(StudioStartFrom startFrom) {
        this.startFrom = startFrom;
    }

    /**
     * Where each account's last delivered sequence is kept, so that a restarted application resumes without delivering
     * the day's replay again.
     *
     * @return the repository, or {@code null} when positions are kept in memory only
     */
    public StateRepository<String, String> getSequenceStateRepository() {
        return sequenceStateRepository;
    }

    /**
     * Where each account's last delivered sequence is kept, so that a restarted application resumes without delivering
     * the day's replay again.
     *
     * @param sequenceStateRepository the repository, keyed by {@code studio:<accountId>}, or {@code null} to keep
     *                                positions in memory only
     */
    public void setSequenceStateRepository(StateRepository<String, String> sequenceStateRepository) {
        this.sequenceStateRepository = sequenceStateRepository;
    }

    /**
     * Whether a message whose route fails stops the account before it, to be offered again after a backoff, instead of
     * being skipped.
     *
     * @return true when a failed message stops the account, false (the default) when it is skipped
     */
    public boolean isBreakOnFirstError() {
        return breakOnFirstError;
    }

    /**
     * Whether a message whose route fails stops the account before it, to be offered again after a backoff, instead of
     * being skipped.
     *
     * @param breakOnFirstError true to stop and offer the message again, false to skip it
     */
    public void setBreakOnFirstError(boolean breakOnFirstError) {
        this.breakOnFirstError = breakOnFirstError;
    }

    /**
     * Whether this endpoint shares one WebSocket with the other {@code studio:} endpoints that reach the same server
     * with the same credentials, TLS and timings.
     *
     * @return true (the default) when the endpoint shares, false when it has a connection of its own
     */
    public boolean isSharedConnection() {
        return sharedConnection;
    }

    /**
     * Whether this endpoint shares one WebSocket with the other {@code studio:} endpoints that reach the same server
     * with the same credentials, TLS and timings.
     *
     * @param sharedConnection true to share, false for a connection of its own
     */
    public void setSharedConnection(boolean sharedConnection) {
        this.sharedConnection = sharedConnection;
    }

    /**
     * On a shared connection, how long in all this account's route may hold up the connection's reader until it has
     * emptied its buffer, before the account moves to a connection of its own.
     *
     * @return the timeout in milliseconds (default 1 second)
     */
    public long getSlowRouteTimeout() {
        return slowRouteTimeout;
    }

    /**
     * On a shared connection, how long in all this account's route may hold up the connection's reader until it has
     * emptied its buffer, before the account moves to a connection of its own.
     *
     * @param slowRouteTimeout the timeout in milliseconds; 0 moves the account as soon as its buffer is full
     */
    public void setSlowRouteTimeout(long slowRouteTimeout) {
        this.slowRouteTimeout = slowRouteTimeout;
    }

    /**
     * How many messages of this account may wait for its route.
     *
     * @return the buffer size (default 1000)
     */
    public int getDeliveryBufferSize() {
        return deliveryBufferSize;
    }

    /**
     * How many messages of this account may wait for its route.
     *
     * @param deliveryBufferSize the buffer size; at least 1
     */
    public void setDeliveryBufferSize(int deliveryBufferSize) {
        this.deliveryBufferSize = deliveryBufferSize;
    }

    /**
     * The largest frame from Studio accepted; a larger one ends the connection with close code 1011.
     *
     * @return the size in bytes (default 4 MiB)
     */
    public int getMaxFrameSize() {
        return maxFrameSize;
    }

    /**
     * The largest frame from Studio accepted; a larger one ends the connection with close code 1011.
     *
     * @param maxFrameSize the size in bytes; at least 1024
     */
    public void setMaxFrameSize(int maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    /**
     * The WebSocket client: Eclipse Tyrus, or the JDK's.
     *
     * @return the transport (default tyrus)
     */
    public StudioTransport getTransport() {
        return transport;
    }

    /**
     * The WebSocket client: tyrus (Eclipse Tyrus on Grizzly) or jdk (the JDK's java.net.http client, which needs
     * neither Tyrus nor Grizzly at run time).
     *
     * @param transport the transport (default tyrus)
     */
    public void setTransport(StudioTransport transport) {
        this.transport = transport;
    }

    /**
     * How long to wait for the subscribe-activity-ack after subscribing.
     *
     * @return the timeout in milliseconds (default 10 seconds)
     */
    public long getSubscribeTimeout() {
        return subscribeTimeout;
    }

    /**
     * How long to wait for the subscribe-activity-ack after subscribing.
     *
     * @param subscribeTimeout the timeout in milliseconds; more than zero
     */
    public void setSubscribeTimeout(long subscribeTimeout) {
        this.subscribeTimeout = subscribeTimeout;
    }
}
