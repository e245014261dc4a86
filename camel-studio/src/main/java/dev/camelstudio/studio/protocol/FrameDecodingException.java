package dev.camelstudio.studio.protocol;

import dev.camelstudio.studio.support.ServerText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;

/**
 * Thrown when a frame from the server cannot be decoded: it is not JSON, not an object, lacks a required
 * envelope field, or its data does not fit the record of its type.
 *
 * <p>The message names the cause and quotes only the start of the frame, with tokens masked, because frames can be
 * megabytes long, can echo a token, and messages end up in logs ({@link ServerText}). The whole frame is available
 * from {@link #frameText()}.
 */
public final class FrameDecodingException extends RuntimeException {

    /** The most characters of the frame the message quotes. */
    public static final int MAX_QUOTED_FRAME_CHARS = ServerText.MAX_CHARS;

    /** The most characters of the cause description, which may quote a value from the frame. */
    private static final int MAX_REASON_CHARS = 200;

    /** The complete frame text as received. */
    private final String frameText;
    /** What is wrong with the frame, shortened and masked as in the message. */
    private final String reason;

    FrameDecodingException(String reason, String frameText) {
        this(reason, frameText, null);
    }

    FrameDecodingException(String reason, String frameText, Throwable cause) {
        super(ServerText.excerpt(reason, MAX_REASON_CHARS) + "; frame: "
                + ServerText.excerpt(frameText, MAX_QUOTED_FRAME_CHARS), cause);
        this.frameText = frameText;
        this.reason = ServerText.excerpt(reason, MAX_REASON_CHARS);
    }

    /** The failure for text that Jackson could not read as one JSON value, in the words of its cause. */
    static FrameDecodingException notJson(String frameText, JsonProcessingException cause) {
        if (cause instanceof StreamReadException) {
            return new FrameDecodingException("frame is not valid JSON: " + cause.getOriginalMessage(), frameText,
                    cause);
        }
        // e.g. an array where an object belongs, or content after the object
        return new FrameDecodingException("frame is not a single JSON object: " + cause.getOriginalMessage(),
                frameText, cause);
    }

    /**
     * What is wrong with the frame, without the frame: the same for every frame wrong in the same way.
     *
     * @return the cause, without the frame
     */
    public String reason() {
        return reason;
    }

    /**
     * The complete frame text as received; may be very long.
     *
     * @return the frame text
     */
    public String frameText() {
        return frameText;
    }
}
