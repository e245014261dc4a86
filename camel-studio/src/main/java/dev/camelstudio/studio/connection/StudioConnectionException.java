package dev.camelstudio.studio.connection;

/** The connection to Studio failed or ended without being asked to. */
public class StudioConnectionException extends Exception {

    public StudioConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
