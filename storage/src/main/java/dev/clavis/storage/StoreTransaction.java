package dev.clavis.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations of the store inside one database transaction, so that one KMIP batch item runs
 * in one transaction (see {@link ObjectStore#inTransaction}). Valid only inside the function it is
 * passed to.
 *
 * <p>Writes use optimistic concurrency: {@link #update}, {@link #destroy} and
 * {@link #updateSealedMaterial} succeed only when the object still has the version the caller
 * read, and throw {@link StaleObjectException} otherwise, so no update is ever lost.
 */
public interface StoreTransaction {

    /**
     * Inserts a new object with all its columns, names, groups and custom attributes; the {@code
     * version} of the argument is ignored and the returned object has version 1.
     *
     * @throws ObjectAlreadyExistsException the unique identifier was ever used
     * @throws DuplicateNameException one of the names is used by another object that is not
     *     destroyed (a destroyed object keeps its names but no longer holds them)
     * @throws StoreLimitException a value is over a {@link StoreLimits limit}
     * @throws InvalidAttributeException a custom attribute name is not {@code x-…} or {@code y-…}
     */
    StoredObject create(StoredObject object);

    /** The object with this identifier, if any. */
    Optional<StoredObject> find(String uid);

    /**
     * The object with this identifier.
     *
     * @throws ObjectNotFoundException there is none
     */
    StoredObject get(String uid);

    /**
     * The object with this identifier, locked until the transaction ends ({@code SELECT … FOR
     * UPDATE}): for read-modify-write sequences that must not fail with a stale version.
     *
     * @throws ObjectNotFoundException there is none
     */
    StoredObject getForUpdate(String uid);

    /**
     * Replaces the attributes and the state of an object (every field except the identifier,
     * object type, owner, sealed material and KEK version) if its stored version is still
     * {@code object.version()}.
     *
     * @return the object as stored, with the next version
     * @throws StaleObjectException the object changed since the caller read it
     * @throws ObjectNotFoundException there is no such object
     */
    StoredObject update(StoredObject object);

    /**
     * Destroys an object (KMIP 2.1 §6.1.15): like {@link #update}, and the sealed material is erased
     * (set to {@code NULL}); the metadata stays. {@code object.state()} must be Destroyed or
     * Destroyed Compromised (the caller decides which).
     *
     * @return the object as stored, without material, with the next version
     * @throws InvalidAttributeException the state is not a destroyed state
     * @throws StaleObjectException the object changed since the caller read it
     */
    StoredObject destroy(StoredObject object);

    /**
     * Replaces the sealed material and its KEK version (re-seal under a new KEK) if the object's
     * version is still {@code expectedVersion}.
     *
     * @return the object as stored, with the next version
     * @throws StaleObjectException the object changed since the caller read it
     */
    StoredObject updateSealedMaterial(String uid, long expectedVersion, byte[] sealedMaterial, int kekVersion);

    /** Runs a Locate (KMIP 2.1 §6.1.28); see {@link LocateQuery}. */
    LocateResult locate(LocateQuery query);

    /**
     * Up to {@code limit} objects whose identifier sorts after {@code afterUid} ({@code null}: from
     * the start), in identifier order: iteration for background jobs such as re-sealing.
     */
    List<StoredObject> page(String afterUid, int limit);

    /** The number of objects holding sealed material, per KEK version. */
    Map<Integer, Long> countByKekVersion();

    /**
     * Allows {@code grantee} the given KMIP operations on the object, in addition to what it had.
     *
     * @throws ObjectNotFoundException there is no such object
     */
    void grant(String uid, String grantee, Set<Integer> operations);

    /** Withdraws the given operations from {@code grantee}; an empty set withdraws all. */
    void revokeGrant(String uid, String grantee, Set<Integer> operations);

    /** Every grant on the object, one per grantee, ordered by grantee. */
    List<Grant> grantsFor(String uid);

    // ---------------------------------------------------------------- audit table (ADR 0009)

    /** Inserts audit rows (one node's chain, in sequence order); a duplicate (node, seq) fails. */
    void appendAudit(List<AuditRow> rows);

    /** The row of {@code node}'s chain with the highest sequence number, if any. */
    Optional<AuditRow> lastAudit(String node);

    /** Up to {@code limit} rows of {@code node}'s chain with a sequence number above {@code afterSeq}, in order. */
    List<AuditRow> auditRows(String node, long afterSeq, int limit);

    /** The nodes with rows in the audit table, sorted. */
    List<String> auditNodes();
}
