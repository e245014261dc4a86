package dev.camelstudio.studio.connection;

import dev.camelstudio.studio.support.ServerText;

/**
 * How a connection ended.
 *
 * @param code      the WebSocket close code (1006 when lost without a close frame, or never opened)
 * @param reason    the close reason, possibly empty
 * @param cause     what made it fail, or null for a clean close
 * @param request   why the session ended it, or why the server said it would (an expired token); null for an end
 *                  nobody announced (a drop, a server's close)
 */
public record ConnectionEnd(int code, String reason, Throwable cause, EndRequest request) {

    /**
     * Whether the session asked for this end, as opposed to the server or the network.
     *
     * @return true if the end carries a {@link #request()}
     */
    public boolean requested() {
        return request != null;
    }

    /** The close code of a connection lost without a close frame (RFC 6455 §7.4.1). */
    public static final int ABNORMAL_CLOSURE = 1006;

    /**
     * One line for people: the close code, the reason if any, and the cause's message if any.
     *
     * @return the description, for logs and exception messages
     */
    public String describe() {
        String text = "close code " + code
                + (reason == null || reason.isEmpty() ? "" : " (" + ServerText.excerpt(reason) + ")");
        return cause == null ? text : text + ": " + cause.getMessage();
    }
}
