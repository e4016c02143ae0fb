package dev.clavis.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The audit trail (DESIGN §5): appends {@link AuditRecord}s as a hash chain. Each entry carries
 * the next sequence number and the hash of the entry before ({@link AuditEntry}); the chain
 * state is recovered from the first sink's last entry at start, so a restart continues it.
 * Records from concurrent requests are serialized by one lock: sequence numbers, hashes and the
 * order in every sink agree.
 */
public final class AuditLog implements AutoCloseable {

  /** The audit file under a data directory. */
  public static final Path FILE = Path.of("audit", "audit.log");

  private final List<AuditSink> sinks;
  private final ReentrantLock lock = new ReentrantLock();
  private long seq;
  private String lastHash;

  /**
   * @param sinks where entries go, in order; the chain continues from the first one's last entry
   * @throws AuditException when the first sink's tail cannot be read
   */
  public AuditLog(List<AuditSink> sinks) {
    if (sinks.isEmpty()) {
      throw new IllegalArgumentException("audit sinks: none (expected: at least one)");
    }
    this.sinks = List.copyOf(sinks);
    Optional<AuditEntry> last = this.sinks.get(0).last();
    this.seq = last.map(AuditEntry::seq).orElse(0L);
    this.lastHash = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
  }

  /** The audit log of {@code clavis serve}: the file {@code <dataDir>/audit/audit.log} through Logback. */
  public static AuditLog open(Path dataDir) {
    return new AuditLog(List.of(LogbackAuditSink.open(dataDir.resolve(FILE))));
  }

  /**
   * Appends a record to every sink.
   *
   * @return the entry written
   * @throws AuditException when a sink fails; the chain then continues from the last entry the
   *     first sink holds, but later records will fail too until the sink recovers
   */
  public AuditEntry record(AuditRecord record) {
    lock.lock();
    try {
      AuditEntry entry = AuditEntry.chain(seq + 1, record, lastHash);
      sinks.get(0).append(entry);
      seq = entry.seq();
      lastHash = entry.hash();
      for (int i = 1; i < sinks.size(); i++) {
        sinks.get(i).append(entry);
      }
      return entry;
    } finally {
      lock.unlock();
    }
  }

  /** The sequence number of the last entry written (0 for an empty log). */
  public long lastSeq() {
    lock.lock();
    try {
      return seq;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    for (AuditSink s : sinks) {
      s.close();
    }
  }
}
