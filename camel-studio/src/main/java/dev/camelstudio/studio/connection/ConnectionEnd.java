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
 * @param opened    whether the WebSocket opened at all: a connection that never did has no close code to tell
 */
public record ConnectionEnd(int code, String reason, Throwable cause, EndRequest request, boolean opened) {

    /**
     * Whether the end was asked for or announced, by the session or by the server (Studio's "Auth expired" notice
     * announces the close that follows), as opposed to a drop or an unannounced close.
     *
     * @return true if the end carries a {@link #request()}
     */
    public boolean requested() {
        return request != null;
    }

    /** The close code of a connection lost without a close frame (RFC 6455 §7.4.1). */
    public static final int ABNORMAL_CLOSURE = 1006;

    /**
     * One line for people: the close code, the reason if any, and the cause's message if any; for a connection that
     * never opened, that it could not connect and why.
     *
     * @return the description, with no full stop at its end
     */
    public String describe() {
        String why = cause == null ? null : withoutFullStop(cause.getMessage());
        if (!opened) {
            return "could not connect" + (why == null ? "" : ": " + why);
        }
        String text = "close code " + code
                + (reason == null || reason.isEmpty() ? "" : " (" + ServerText.excerpt(reason) + ")");
        return why == null ? text : text + ": " + why;
    }

    /**
     * What happened, to follow the connection's name: "ended: close code ...", "could not connect: ...", or, for a
     * connection the session closed because Studio refused its subscription (told of when Studio answered), that.
     *
     * @return the outcome, with no full stop at its end
     */
    public String outcome() {
        if (request == EndRequest.SUBSCRIPTION_REFUSED) {
            return "was closed, as Studio refused its subscription";
        }
        return opened ? "ended: " + describe() : describe();
    }

    private static String withoutFullStop(String text) {
        return text != null && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
