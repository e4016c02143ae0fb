package dev.clavis.storage;

/**
 * A create used a Unique Identifier that is already taken (identifiers are never reused, not even
 * after Destroy). Maps to Result Reason Object Already Exists (KMIP 2.1 §11.27).
 */
public final class ObjectAlreadyExistsException extends StoreException {
    public ObjectAlreadyExistsException(String uid) {
        super("unique identifier already used: " + uid + " (expected: an identifier never used before)");
    }
}
