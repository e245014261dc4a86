package dev.camelstudio.studio.connection;

/**
 * What an {@code error-notice} means for the connection (docs/protocol.md §4.10, §5-2, §5-7). Studio documents two
 * texts, each followed by a close; anything else is reported as it is.
 */
public enum ErrorNoticeKind {

    /** "Idled too long; please reconnect": no successful subscribe in time. */
    IDLE_TIMEOUT,
    /** "Auth expired; please reconnect": the token expired; reconnect at once with a new one. */
    AUTH_EXPIRED,
    /** Anything else, e.g. a request the server could not parse. */
    OTHER;

    /**
     * Classifies a notice by the documented texts' leading words; case and trailing text are ignored.
     *
     * @param details the notice's {@code details} text, possibly null
     * @return the kind; OTHER for a text that is neither documented one, or none
     */
    public static ErrorNoticeKind of(String details) {
        if (startsWith(details, "auth expired")) {
            return AUTH_EXPIRED;
        }
        if (startsWith(details, "idled too long")) {
            return IDLE_TIMEOUT;
        }
        return OTHER;
    }

    /** Without copying the text: a notice can be megabytes long. */
    private static boolean startsWith(String details, String words) {
        return details != null && details.regionMatches(true, 0, words, 0, words.length());
    }
}
