package dev.clavis.storage;

/**
 * Base of every failure the store reports. Each subclass corresponds to one KMIP Result Reason
 * (KMIP 2.1 §11.27) so the server's single exception mapper can translate it; an instance of
 * this class itself means General Failure. Messages never contain key material.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
