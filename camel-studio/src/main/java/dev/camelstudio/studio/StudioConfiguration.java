package dev.camelstudio.studio;

import dev.camelstudio.studio.auth.ClientCredentialsTokenProvider;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.connection.GapHandling;

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

    @UriParam(label = "advanced", defaultValue = "4194304",
            description = "The largest frame from Studio accepted, in bytes (4 MiB by default; Studio's messages are a "
                    + "few hundred bytes). A larger one ends the connection with close code 1011, and the "
                    + "warning names this option.")
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
            description = "A Camel StateRepository<String, String> that keeps each account's last delivered "
                    + "sequence, so that a restarted application resumes without delivering the day's "
                    + "replay again. Keys are studio:<accountId>.")
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
            description = "On a shared connection, how many messages of this account may wait for its route. "
                    + "While the buffer is full the connection's reader waits for it, so a burst (such as "
                    + "the day's replay on every subscribe) is absorbed; a route that keeps it full for "
                    + "slowRouteTimeout moves to a connection of its own. Nothing is lost either way.")
    private int deliveryBufferSize = 1000;

    @UriParam(label = "consumer", defaultValue = "30s", javaType = "java.time.Duration",
            description = "On a shared connection, how long this account's route may keep its buffer full, holding "
                    + "up the connection's reader and so the other accounts on it, before the account moves "
                    + "to a connection of its own (whose replay brings back what was not taken). A burst "
                    + "fills the buffer only for moments and moves nothing.")
    private long slowRouteTimeout = 30_000L;

    /** A copy for one endpoint, so that its URI options do not change the component's defaults. */
    public StudioConfiguration copy() {
        try {
            return (StudioConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public StudioEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(StudioEnvironment environment) {
        this.environment = environment;
    }

    public String getServerUrl() {
        return serverUrl;
    }

    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    public StudioTokenProvider getTokenProvider() {
        return tokenProvider;
    }

    public void setTokenProvider(StudioTokenProvider tokenProvider) {
        this.tokenProvider = tokenProvider;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public long getTokenRotationMargin() {
        return tokenRotationMargin;
    }

    public void setTokenRotationMargin(long tokenRotationMargin) {
        this.tokenRotationMargin = tokenRotationMargin;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public StudioBodyType getBodyType() {
        return bodyType;
    }

    public void setBodyType(StudioBodyType bodyType) {
        this.bodyType = bodyType;
    }

    public boolean isIncludeControlMessages() {
        return includeControlMessages;
    }

    public void setIncludeControlMessages(boolean includeControlMessages) {
        this.includeControlMessages = includeControlMessages;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    public void setReconnectInitialDelay(long reconnectInitialDelay) {
        this.reconnectInitialDelay = reconnectInitialDelay;
    }

    public long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    public void setReconnectMaxDelay(long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    public int getMaxReconnectAttempts() {
        return maxReconnectAttempts;
    }

    public void setMaxReconnectAttempts(int maxReconnectAttempts) {
        this.maxReconnectAttempts = maxReconnectAttempts;
    }

    public long getHeartbeatTimeout() {
        return heartbeatTimeout;
    }

    public void setHeartbeatTimeout(long heartbeatTimeout) {
        this.heartbeatTimeout = heartbeatTimeout;
    }

    public GapHandling getGapHandling() {
        return gapHandling;
    }

    public void setGapHandling(GapHandling gapHandling) {
        this.gapHandling = gapHandling;
    }

    public StudioStartFrom getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(StudioStartFrom startFrom) {
        this.startFrom = startFrom;
    }

    public StateRepository<String, String> getSequenceStateRepository() {
        return sequenceStateRepository;
    }

    public void setSequenceStateRepository(StateRepository<String, String> sequenceStateRepository) {
        this.sequenceStateRepository = sequenceStateRepository;
    }

    public boolean isBreakOnFirstError() {
        return breakOnFirstError;
    }

    public void setBreakOnFirstError(boolean breakOnFirstError) {
        this.breakOnFirstError = breakOnFirstError;
    }

    public boolean isSharedConnection() {
        return sharedConnection;
    }

    public void setSharedConnection(boolean sharedConnection) {
        this.sharedConnection = sharedConnection;
    }

    public long getSlowRouteTimeout() {
        return slowRouteTimeout;
    }

    public void setSlowRouteTimeout(long slowRouteTimeout) {
        this.slowRouteTimeout = slowRouteTimeout;
    }

    public int getDeliveryBufferSize() {
        return deliveryBufferSize;
    }

    public void setDeliveryBufferSize(int deliveryBufferSize) {
        this.deliveryBufferSize = deliveryBufferSize;
    }

    public int getMaxFrameSize() {
        return maxFrameSize;
    }

    public void setMaxFrameSize(int maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    public long getSubscribeTimeout() {
        return subscribeTimeout;
    }

    public void setSubscribeTimeout(long subscribeTimeout) {
        this.subscribeTimeout = subscribeTimeout;
    }
}
