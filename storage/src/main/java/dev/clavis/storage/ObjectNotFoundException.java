package dev.clavis.storage;

/** No managed object has the given Unique Identifier. Maps to Result Reason Item Not Found. */
public final class ObjectNotFoundException extends StoreException {
    private final String uid;

    public ObjectNotFoundException(String uid) {
        super("managed object not found: " + uid);
        this.uid = uid;
    }

    public String uid() {
        return uid;
    }
}
