package dev.clavis.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 file mode: one writing transaction at a time, and one commit for many of them
 * (docs/adr/0013-h2-group-commit.md).
 *
 * <p>One writer at a time (ADR 0002, "Torn commits"): MVStore can write a chunk that holds
 * another transaction half committed, so only one transaction may be between its first write and
 * the end of its commit. Before its first write or row lock a transaction takes the single-writer
 * lock ({@link Member#get}); from then on its statements run on the one shared writer connection,
 * behind a savepoint, and the pooled connection it read on goes back to the pool.
 *
 * <p>Group commit: with {@code WRITE_DELAY=0} every H2 commit writes a chunk, which is most of the
 * cost of a create. So a transaction whose work is done does not commit by itself: it joins the
 * open group of finished transactions and leaves the lock. Whoever leaves the lock commits the
 * open group — one JDBC commit, so one chunk, and with {@code fsyncOnCommit} one {@code CHECKPOINT
 * SYNC} — unless more writers are queued for the lock (they will join the group) and the group is
 * neither full ({@link #MAX_GROUP}) nor old ({@link #MAX_GROUP_AGE_NANOS}). With one writer at a
 * time nothing changes: it commits as it leaves. A transaction that fails rolls back to its
 * savepoint and leaves the group's other members untouched. A member returns once its group is
 * committed (and synced); if that commit fails, every member of the group fails.
 */
final class H2GroupCommit {
    private static final Logger log = LoggerFactory.getLogger(H2GroupCommit.class);

    /** The most transactions one commit covers. */
    static final int MAX_GROUP = 64;
    /** How long a group may stay open while writers queue for the lock. */
    static final long MAX_GROUP_AGE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /**
     * How often a finished transaction checks that its group still has a committer: the writer that
     * leaves the lock to a queued one counts on it, and a queued writer may give up (lock timeout)
     * just then.
     */
    private static final long RESCUE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final DataSource pool;
    private final boolean fsync;
    private final long lockTimeoutMillis;
    private final ReentrantLock writer = new ReentrantLock(true);
    /** {@link #MAX_GROUP_AGE_NANOS}; longer in tests that count commits, which a slow machine must not change. */
    private volatile long maxGroupAgeNanos = MAX_GROUP_AGE_NANOS;

    // guarded by writer
    private Connection shared;
    private Group open = new Group();
    private long transactions;
    private long commits;

    /** Transactions that finished their work on the shared connection and wait for one commit. */
    private static final class Group {
        final CountDownLatch done = new CountDownLatch(1);
        int size;
        long openedAt;
        /** Set before {@link #done} opens when the commit failed. */
        volatile StoreException failure;
    }

    /**
     * @param pool where the shared writer connection comes from (kept until {@link #close})
     * @param fsync whether each group commit ends with {@code CHECKPOINT SYNC} (ADR 0002)
     * @param lockTimeoutMillis how long a writer waits for the lock before it fails
     */
    H2GroupCommit(DataSource pool, boolean fsync, long lockTimeoutMillis) {
        this.pool = pool;
        this.fsync = fsync;
        this.lockTimeoutMillis = lockTimeoutMillis;
    }

    /** One transaction, which reads on {@code reads} until it passes the writer gate. */
    Member member(Connection reads) {
        return new Member(reads);
    }

    /** The writer gate of one transaction ({@link JdbcTransaction}), then its commit or rollback. */
    final class Member implements Supplier<Connection> {
        private final Connection reads;
        private boolean passed;
        private boolean holding;
        /** {@code null} when the transaction opened its group: a rollback then undoes everything. */
        private Savepoint savepoint;

        private Member(Connection reads) {
            this.reads = reads;
        }

        /** Takes the writer lock; returns the shared connection, on which the transaction goes on. */
        @Override
        public Connection get() {
            if (writer.isHeldByCurrentThread()) {
                // it would write on the outer transaction's connection and commit with it
                throw new IllegalStateException("a writing transaction inside the work of another one"
                        + " (expected: write through the outer StoreTransaction)");
            }
            lock();
            try {
                if (shared == null) {
                    shared = pool.getConnection();
                }
                savepoint = open.size == 0 ? null : shared.setSavepoint();
            } catch (SQLException e) {
                StoreException failure = SqlErrors.map("writer connection", e);
                failOpenGroup(failure);
                leave();
                throw failure;
            } catch (RuntimeException | Error e) {
                leave();
                throw e;
            }
            passed = true;
            holding = true;
            // its reads are done: the pooled connection can serve others while this one waits
            closeQuietly(reads);
            return shared;
        }

        /** Whether the transaction passed the gate: it then ends with {@link #commit} or {@link #rollback}. */
        boolean passed() {
            return passed;
        }

        /**
         * The work is done: joins the open group, leaves the lock, and returns once the group is
         * committed (and synced).
         *
         * @throws StoreException the group's commit failed: nothing of this transaction is durable
         */
        void commit() {
            holding = false;
            Group group = open;
            if (group.size++ == 0) {
                group.openedAt = System.nanoTime();
            }
            leave();
            await(group);
        }

        /** The work failed: undoes this transaction's writes only, and leaves the lock. */
        void rollback() {
            if (!holding) {
                return;
            }
            holding = false;
            try {
                if (savepoint == null) {
                    shared.rollback();
                } else {
                    shared.rollback(savepoint);
                }
            } catch (SQLException | RuntimeException e) {
                // the shared connection's state is unknown: the whole open group goes
                failOpenGroup(new StoreUnavailableException("rollback of a writer failed: "
                        + JdbcObjectStore.rootMessage(e), e));
            } finally {
                leave();
            }
        }
    }

    private void lock() {
        try {
            if (!writer.tryLock(lockTimeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new StoreUnavailableException("lock timeout: waited " + lockTimeoutMillis
                        + " ms for the H2 writer lock (expected: the other writer to commit within the lock timeout)",
                        null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting for the H2 writer lock", e);
        }
    }

    /** Leaves the lock; commits the open group first unless a queued writer will join it. */
    private void leave() {
        try {
            Group group = open;
            if (group.size > 0 && (!writer.hasQueuedThreads() || group.size >= MAX_GROUP
                    || System.nanoTime() - group.openedAt >= maxGroupAgeNanos)) {
                commitOpenGroup();
            }
        } finally {
            writer.unlock();
        }
    }

    /** Under the lock: one commit (one chunk) and, with fsync, one {@code CHECKPOINT SYNC} for the group. */
    private void commitOpenGroup() {
        Group group = open;
        open = new Group();
        try {
            shared.commit();
            if (fsync) {
                try (Statement s = shared.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
            transactions += group.size;
            commits++;
        } catch (SQLException e) {
            group.failure = SqlErrors.map("commit", e);
            discardShared();
        } catch (RuntimeException e) {
            group.failure = new StoreUnavailableException("commit: " + JdbcObjectStore.rootMessage(e), e);
            discardShared();
        } finally {
            group.done.countDown();
        }
    }

    /** Under the lock: the shared connection is unusable; every member of the open group fails. */
    private void failOpenGroup(StoreException failure) {
        Group group = open;
        open = new Group();
        group.failure = failure;
        discardShared();
        group.done.countDown();
    }

    private void discardShared() {
        if (shared == null) {
            return;
        }
        try {
            shared.rollback();
        } catch (SQLException | RuntimeException e) {
            log.debug("rollback of the writer connection failed: {}", e.toString());
        }
        closeQuietly(shared);
        shared = null;
    }

    private void await(Group group) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (group.done.await(RESCUE_NANOS, TimeUnit.NANOSECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    // the outcome is not ours to abandon: the group commits or fails soon
                    interrupted = true;
                    continue;
                }
                if (writer.tryLock()) {
                    try {
                        if (open == group) {
                            commitOpenGroup();
                        }
                    } finally {
                        writer.unlock();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        StoreException failure = group.failure;
        if (failure instanceof StoreUnavailableException) {
            throw new StoreUnavailableException(failure.getMessage(), failure);
        } else if (failure != null) {
            throw new StoreException(failure.getMessage(), failure);
        }
    }

    /** For measurements: {@code {transactions committed, commits}} since the store opened. */
    long[] counts() {
        writer.lock();
        try {
            return new long[] {transactions, commits};
        } finally {
            writer.unlock();
        }
    }

    /** For tests: how long a group may stay open while writers queue. */
    void maxGroupAge(java.time.Duration age) {
        maxGroupAgeNanos = age.toNanos();
    }

    /** For tests: how many writers wait for the lock. */
    int queuedWriters() {
        return writer.getQueueLength();
    }

    /** Commits what is open and gives the shared connection back; waits at most the lock timeout. */
    void close() {
        try {
            if (!writer.tryLock(lockTimeoutMillis, TimeUnit.MILLISECONDS)) {
                log.warn("store close: a writer still holds the H2 writer lock after {} ms", lockTimeoutMillis);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (open.size > 0) {
                commitOpenGroup();
            }
            if (commits > 0) {
                log.info("H2 group commit: {} transactions in {} commits since the store opened ({} per commit)",
                        transactions, commits, String.format(java.util.Locale.ROOT, "%.1f", transactions / (double) commits));
            }
            if (shared != null) {
                closeQuietly(shared);
                shared = null;
            }
        } finally {
            writer.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            log.debug("close of a connection failed: {}", e.toString());
        }
    }
}
