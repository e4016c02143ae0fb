package dev.clavis.storage;

/**
 * A Name is already used by another managed object. KMIP 2.1 §4.40: "Names SHALL be unique within
 * a given key management server". Maps to Result Reason Non Unique Name Attribute (KMIP 2.1
 * §11.27); KMIP 1.x servers report Invalid Field or General Failure.
 */
public final class DuplicateNameException extends StoreException {
    private final String name;

    public DuplicateNameException(String name) {
        super("name already used by another object: \"" + name + "\" (expected: a name unique within the server)");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
