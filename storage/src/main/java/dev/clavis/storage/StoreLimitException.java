package dev.clavis.storage;

/**
 * A value exceeds a limit of the store (see {@link StoreLimits}), e.g. an over-long name. Maps to
 * Result Reason Invalid Field (or Server Limit Exceeded for the encoded attribute set).
 */
public final class StoreLimitException extends StoreException {
    private final String field;

    public StoreLimitException(String field, long actual, long maximum) {
        super(field + ": " + actual + " (expected: at most " + maximum + ")");
        this.field = field;
    }

    public StoreLimitException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field that is too long, e.g. {@code "name"} or {@code "attributes"}. */
    public String field() {
        return field;
    }
}
