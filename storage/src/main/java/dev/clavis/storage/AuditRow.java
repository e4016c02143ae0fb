package dev.clavis.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit table ({@code audit_log}, migration V2; docs/security.md §1): an audit
 * entry of one node's hash chain, its fields as columns for queries and the canonical line the
 * chain's hashes are computed over. The store keeps rows as given; the server builds and verifies
 * them. Never holds key material: the server's audit records carry none.
 *
 * @param node the node whose chain this is ({@code audit.node})
 * @param seq the sequence number in that chain, 1, 2, 3 …
 * @param recordedAt when the request arrived (stored to the microsecond)
 * @param requestId the request's id and batch item index
 * @param identity the client identity, or {@code null}
 * @param peer the client address, or {@code null}
 * @param operation the operation's spec name, or {@code null}
 * @param objectIds the Unique Identifiers as a JSON array
 * @param resultStatus the Result Status, or {@code null}
 * @param resultReason the Result Reason, or {@code null}
 * @param prevHash the hash of the entry before (64 hex digits)
 * @param hash this entry's hash (64 hex digits)
 * @param line the canonical JSON line
 */
public record AuditRow(
        String node,
        long seq,
        Instant recordedAt,
        String requestId,
        String identity,
        String peer,
        String operation,
        String objectIds,
        String resultStatus,
        String resultReason,
        String prevHash,
        String hash,
        String line) {

    public AuditRow {
        Objects.requireNonNull(node, "node");
        // Truncated here, not rounded by the database: the column must equal the line's time to the
        // microsecond (AuditVerifier compares them).
        recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(objectIds, "objectIds");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(line, "line");
    }
}
