package dev.clavis.server;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One audited event (DESIGN §5): who asked what, from where, about which objects, and the outcome.
 * Strings only: a record never carries payload bytes, so key material cannot reach the audit.
 *
 * @param time when the request was received
 * @param requestId a per-request UUID and the batch item index, e.g. {@code 9f1c…-0}
 * @param identity the client's certificate subject (RFC 2253)
 * @param peer the client's address, {@code host:port}
 * @param operation the KMIP operation's spec name (e.g. {@code Register}), or {@code null} when the
 *     request did not name one that could be read
 * @param objectIds Unique Identifiers named in the request or the response payload
 * @param resultStatus the batch item's Result Status (e.g. {@code Success}, {@code Operation
 *     Failed}), or {@code null} when no response was made
 * @param resultReason the Result Reason when the item failed, else {@code null}
 */
public record AuditRecord(
    Instant time,
    String requestId,
    String identity,
    String peer,
    String operation,
    List<String> objectIds,
    String resultStatus,
    String resultReason) {

  public AuditRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(requestId, "requestId");
    objectIds = List.copyOf(objectIds);
  }
}
