package dev.camelstudio.studio.delivery;

/**
 * A state repository could not save a position that the route completed (its store cannot be reached): the account's
 * stream delivers nothing more until that position is saved, and the consumer retries after a backoff. The store logged
 * the failure already.
 */
public class PositionNotSavedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure to save.
     *
     * @param message which position, in which store, and why
     * @param cause   the store's failure
     */
    public PositionNotSavedException(String message, Throwable cause) {
        super(message, cause);
    }
}
