package dev.camelstudio.studio.connection;

import java.io.IOException;

/** A connection that sent nothing for longer than heartbeatTimeout, taken for dead. */
public class SilentConnectionException extends IOException {

    /**
     * The silence of a connection.
     *
     * @param message how long it was silent, and the limit
     */
    public SilentConnectionException(String message) {
        super(message);
    }
}
