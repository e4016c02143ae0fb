package dev.clavis.hsm;

/**
 * The one failure type of {@link KeyProtection}. Messages never contain key bytes, passphrases or
 * PINs. The server maps every reason to Result Reason {@code Cryptographic Failure} except
 * {@link Reason#UNKNOWN_KEY} ({@code Item Not Found}) and {@link Reason#INVALID_ARGUMENT}
 * ({@code Invalid Field}).
 */
public final class KeyProtectionException extends RuntimeException {

    /** Why an operation failed. */
    public enum Reason {
        /** Bad or missing configuration, a wrong passphrase or PIN, a missing library: start-up. */
        CONFIGURATION,
        /** A start-up known-answer or consistency test failed: serve nothing. */
        SELF_TEST,
        /** A sealed blob does not open: altered, moved, or its KEK version is gone. */
        INTEGRITY,
        /** The token or provider failed (removed token, device error). */
        TOKEN,
        /** No token session became free within the configured time. */
        BUSY,
        /** The resident key or KEK version referred to does not exist. */
        UNKNOWN_KEY,
        /** The KEK version is still used by sealed blobs. */
        KEK_IN_USE,
        /** An argument the caller can fix: key size, IV length, algorithm for this key. */
        INVALID_ARGUMENT,
        /** The implementation or token does not offer this operation. */
        UNSUPPORTED
    }

    private final Reason reason;

    public KeyProtectionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public KeyProtectionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why it failed. */
    public Reason reason() {
        return reason;
    }

    /** The first {@code KeyProtectionException} in the cause chain of {@code t}, or null. */
    public static KeyProtectionException extract(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof KeyProtectionException k) {
                return k;
            }
        }
        return null;
    }
}
