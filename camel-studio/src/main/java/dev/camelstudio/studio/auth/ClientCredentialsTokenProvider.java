package dev.camelstudio.studio.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens from Studio's OAuth2 client-credentials flow (docs/protocol.md §2.1), kept until {@code refreshMargin} before they
 * expire. Concurrent callers that need a new token share one request; failures that may pass (5xx, timeouts, network
 * errors) are retried with exponential backoff, refusals (bad credentials) are not.
 *
 * <pre>{@code
 * StudioTokenProvider tokens = ClientCredentialsTokenProvider.builder()
 *         .clientId("my-client-id")
 *         .clientSecret(secretFromSomewhereSafe)
 *         .build();
 * AccessToken token = tokens.token();
 * }</pre>
 */
public final class ClientCredentialsTokenProvider implements StudioTokenProvider {

    /** Studio's token endpoint. */
    public static final String DEFAULT_TOKEN_URL = "https://auth.clearstreet.io/oauth/token";
    /** The audience Studio's tokens are issued for. */
    public static final String DEFAULT_AUDIENCE = "https://api.clearstreet.io";
    /** See {@link Builder#refreshMargin(Duration)}. */
    public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);
    /** See {@link Builder#requestTimeout(Duration)}. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** See {@link Builder#maxAttempts(int)}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** See {@link Builder#initialRetryDelay(Duration)}. */
    public static final Duration DEFAULT_INITIAL_RETRY_DELAY = Duration.ofMillis(500);
    /** See {@link Builder#maxRetryDelay(Duration)}. */
    public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ClientCredentialsTokenProvider.class);

    private final URI tokenUrl;
    private final ClientCredentials credentials;
    private final TokenCache cache;

    private ClientCredentialsTokenProvider(Builder builder) {
        this.tokenUrl = TokenUrlPolicy.check(builder.tokenUrl);
        this.credentials = new ClientCredentials(builder.clientId, builder.clientSecret, builder.audience);
        requireNotNegative(builder.refreshMargin, "refreshMargin");
        requirePositive(builder.requestTimeout, "requestTimeout");
        requireNotNegative(builder.initialRetryDelay, "initialRetryDelay");
        requireNotNegative(builder.maxRetryDelay, "maxRetryDelay");
        TokenEndpointClient endpoint = new TokenEndpointClient(tokenUrl, credentials, builder.requestTimeout,
                new RetryPolicy(builder.maxAttempts, builder.initialRetryDelay, builder.maxRetryDelay),
                builder.sslContext);
        this.cache = new TokenCache(endpoint::requestToken, builder.refreshMargin, Clock.systemUTC());
    }

    /**
     * Starts configuring a provider.
     *
     * @return a new builder with every option at its default and no credentials yet
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The cached token, or a new one when it is within the refresh margin of its expiry.
     *
     * @throws StudioAuthenticationException permanent when the endpoint refused the credentials, else after the
     *                                        retries ran out
     */
    @Override
    public AccessToken token() throws StudioAuthenticationException {
        return cache.get();
    }

    /**
     * Drops the token from the cache, so that the next {@link #token()} requests a new one; a token that was already
     * replaced changes nothing.
     */
    @Override
    public void tokenRejected(AccessToken rejected) {
        if (cache.invalidate(rejected)) {
            LOG.info("Studio refused a subscription made with the access token of client id '{}' (expiry {}): a new "
                    + "token will be requested for the next attempt", credentials.clientId(), rejected.expiresAt());
        }
    }

    /** Shows where tokens come from; never the secret or a token. */
    @Override
    public String toString() {
        return "ClientCredentialsTokenProvider[tokenUrl=" + tokenUrl + ", clientId=" + credentials.clientId()
                + ", clientSecret=****, audience=" + credentials.audience() + "]";
    }

    private static void requireNotNegative(Duration value, String option) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("The " + option + " option must be zero or more, was " + value);
        }
    }

    private static void requirePositive(Duration value, String option) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("The " + option + " option must be more than zero, was " + value);
        }
    }

    /** Configures a {@link ClientCredentialsTokenProvider}; only the client id and secret are required. */
    public static final class Builder {

        private String clientId;
        private String clientSecret;
        private String tokenUrl = DEFAULT_TOKEN_URL;
        private String audience = DEFAULT_AUDIENCE;
        private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration initialRetryDelay = DEFAULT_INITIAL_RETRY_DELAY;
        private Duration maxRetryDelay = DEFAULT_MAX_RETRY_DELAY;
        private SSLContext sslContext;

        private Builder() {
        }

        /**
         * The client id of a Studio API credential (Studio > Settings > Developer). Required.
         *
         * @param clientId the client id
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * The client secret of that credential. Required.
         *
         * @param clientSecret the client secret
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * The OAuth2 token endpoint (default {@value ClientCredentialsTokenProvider#DEFAULT_TOKEN_URL}); must be
         * {@code https://}, except on localhost, 127.0.0.1 and ::1.
         *
         * @param tokenUrl the absolute URL of the token endpoint; checked when {@link #build()} is called
         * @return this builder
         */
        public Builder tokenUrl(String tokenUrl) {
            this.tokenUrl = tokenUrl;
            return this;
        }

        /**
         * The audience to request tokens for (default {@value ClientCredentialsTokenProvider#DEFAULT_AUDIENCE}).
         *
         * @param audience the audience sent with each token request
         * @return this builder
         */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /**
         * How long before its expiry a token is replaced (default 5 minutes), so that it never expires while in use.
         * A token that lives shorter than twice this margin is replaced halfway through its life.
         *
         * @param refreshMargin the margin; zero or more
         * @return this builder
         */
        public Builder refreshMargin(Duration refreshMargin) {
            this.refreshMargin = refreshMargin;
            return this;
        }

        /**
         * How long one token request may take, connecting included (default 10 seconds).
         *
         * @param requestTimeout the timeout of one attempt; more than zero
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /**
         * How many times a token request is tried when it fails in a way that may pass (default 3; 1 = no retry).
         *
         * @param maxAttempts the number of attempts in all, the first included; at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The wait after the first failed attempt (default 500 ms); it doubles after each next one.
         *
         * @param initialRetryDelay the first wait; zero or more, and not longer than the {@code maxRetryDelay}
         * @return this builder
         */
        public Builder initialRetryDelay(Duration initialRetryDelay) {
            this.initialRetryDelay = initialRetryDelay;
            return this;
        }

        /**
         * The longest wait between attempts (default 10 seconds).
         *
         * @param maxRetryDelay the cap on the wait; zero or more, and not shorter than the {@code initialRetryDelay}
         * @return this builder
         */
        public Builder maxRetryDelay(Duration maxRetryDelay) {
            this.maxRetryDelay = maxRetryDelay;
            return this;
        }

        /**
         * The TLS context for the token endpoint, e.g. one trusting a private CA; {@code null} (the default) uses the
         * JDK's.
         *
         * @param sslContext the TLS context, or {@code null} for the JDK's default
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /**
         * A provider with these settings; no request is made yet.
         *
         * @return a provider using these settings
         * @throws IllegalArgumentException naming the option to fix when a setting is missing or invalid
         */
        public ClientCredentialsTokenProvider build() {
            return new ClientCredentialsTokenProvider(this);
        }
    }
}
