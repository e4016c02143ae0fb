package dev.clavis.storage;

/**
 * An update was based on an old version of the object: someone else changed it in between
 * (optimistic concurrency). The caller reads the object again and retries, or fails the request
 * (Result Reason General Failure, or Operation Failed with a retry hint).
 */
public final class StaleObjectException extends StoreException {
    private final String uid;
    private final long expectedVersion;

    public StaleObjectException(String uid, long expectedVersion) {
        super("managed object changed concurrently: " + uid + " (expected: version " + expectedVersion + ")");
        this.uid = uid;
        this.expectedVersion = expectedVersion;
    }

    public String uid() {
        return uid;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
