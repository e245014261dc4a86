package dev.camelstudio.studio.auth;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * No Studio access token could be had. The message names the cause and the fix; it carries the client id and the
 * HTTP status when there were some, and never a client secret or a token.
 * <p>
 * {@link #isPermanent()} tells a caller whether to try again later: it is {@code true} when the token endpoint refused
 * the request (bad credentials, wrong audience: a configuration problem), {@code false} when the endpoint failed or
 * could not be reached (5xx, timeouts, network errors).
 * <p>
 * Unchecked, so that token providers can be called from lambdas.
 */
public class StudioAuthenticationException extends RuntimeException {

    /** The OAuth2 client id the token was requested for; {@code null} when there was none. */
    private final String clientId;
    /** The HTTP status of the token endpoint's last answer; {@code null} when it did not answer. */
    private final Integer httpStatus;
    /** Whether trying again cannot help. */
    private final boolean permanent;

    /**
     * For token providers that are not tied to a client id or an HTTP exchange, e.g. one reading a vault.
     *
     * @param message   the cause and the fix, without any secret
     * @param permanent whether trying again cannot help
     * @param cause     the underlying failure, or {@code null}
     */
    public StudioAuthenticationException(String message, boolean permanent, Throwable cause) {
        this(message, null, null, permanent, cause);
    }

    StudioAuthenticationException(String message, String clientId, Integer httpStatus, boolean permanent,
            Throwable cause) {
        super(message, cause);
        this.clientId = clientId;
        this.httpStatus = httpStatus;
        this.permanent = permanent;
    }

    /**
     * This failure, to throw in another thread that shared the attempt: a new exception, so that its stack trace shows
     * that thread's caller, with this one as its cause.
     */
    StudioAuthenticationException rethrownHere() {
        return new StudioAuthenticationException(getMessage(), clientId, httpStatus, permanent, this);
    }

    /**
     * Whether trying again cannot help (e.g. bad credentials), as opposed to a failure that may pass.
     *
     * @return true for a permanent failure, false for one that may pass
     */
    public boolean isPermanent() {
        return permanent;
    }

    /**
     * The HTTP status of the token endpoint's last answer, if it answered.
     *
     * @return the status code; empty when no HTTP answer came or no HTTP exchange was involved
     */
    public OptionalInt getHttpStatus() {
        return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /**
     * The OAuth2 client id the token was requested for, if any.
     *
     * @return the client id; empty for providers not tied to one
     */
    public Optional<String> getClientId() {
        return Optional.ofNullable(clientId);
    }
}
