package dev.clavis.storage;

/**
 * The database cannot serve the request: down, unreachable, full, read-only, a connection or
 * statement timeout, a lock wait timeout. Nothing of the failed transaction was written. Maps to
 * Result Reason General Failure; the server may retry later.
 */
public final class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
