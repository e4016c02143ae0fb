package dev.clavis.hsm;

/**
 * An opaque reference to a resident key: the key itself stays in the token (or, for the software
 * implementation, in its keystore). Holds no key bytes; safe to store and to print.
 *
 * @param reference the keystore alias / PKCS#11 label, e.g. {@code clavis-key-3f2a…}
 * @param algorithm the key's algorithm
 * @param size the key length in bits, or the EC field size
 */
public record KeyHandle(String reference, ResidentKeyAlgorithm algorithm, int size) {

    public KeyHandle {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("key handle reference: empty (expected: an alias)");
        }
        if (algorithm == null) {
            throw new IllegalArgumentException("key handle algorithm: null (expected: a value)");
        }
    }
}
