package dev.clavis.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail (DESIGN §5): appends {@link AuditRecord}s as a hash chain. Each entry carries
 * the next sequence number and the hash of the entry before ({@link AuditEntry}). Records from
 * concurrent requests are serialized by one lock: sequence numbers, hashes and the order in every
 * sink agree. Every sink holds the same chain (the node's): the audit file and, with {@code
 * audit.table}, the audit table.
 *
 * <p><b>Start.</b> The chain continues from the sink that is furthest ahead; a sink behind it (a
 * new audit table next to an old file, a table that missed the last entries at a crash, a file
 * moved aside) is first brought up to date with the missing entries, copied from that sink —
 * provided its own last entry is the one the leader's next entry points to. Sinks that disagree
 * (same sequence number, different hash, or a chain that does not continue) stop the start with
 * an {@link AuditException}: verify both with {@code clavis audit verify}.
 *
 * <p><b>Writing.</b> An entry goes to every sink in order; the chain moves on once the first sink
 * accepted it. A sink's {@link AuditSink#submit} is called under the lock, the wait for it to be
 * stored outside, so a database sink can commit the entries of concurrent requests together. A
 * caller may leave out that wait ({@link #recordAll(List, boolean)}): the file sink stores an entry
 * within {@code submit}, so the entry is then in the file, and the table holds it shortly after — or,
 * after a crash, receives it from the file at the next start (above).
 */
public final class AuditLog implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

  /** The audit file under a data directory. */
  public static final Path FILE = Path.of("audit", "audit.log");
  private static final int CATCH_UP_GROUP = 1_000;

  private final List<AuditSink> sinks;
  private final ReentrantLock lock = new ReentrantLock();
  private long seq;
  private String lastHash;

  /**
   * @param sinks where entries go, in order; the chain continues from the one furthest ahead,
   *     the others are brought up to date first
   * @throws AuditException when a sink's tail cannot be read, or the sinks disagree
   */
  public AuditLog(List<AuditSink> sinks) {
    if (sinks.isEmpty()) {
      throw new IllegalArgumentException("audit sinks: none (expected: at least one)");
    }
    this.sinks = List.copyOf(sinks);
    List<Optional<AuditEntry>> lasts = new ArrayList<>();
    int leader = 0;
    for (int i = 0; i < this.sinks.size(); i++) {
      lasts.add(this.sinks.get(i).last());
      if (seqOf(lasts.get(i)) > seqOf(lasts.get(leader))) {
        leader = i;
      }
    }
    Optional<AuditEntry> top = lasts.get(leader);
    for (int i = 0; i < this.sinks.size(); i++) {
      Optional<AuditEntry> mine = lasts.get(i);
      if (seqOf(mine) == seqOf(top)) {
        if (!hashOf(mine).equals(hashOf(top))) {
          throw disagree(this.sinks.get(i), mine, this.sinks.get(leader), "its entry " + seqOf(top) + " has hash "
              + AuditEntry.abbreviate(hashOf(top)));
        }
      } else {
        catchUp(this.sinks.get(leader), this.sinks.get(i), mine);
      }
    }
    this.seq = seqOf(top);
    this.lastHash = hashOf(top);
  }

  private static long seqOf(Optional<AuditEntry> e) {
    return e.map(AuditEntry::seq).orElse(0L);
  }

  private static String hashOf(Optional<AuditEntry> e) {
    return e.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
  }

  private static AuditException disagree(AuditSink behind, Optional<AuditEntry> last, AuditSink leader, String what) {
    return new AuditException("audit: " + behind.describe() + " ends at seq " + seqOf(last) + " (hash "
        + AuditEntry.abbreviate(hashOf(last)) + ") but in " + leader.describe() + " " + what
        + ": they hold different chains (expected: the same); check both with `clavis audit verify`, keep them as"
        + " evidence, and start a new chain (another audit.node, the file moved aside)");
  }

  /** Copies the leader's entries after {@code last} into {@code behind}. */
  private static void catchUp(AuditSink leader, AuditSink behind, Optional<AuditEntry> last) {
    long from = seqOf(last);
    List<AuditEntry> group = new ArrayList<>();
    long[] copied = {0, 0};
    leader.forEachAfter(from, e -> {
      if (copied[0] == 0 && group.isEmpty()) {
        if (e.seq() != from + 1 || !e.prev().equals(hashOf(last))) {
          throw disagree(behind, last, leader, "the next entry is seq " + e.seq() + " with prev "
              + AuditEntry.abbreviate(e.prev()));
        }
        copied[1] = e.seq();
      }
      group.add(e);
      if (group.size() == CATCH_UP_GROUP) {
        behind.appendAll(group);
        copied[0] += group.size();
        group.clear();
      }
    });
    if (!group.isEmpty()) {
      behind.appendAll(group);
      copied[0] += group.size();
    }
    if (copied[0] > 0) {
      log.warn("audit: copied {} entries (seq {}..{}) from {} to {}, which had missed them", copied[0], copied[1],
          copied[1] + copied[0] - 1, leader.describe(), behind.describe());
    }
  }

  /** The audit log of {@code clavis serve}: the file {@code <dataDir>/audit/audit.log} through Logback. */
  public static AuditLog open(Path dataDir) {
    return new AuditLog(List.of(LogbackAuditSink.open(dataDir.resolve(FILE))));
  }

  /**
   * Appends a record to every sink.
   *
   * @return the entry written
   * @throws AuditException when a sink fails
   */
  public AuditEntry record(AuditRecord record) {
    return recordAll(List.of(record)).get(0);
  }

  /**
   * Appends records (the batch items of one request) to every sink, consecutively.
   *
   * @return the entries written
   * @throws AuditException when a sink fails: the request must not be acknowledged. Entries the
   *     first sink accepted stay in the chain (a later sink's failure leaves the entry there)
   */
  public List<AuditEntry> recordAll(List<AuditRecord> records) {
    return recordAll(records, true);
  }

  /**
   * As {@link #recordAll(List)}; with {@code waitForAll} false, returns once every sink accepted
   * the entries, without waiting for a sink that stores them later (the audit table) to have done
   * so — unless that sink is behind ({@link AuditSink.Pending#awaitIfBehind}). A sink that stores
   * within {@code submit} (the file) has stored them either way.
   */
  public List<AuditEntry> recordAll(List<AuditRecord> records, boolean waitForAll) {
    List<AuditEntry> entries = new ArrayList<>(records.size());
    List<AuditSink.Pending> waits = new ArrayList<>(records.size() * sinks.size());
    lock.lock();
    try {
      for (AuditRecord record : records) {
        AuditEntry entry = AuditEntry.chain(seq + 1, record, lastHash);
        waits.add(sinks.get(0).submit(entry));
        seq = entry.seq();
        lastHash = entry.hash();
        entries.add(entry);
        for (int i = 1; i < sinks.size(); i++) {
          waits.add(sinks.get(i).submit(entry));
        }
      }
    } finally {
      lock.unlock();
    }
    for (AuditSink.Pending w : waits) {
      if (waitForAll) {
        w.await();
      } else {
        w.awaitIfBehind();
      }
    }
    return entries;
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
