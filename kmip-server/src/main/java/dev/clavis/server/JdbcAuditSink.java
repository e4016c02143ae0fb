package dev.clavis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clavis.storage.AuditRow;
import dev.clavis.storage.ObjectStore;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit table: one row per {@link AuditEntry} of this node's chain in the store's {@code
 * audit_log} table (storage migration V2; docs/security.md §1, ADR 0009), through the store's
 * connection pool — embedded H2 or PostgreSQL shared by several nodes, each with its own chain.
 *
 * <p><b>Group commit.</b> {@link #submit} queues the entry (in sequence order, under {@link
 * AuditLog}'s lock) and returns; one writer thread inserts everything queued in one transaction,
 * so concurrent requests share a commit (and, for an H2 file, its fsync) instead of queueing for
 * one each. {@link Pending#await} returns once the entry's transaction has committed. While nobody
 * waits for a queued entry (requests that changed nothing: {@link AuditingProcessor}), the writer
 * lets entries gather for up to {@link #LINGER} or {@link #MAX_GROUP} entries, so that a read load
 * costs a few commits a second rather than one per request (ADR 0011); an {@code await} ends the
 * gathering at once.
 *
 * <p><b>Fails closed.</b> When the insert fails, the waiting requests get {@link AuditException}
 * (they are refused) and the entries stay queued: the writer retries them, in order, before any
 * later entry, so the table never has a gap. Before a retry it reads the table's last row, so
 * entries that did commit (an error after the commit) are not inserted twice; a last row that is
 * not this chain's (another node writing under the same {@code audit.node}) stops the writer with
 * an error naming the cause. While more than {@link #MAX_BACKLOG} entries wait, new ones are refused
 * at once, before anything of them is written anywhere.
 */
public final class JdbcAuditSink implements AuditSink {

  private static final Logger log = LoggerFactory.getLogger(JdbcAuditSink.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Entries queued at most; more are refused (the database is down or too slow). */
  static final int MAX_BACKLOG = 10_000;
  /** Rows per insert transaction at most. */
  private static final int MAX_GROUP = 512;
  /** Queued entries beyond which a request that would not wait waits ({@link Pending#awaitIfBehind}). */
  static final int LAG = 2 * MAX_GROUP;
  /** How long queued entries nobody waits for may gather before they are committed. */
  static final Duration LINGER = Duration.ofMillis(100);
  private static final int PAGE = 1_000;

  private final ObjectStore store;
  private final String node;
  private final Duration awaitTimeout;
  private final Object lock = new Object();
  private final ArrayDeque<Queued> queue = new ArrayDeque<>();
  /** The queue's size, for {@link #behind} without the lock (written under it). */
  private volatile int queued;
  /** Queued entries someone waits for (under {@link #lock}). */
  private int awaited;
  private final Thread writer;
  private boolean closed;
  /** Set when the writer stopped for good (another node's rows in this chain). */
  private String fatal;

  private static final class Queued {
    final AuditEntry entry;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    final long queuedAt = System.nanoTime();
    /** Someone waits for it (under {@link #lock}). */
    boolean awaited;

    Queued(AuditEntry entry) {
      this.entry = entry;
    }
  }

  /**
   * @param store the object store holding the {@code audit_log} table
   * @param node this node's name ({@code audit.node}): its chain in the table
   * @param awaitTimeout how long a request waits for its entry's commit before it is refused
   */
  public JdbcAuditSink(ObjectStore store, String node, Duration awaitTimeout) {
    this.store = store;
    this.node = node;
    this.awaitTimeout = awaitTimeout;
    this.writer = Thread.ofPlatform().name("clavis-audit-table").daemon().start(this::writeLoop);
  }

  /** This node's name in the table. */
  public String node() {
    return node;
  }

  @Override
  public Pending submit(AuditEntry entry) {
    Queued q = new Queued(entry);
    synchronized (lock) {
      if (closed) {
        throw new AuditException("audit: " + describe() + " is closed");
      }
      if (fatal != null) {
        throw new AuditException("audit: " + describe() + ": " + fatal);
      }
      if (queue.size() >= MAX_BACKLOG) {
        throw new AuditException("audit: " + describe() + ": " + queue.size() + " entries not yet written (expected:"
            + " the database to accept them; entry " + entry.seq() + " refused)");
      }
      queue.add(q);
      queued = queue.size();
      // the writer waits for a first entry, or lingers until a group is full (not for each entry)
      if (queue.size() == 1 || queue.size() == MAX_GROUP) {
        lock.notifyAll();
      }
    }
    return new Pending() {
      @Override
      public void await() {
        JdbcAuditSink.this.await(q);
      }

      @Override
      public void awaitIfBehind() {
        if (behind()) {
          JdbcAuditSink.this.await(q);
        }
      }
    };
  }

  private boolean behind() {
    return queued > LAG;
  }

  private void await(Queued q) {
    synchronized (lock) {
      if (!q.done.isDone() && !q.awaited) {
        q.awaited = true;
        if (awaited++ == 0) {
          lock.notifyAll();
        }
      }
    }
    try {
      q.done.get(awaitTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new AuditException("audit: entry " + q.entry.seq() + " not written to " + describe() + ": "
          + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new AuditException("audit: entry " + q.entry.seq() + " not written to " + describe() + " within "
          + awaitTimeout.toMillis() + " ms (it stays queued)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditException("audit: interrupted while waiting for " + describe(), e);
    }
  }

  @Override
  public void append(AuditEntry entry) {
    submit(entry).await();
  }

  /** Inserts directly, in transactions of at most {@link #PAGE} rows (catch-up at start, before requests). */
  @Override
  public void appendAll(List<AuditEntry> entries) {
    try {
      for (int i = 0; i < entries.size(); i += PAGE) {
        store.appendAudit(entries.subList(i, Math.min(entries.size(), i + PAGE)).stream().map(this::row).toList());
      }
    } catch (RuntimeException e) {
      throw new AuditException("audit: cannot write to " + describe() + ": " + e.getMessage(), e);
    }
  }

  private void writeLoop() {
    int failures = 0;
    while (true) {
      List<Queued> group = new ArrayList<>();
      synchronized (lock) {
        while (queue.isEmpty() && !closed) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (queue.isEmpty() || fatal != null) {
          return;
        }
        if (!linger()) {
          return;
        }
        for (Queued q : queue) {
          group.add(q);
          if (group.size() == MAX_GROUP) {
            break;
          }
        }
      }
      try {
        if (failures > 0) {
          group = withoutCommitted(group);
        }
        if (!group.isEmpty()) {
          store.appendAudit(group.stream().map(q -> row(q.entry)).toList());
        }
        synchronized (lock) {
          for (int i = 0; i < group.size(); i++) {
            dequeued(queue.poll());
          }
        }
        group.forEach(q -> q.done.complete(null));
        failures = 0;
      } catch (RuntimeException e) {
        failures++;
        String why = e.getMessage();
        log.error("AUDIT FAILURE: {}: entries {}..{} not written (attempt {}; retried before any later entry): {}",
            describe(), group.get(0).entry.seq(), group.get(group.size() - 1).entry.seq(), failures, why);
        group.forEach(q -> q.done.completeExceptionally(e));
        if (fatal != null) {
          failAll(e);
          return;
        }
        synchronized (lock) {
          if (closed) {
            return;
          }
          try {
            lock.wait(Math.min(2_000L, 50L << Math.min(failures, 6)));
          } catch (InterruptedException ie) {
            return;
          }
        }
      }
    }
  }

  /**
   * Under the lock, with entries queued: waits while nobody waits for any of them, fewer than
   * {@link #MAX_GROUP} are queued and the oldest was queued less than {@link #LINGER} ago.
   *
   * @return false when interrupted (the writer stops)
   */
  private boolean linger() {
    while (awaited == 0 && queue.size() < MAX_GROUP && !closed) {
      long left = LINGER.toNanos() - (System.nanoTime() - queue.peekFirst().queuedAt);
      if (left <= 0) {
        break;
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      } catch (InterruptedException e) {
        return false;
      }
    }
    return true;
  }

  /** Under the lock: {@code q} left the queue. */
  private void dequeued(Queued q) {
    queued = queue.size();
    if (q.awaited) {
      awaited--;
    }
  }

  /** After a failure: drops the queued entries the table already holds (committed despite the error). */
  private List<Queued> withoutCommitted(List<Queued> group) {
    Optional<AuditRow> last = store.lastAudit(node);
    if (last.isEmpty()) {
      return group;
    }
    long lastSeq = last.get().seq();
    List<Queued> out = new ArrayList<>();
    int committed = 0;
    for (Queued q : group) {
      if (q.entry.seq() < lastSeq) {
        committed++;
      } else if (q.entry.seq() == lastSeq) {
        if (!q.entry.hash().equals(last.get().hash())) {
          String message = "the table's entry " + lastSeq + " of node " + node + " is not this node's (hash "
              + AuditEntry.abbreviate(last.get().hash()) + ", expected " + AuditEntry.abbreviate(q.entry.hash())
              + "): another node writes under the same audit.node (expected: a distinct audit.node per node)";
          synchronized (lock) {
            fatal = message;
          }
          throw new AuditException(message);
        }
        committed++;
      } else {
        out.add(q);
      }
    }
    if (committed > 0) {
      synchronized (lock) {
        for (int i = 0; i < committed; i++) {
          Queued q = queue.poll();
          dequeued(q);
          q.done.complete(null);
        }
      }
    }
    return out;
  }

  private void failAll(RuntimeException e) {
    synchronized (lock) {
      queue.forEach(q -> q.done.completeExceptionally(e));
    }
  }

  AuditRow row(AuditEntry e) {
    AuditRecord r = e.record();
    String ids;
    try {
      ids = JSON.writeValueAsString(r.objectIds());
    } catch (JsonProcessingException x) {
      throw new AuditException("audit: object ids of entry " + e.seq() + " not writable as JSON", x);
    }
    return new AuditRow(node, e.seq(), r.time(), r.requestId(), r.identity(), r.peer(), r.operation(), ids,
        r.resultStatus(), r.resultReason(), e.prev(), e.hash(), e.line());
  }

  @Override
  public Optional<AuditEntry> last() {
    Optional<AuditRow> last;
    try {
      last = store.lastAudit(node);
    } catch (RuntimeException e) {
      throw new AuditException("audit: cannot read " + describe() + ": " + e.getMessage(), e);
    }
    return last.map(this::entry);
  }

  private AuditEntry entry(AuditRow row) {
    try {
      AuditEntry e = AuditEntry.parse(row.line());
      if (e.seq() != row.seq()) {
        throw new AuditEntry.Malformed(AuditEntry.Problem.COLUMN_MISMATCH, "seq column " + row.seq() + ", line " + e.seq());
      }
      return e;
    } catch (AuditEntry.Malformed m) {
      throw new AuditException("audit: entry " + row.seq() + " of " + describe() + " is not valid: " + m.getMessage()
          + "; run `clavis audit verify --table`", m);
    }
  }

  @Override
  public void forEachAfter(long seq, Consumer<AuditEntry> each) {
    long after = seq;
    while (true) {
      List<AuditRow> rows;
      try {
        rows = store.auditRows(node, after, PAGE);
      } catch (RuntimeException e) {
        throw new AuditException("audit: cannot read " + describe() + ": " + e.getMessage(), e);
      }
      for (AuditRow r : rows) {
        each.accept(entry(r));
        after = r.seq();
      }
      if (rows.size() < PAGE) {
        return;
      }
    }
  }

  @Override
  public String describe() {
    return "the audit table (node " + node + ")";
  }

  /** Writes what is queued (bounded by the wait timeout), then stops the writer. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      lock.notifyAll();
    }
    try {
      writer.join(awaitTimeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (lock) {
      if (!queue.isEmpty()) {
        log.error("AUDIT FAILURE: {}: entries {}..{} not written at shutdown; they are copied from the audit file at the"
            + " next start", describe(), queue.peekFirst().entry.seq(), queue.peekLast().entry.seq());
        failAll(new AuditException("audit: " + describe() + " closed"));
      }
    }
    writer.interrupt();
  }
}
