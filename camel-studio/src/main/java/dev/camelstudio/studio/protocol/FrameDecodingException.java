package dev.camelstudio.studio.protocol;

/**
 * Thrown when a frame from the server cannot be decoded: it is not JSON, not an object, lacks a required
 * envelope field, or its data does not fit the record of its type.
 *
 * <p>The message names the cause and quotes only the start of the frame, because frames can be megabytes
 * long and messages end up in logs. The whole frame is available from {@link #frameText()}.
 */
public final class FrameDecodingException extends RuntimeException {

    /** The most characters of the frame the message quotes. */
    public static final int MAX_QUOTED_FRAME_CHARS = 200;

    /** The most characters of the cause description, which may quote a value from the frame. */
    private static final int MAX_REASON_CHARS = 200;

    private final String frameText;

    FrameDecodingException(String reason, String frameText) {
        this(reason, frameText, null);
    }

    FrameDecodingException(String reason, String frameText, Throwable cause) {
        super(excerpt(reason, MAX_REASON_CHARS) + "; frame: " + excerpt(frameText, MAX_QUOTED_FRAME_CHARS), cause);
        this.frameText = frameText;
    }

    /** The complete frame text as received; may be very long. */
    public String frameText() {
        return frameText;
    }

    /**
     * At most {@code maxChars} characters of {@code text} on one line (so that a log entry cannot be forged
     * by line breaks in the input), followed by the total length when cut.
     */
    private static String excerpt(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return oneLine(text);
        }
        // Never cut a surrogate pair in half.
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return oneLine(text.substring(0, end)) + "... (" + text.length() + " chars in total)";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }
}
