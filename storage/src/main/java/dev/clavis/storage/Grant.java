package dev.clavis.storage;

import java.util.Objects;
import java.util.Set;

/**
 * Permission for an identity other than the owner to perform some operations on one object. The
 * operations are KMIP Operation enumeration values (KMIP 2.1 §11.36); the store does not interpret
 * them, except that any grant makes the object visible to the grantee in Locate.
 */
public record Grant(String uid, String grantee, Set<Integer> operations) {
    public Grant {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(grantee, "grantee");
        operations = Set.copyOf(operations);
    }
}
