package dev.camelstudio.studio.connection;

import java.util.Locale;

/**
 * What an {@code error-notice} means for the connection (protocol.md §4.10, §5-2, §5-7). Studio documents two texts,
 * each followed by a close; anything else is reported as it is.
 */
public enum ErrorNoticeKind {

    /** "Idled too long; please reconnect": no successful subscribe in time. */
    IDLE_TIMEOUT,
    /** "Auth expired; please reconnect": the token expired; reconnect at once with a new one. */
    AUTH_EXPIRED,
    /** Anything else, e.g. a request the server could not parse. */
    OTHER;

    /** Classifies a notice by the documented texts' leading words; case and trailing text are ignored. */
    public static ErrorNoticeKind of(String details) {
        String text = details == null ? "" : details.toLowerCase(Locale.ROOT);
        if (text.startsWith("auth expired")) {
            return AUTH_EXPIRED;
        }
        if (text.startsWith("idled too long")) {
            return IDLE_TIMEOUT;
        }
        return OTHER;
    }
}
