package dev.clavis.server;

import java.util.Optional;

/**
 * Where chained audit entries are stored. {@link AuditLog} owns the chain (sequence number and
 * previous hash) and calls {@link #append} from one thread at a time, in sequence order.
 *
 * <p>Implementations: {@link LogbackAuditSink} (one JSON line per entry in a file, through a
 * dedicated Logback appender). A table sink stores the same fields, one row per entry.
 */
public interface AuditSink extends AutoCloseable {

  /**
   * Stores one entry durably enough to be read back after a restart.
   *
   * @throws AuditException when the entry cannot be stored (the caller fails the request)
   */
  void append(AuditEntry entry);

  /**
   * The last entry stored, so that a restarted server continues the chain; empty for a new log.
   *
   * @throws AuditException when the stored tail cannot be read (torn or edited last entry)
   */
  Optional<AuditEntry> last();

  @Override
  void close();
}
