package dev.camelstudio.studio.support;

import java.util.regex.Pattern;

/**
 * Makes text that a server controls safe to log or to put in an exception message: frames, error-notice and ack
 * details, close reasons, token endpoint bodies. Such text can be megabytes long, can hold line breaks that forge log
 * entries, and can echo a token back (a server that returns the subscribe frame quotes its {@code authorization}).
 * Everything of it that reaches a log goes through {@link #excerpt}.
 */
public final class ServerText {

    /** The most characters of server text quoted in one log line or exception message. */
    public static final int MAX_CHARS = 200;

    private static final String MASK = "****";
    /** The value of an {@code "authorization"} member, also when the text was cut inside it. */
    private static final Pattern AUTHORIZATION = Pattern.compile("(\"authorization\"\\s*:\\s*\")[^\"]*(\"|$)",
            Pattern.CASE_INSENSITIVE);
    /** Anything shaped like a JWT (Studio's tokens are JWTs), wherever it stands. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*){0,2}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ServerText() {
    }

    /**
     * {@link #excerpt(String, int)} with {@link #MAX_CHARS}.
     *
     * @param text text from a server; may be {@code null}
     * @return the text, safe to log
     */
    public static String excerpt(String text) {
        return excerpt(text, MAX_CHARS);
    }

    /**
     * At most {@code maxChars} characters of {@code text} on one line, with tokens masked, followed by the total
     * length when cut; {@code "null"} for null.
     *
     * @param text     text from a server; may be {@code null}
     * @param maxChars the most characters of {@code text} to keep
     * @return the text, safe to log
     */
    public static String excerpt(String text, int maxChars) {
        if (text == null) {
            return "null";
        }
        // Cut a little beyond the limit first, so that masking never has to scan megabytes.
        String head = text.length() > maxChars + 64 ? text.substring(0, maxChars + 64) : text;
        String masked = redact(head);
        String line = CONTROL.matcher(masked).replaceAll(" ");
        if (line.length() <= maxChars && head.length() == text.length()) {
            return line;
        }
        int end = Math.min(maxChars, line.length());
        // Never cut a surrogate pair in half.
        if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "... (" + text.length() + " chars in total)";
    }

    /** Masks the value of every {@code authorization} member and every JWT-shaped string. */
    static String redact(String text) {
        String withoutAuthorization = AUTHORIZATION.matcher(text).replaceAll("$1" + MASK + "$2");
        return JWT.matcher(withoutAuthorization).replaceAll(MASK);
    }
}
