package dev.camelstudio.studio.protocol;

import dev.camelstudio.studio.support.ServerText;

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
