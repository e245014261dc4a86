package dev.camelstudio.studio.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;

import dev.camelstudio.studio.support.RepeatingFailureLog;
import dev.camelstudio.studio.support.TlsFailures;
import dev.camelstudio.studio.support.UnknownHosts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests tokens from the OAuth2 token endpoint (docs/protocol.md §2.1), retrying failures that may pass (5xx, 408, 429,
 * timeouts, network errors) and giving up at once on refusals (other 4xx: the request itself is wrong).
 */
final class TokenEndpointClient {

    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpointClient.class);

    private final URI tokenUrl;
    private final ClientCredentials credentials;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final HttpClient http;
    /** Failed attempts in a row, across token requests: an endpoint that stays down is a few lines, not a flood. */
    private final RepeatingFailureLog failures = new RepeatingFailureLog(LOG);

    TokenEndpointClient(URI tokenUrl, ClientCredentials credentials, Duration requestTimeout, RetryPolicy retryPolicy,
            SSLContext sslContext) {
        this.tokenUrl = tokenUrl;
        this.credentials = credentials;
        this.requestTimeout = requestTimeout;
        this.retryPolicy = retryPolicy;
        HttpClient.Builder builder = HttpClient.newBuilder()
                // One small request a day: HTTP/1.1 avoids h2c upgrade attempts on http:// and proxy surprises.
                .version(HttpClient.Version.HTTP_1_1)
                // A redirect would resend the secret somewhere the user did not configure.
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(requestTimeout);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        this.http = builder.build();
    }

    /**
     * A new token, after as many attempts as the retry policy allows.
     *
     * @throws StudioAuthenticationException permanent if the endpoint refused the request, else transient
     */
    AccessToken requestToken() {
        for (int attempt = 1;; attempt++) {
            try {
                AccessToken token = attempt(attempt);
                failures.succeeded("Obtained a Studio access token for client id '" + credentials.clientId()
                        + "', valid until " + token.expiresAt());
                return token;
            } catch (StudioAuthenticationException e) {
                // An interrupt means stop now: it is not a failure that a retry could mend.
                if (e.isPermanent() || attempt >= retryPolicy.maxAttempts() || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                Duration delay = retryPolicy.delayAfter(attempt);
                failures.failure(e.getMessage() + " Retrying in " + delay.toMillis() + " ms.");
                pause(delay);
            }
        }
    }

    private AccessToken attempt(int attempt) {
        LOG.debug("Requesting a Studio access token for client id '{}' from {} (attempt {} of {})",
                credentials.clientId(), tokenUrl, attempt, retryPolicy.maxAttempts());
        Instant requestedAt = Instant.now();
        HttpResponse<String> response = send(attempt);
        int status = response.statusCode();
        if (status / 100 == 2) {
            return TokenResponses.grant(response.body(), requestedAt).orElseThrow(() -> failure(status, true,
                    "Studio's token endpoint " + tokenUrl + " answered HTTP " + status + " without an access_token"
                            + " for client id '" + credentials.clientId() + "': check that the tokenUrl option points"
                            + " to the OAuth2 token endpoint."));
        }
        String refusal = TokenResponses.describeRefusal(response.body(), credentials.clientSecret());
        if (status / 100 == 5 || status == 408 || status == 429) {
            throw failure(status, false, "Studio's token endpoint " + tokenUrl + " failed the token request for"
                    + " client id '" + credentials.clientId() + "' with HTTP " + status + " (" + refusal + ") on"
                    + " attempt " + attempt + " of " + retryPolicy.maxAttempts()
                    + ": the authentication service is unavailable; try again later.");
        }
        String fix = status == 401 || status == 403
                ? "check the clientId and clientSecret options (Studio > Settings > Developer) and the audience option"
                : "check the tokenUrl and audience options";
        throw failure(status, true, "Studio's token endpoint " + tokenUrl + " refused the token request for client id '"
                + credentials.clientId() + "' with HTTP " + status + " (" + refusal + "): " + fix);
    }

    private HttpResponse<String> send(int attempt) {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials.requestBody()))
                .build();
        CompletableFuture<HttpResponse<String>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            // Bounds the whole exchange, body included: the request timeout may stop at the response headers.
            return exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut(attempt, e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw interrupted("sending", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(attempt, cause);
            }
            String fix = UnknownHosts.explain(cause, tokenUrl, "tokenUrl")
                    .or(() -> TlsFailures.explain(cause, "Studio's token endpoint " + tokenUrl.getHost()))
                    .orElse("check the network, proxy and TLS trust settings and the tokenUrl option");
            throw new StudioAuthenticationException("Could not reach Studio's token endpoint " + tokenUrl
                    + " for client id '" + credentials.clientId() + "' on attempt " + attempt + " of "
                    + retryPolicy.maxAttempts() + " (" + cause + "): " + fix + ".", credentials.clientId(), null,
                    false, cause instanceof IOException ? cause : e);
        }
    }

    private StudioAuthenticationException timedOut(int attempt, Throwable cause) {
        return new StudioAuthenticationException("Studio's token endpoint " + tokenUrl + " did not answer within "
                + requestTimeout.toMillis() + " ms for client id '" + credentials.clientId() + "' on attempt " + attempt
                + " of " + retryPolicy.maxAttempts() + ": check the network, or raise the requestTimeout option if the"
                + " endpoint is slow.", credentials.clientId(), null, false, cause);
    }

    /** Keeps the interrupt for the caller to see, as the exception alone would hide it. */
    private StudioAuthenticationException interrupted(String doing, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new StudioAuthenticationException("Interrupted while " + doing + " a Studio access token request for"
                + " client id '" + credentials.clientId() + "'.", credentials.clientId(), null, false, e);
    }

    private StudioAuthenticationException failure(int status, boolean permanent, String message) {
        return new StudioAuthenticationException(message, credentials.clientId(), status, permanent, null);
    }

    private void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            throw interrupted("waiting to retry", e);
        }
    }
}
