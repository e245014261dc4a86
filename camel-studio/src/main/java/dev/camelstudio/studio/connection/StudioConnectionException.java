package dev.camelstudio.studio.connection;

/** The connection to Studio failed or ended without being asked to. */
public class StudioConnectionException extends Exception {

    /**
     * The error of a connection that ended or could not be opened.
     *
     * @param message what ended, and what the session does next: when it reconnects, or that it gave up
     * @param cause   what made the connection fail, or null for a clean close
     */
    public StudioConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
