package dev.clavis.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The persistent store of managed objects (DESIGN §1, §7). A write returns only once it is
 * durable; every read sees the latest committed state (no node-local cache), so several server
 * nodes may share one database.
 *
 * <p>{@link #inTransaction} runs a unit of work (one KMIP batch item) in one transaction; the
 * single-call methods are shorthands that each run their own transaction.
 */
public interface ObjectStore extends AutoCloseable {

    /**
     * Runs {@code work} in one transaction and commits it durably, or rolls it back when {@code
     * work} throws. The work is not retried by the store (it may have side effects): on {@link
     * StaleObjectException} the caller decides. Do not call the store's single-call methods from
     * inside {@code work}: they run in another transaction, on another pooled connection.
     *
     * @throws StoreUnavailableException the database cannot be reached, is full, or timed out
     */
    <T> T inTransaction(Function<StoreTransaction, T> work);

    /**
     * How many transactions that changed managed objects (or their names, groups, attributes,
     * grants) have committed since the store opened; audit rows do not count. It only grows: a
     * caller that reads it before and after some work knows whether anything changed meanwhile —
     * that work's own commits, or a concurrent caller's.
     */
    long committedChanges();

    /** A new Unique Identifier (KMIP 2.1 §4.50): a time-ordered UUID version 7, see {@link Uids}. */
    default String newUid() {
        return Uids.next();
    }

    /** The store's limits. */
    StoreLimits limits();

    default StoredObject create(StoredObject object) {
        return inTransaction(tx -> tx.create(object));
    }

    default Optional<StoredObject> find(String uid) {
        return inTransaction(tx -> tx.find(uid));
    }

    default StoredObject get(String uid) {
        return inTransaction(tx -> tx.get(uid));
    }

    default StoredObject update(StoredObject object) {
        return inTransaction(tx -> tx.update(object));
    }

    default StoredObject destroy(StoredObject object) {
        return inTransaction(tx -> tx.destroy(object));
    }

    default StoredObject updateSealedMaterial(String uid, long expectedVersion, byte[] sealedMaterial, int kekVersion) {
        return inTransaction(tx -> tx.updateSealedMaterial(uid, expectedVersion, sealedMaterial, kekVersion));
    }

    default LocateResult locate(LocateQuery query) {
        return inTransaction(tx -> tx.locate(query));
    }

    default List<StoredObject> page(String afterUid, int limit) {
        return inTransaction(tx -> tx.page(afterUid, limit));
    }

    default Map<Integer, Long> countByKekVersion() {
        return inTransaction(StoreTransaction::countByKekVersion);
    }

    default void grant(String uid, String grantee, Set<Integer> operations) {
        inTransaction(tx -> {
            tx.grant(uid, grantee, operations);
            return null;
        });
    }

    default void revokeGrant(String uid, String grantee, Set<Integer> operations) {
        inTransaction(tx -> {
            tx.revokeGrant(uid, grantee, operations);
            return null;
        });
    }

    default List<Grant> grantsFor(String uid) {
        return inTransaction(tx -> tx.grantsFor(uid));
    }

    /** Inserts audit rows in one transaction (see {@link StoreTransaction#appendAudit}). */
    default void appendAudit(List<AuditRow> rows) {
        inTransaction(tx -> {
            tx.appendAudit(rows);
            return null;
        });
    }

    default Optional<AuditRow> lastAudit(String node) {
        return inTransaction(tx -> tx.lastAudit(node));
    }

    default List<AuditRow> auditRows(String node, long afterSeq, int limit) {
        return inTransaction(tx -> tx.auditRows(node, afterSeq, limit));
    }

    default List<String> auditNodes() {
        return inTransaction(StoreTransaction::auditNodes);
    }

    /** Closes the connection pool; the store is unusable afterwards. */
    @Override
    void close();
}
