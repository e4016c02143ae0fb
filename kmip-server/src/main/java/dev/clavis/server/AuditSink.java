package dev.clavis.server;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where chained audit entries are stored. {@link AuditLog} owns the chain (sequence number and
 * previous hash) and calls {@link #submit} from one thread at a time, in sequence order.
 *
 * <p>Implementations: {@link LogbackAuditSink} (one JSON line per entry in a file, through a
 * dedicated Logback appender) and {@link JdbcAuditSink} (one row per entry in the store's
 * {@code audit_log} table, written in groups by a background writer).
 */
public interface AuditSink extends AutoCloseable {

  /** The wait for a submitted entry to be stored. */
  @FunctionalInterface
  interface Pending {
    /** Already stored. */
    Pending DONE = () -> { };

    /**
     * Returns once the entry is stored.
     *
     * @throws AuditException when it could not be stored in time (the caller fails the request)
     */
    void await();

    /**
     * Waits as {@link #await} does, but only when the sink is behind (for the table: more than
     * {@link JdbcAuditSink#LAG} entries queued): the back-pressure for callers that do not wait
     * otherwise, so that a load the sink cannot keep up with slows down instead of filling the
     * backlog until requests are refused. By default does not wait.
     */
    default void awaitIfBehind() {
    }
  }

  /**
   * Stores one entry durably enough to be read back after a restart.
   *
   * @throws AuditException when the entry cannot be stored (the caller fails the request)
   */
  void append(AuditEntry entry);

  /**
   * Accepts one entry, to be stored in sequence order; {@link Pending#await} on the result waits
   * for it. Called under {@link AuditLog}'s lock, the wait happens outside it, so that a sink that
   * commits to a database can store the entries of concurrent requests together. By default
   * stores the entry at once.
   *
   * @throws AuditException when the entry is not accepted (nothing of it is stored)
   */
  default Pending submit(AuditEntry entry) {
    append(entry);
    return Pending.DONE;
  }

  /** Stores consecutive entries (a catch-up at start); by default one by one. */
  default void appendAll(List<AuditEntry> entries) {
    entries.forEach(this::append);
  }

  /**
   * The last entry stored, so that a restarted server continues the chain; empty for a new log.
   *
   * @throws AuditException when the stored tail cannot be read (torn or edited last entry)
   */
  Optional<AuditEntry> last();

  /**
   * Reads the stored entries with a sequence number above {@code seq}, in order (to bring another
   * sink up to date at start).
   *
   * @throws AuditException when they cannot be read, or one is not a valid entry
   */
  void forEachAfter(long seq, Consumer<AuditEntry> each);

  /** Where the entries go, for messages: the file, or the table and node. */
  String describe();

  @Override
  void close();
}
