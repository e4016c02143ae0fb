package dev.clavis.hsm;

import java.util.List;

/** The kinds of key {@link KeyProtection#generateResidentKey} makes, with the sizes allowed. */
public enum ResidentKeyAlgorithm {
    /** AES secret key: 128, 192 or 256 bits. */
    AES(false, List.of(128, 192, 256)),
    /** Generic secret for HMAC: 256, 384 or 512 bits. */
    HMAC(false, List.of(256, 384, 512)),
    /** RSA key pair: 2048, 3072 or 4096-bit modulus. */
    RSA(true, List.of(2048, 3072, 4096)),
    /** EC key pair on NIST P-256 or P-384 (size = field size). */
    EC(true, List.of(256, 384));

    private final boolean keyPair;
    private final List<Integer> sizes;

    ResidentKeyAlgorithm(boolean keyPair, List<Integer> sizes) {
        this.keyPair = keyPair;
        this.sizes = sizes;
    }

    /** Whether this makes a key pair (private key resident, public key exportable). */
    public boolean keyPair() {
        return keyPair;
    }

    /** The sizes allowed, in bits. */
    public List<Integer> sizes() {
        return sizes;
    }

    void requireSize(int size) {
        if (!sizes.contains(size)) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT,
                    name() + " key size: " + size + " (expected: one of " + sizes + ")");
        }
    }
}
