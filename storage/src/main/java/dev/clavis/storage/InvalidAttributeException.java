package dev.clavis.storage;

/**
 * An attribute the store does not know or a value it cannot accept, e.g. a custom attribute whose
 * name does not start with {@code x-} or {@code y-} (KMIP 2.1 §4.1 Custom Attribute) or a
 * Destroy to a state other than Destroyed / Destroyed Compromised. Maps to Result Reason Invalid
 * Attribute (or Invalid Attribute Value).
 */
public final class InvalidAttributeException extends StoreException {
    public InvalidAttributeException(String message) {
        super(message);
    }
}
