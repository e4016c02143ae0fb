package dev.clavis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on H2 in file mode, the embedded default, plus what only a file shows. */
final class H2FileObjectStoreTest extends ObjectStoreContract {
    @TempDir
    Path dataDir;

    @Override
    JdbcStoreConfig newConfig() {
        return JdbcStoreConfig.h2File(dataDir);
    }

    @Test
    void theDatabaseIsOneFileInTheDataDirectoryAndSurvivesAReopen() {
        StoredObject created = store.create(key(store, "alice", "persisted").build());
        store.close();
        assertThat(Files.isRegularFile(dataDir.resolve("clavis.mv.db"))).isTrue();

        store = JdbcObjectStore.open(newConfig());
        assertThat(store.get(created.uid())).isEqualTo(created);
        assertThat(store.locate(LocateQuery.all().name("persisted").build()).uids()).containsExactly(created.uid());
    }

    @Test
    void theOpenDatabaseRunsWithoutWriteDelay() throws Exception {
        // a second connection in this JVM joins the database the store opened, and reads its settings
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("clavis"), "clavis", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        }
    }

    /**
     * ADR 0002, "Torn commits": on an H2 file, a transaction that has written holds the store's
     * writer lock until its commit has returned, so no other transaction writes (and no MVStore
     * chunk is cut) while it is half-way through its commit; reads go on meanwhile. A writer that
     * waits longer than the lock timeout fails clearly instead of hanging.
     */
    @Test
    void aWritingTransactionExcludesOtherWritersButNotReaders() throws Exception {
        store.close();
        store = JdbcObjectStore.open(newConfig().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        StoredObject existing = store.create(key(store, "alice", "existing").build());
        StoredObject first = key(store, "alice", "first").build();
        StoredObject second = key(store, "alice", "second").build();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            store.inTransaction(tx -> {
                tx.create(first);
                Future<StoredObject> read = other.submit(() -> store.get(existing.uid()));
                assertThat(read).succeedsWithin(Duration.ofSeconds(20)).isEqualTo(existing);
                Future<StoredObject> write = other.submit(() -> store.create(second));
                assertThatThrownBy(() -> write.get(20, TimeUnit.SECONDS))
                        .cause()
                        .isInstanceOf(StoreUnavailableException.class)
                        .hasMessageContaining("writer lock");
                return null;
            });
            assertThat(other.submit(() -> store.create(second).uid()).get(20, TimeUnit.SECONDS)).isEqualTo(second.uid());
        } finally {
            other.shutdownNow();
        }
        assertThat(store.get(first.uid()).names()).containsExactly("first");
        assertThat(store.get(second.uid()).names()).containsExactly("second");
    }

    /**
     * ADR 0013: writers that queue behind the one holding the writer lock join its group, and the
     * whole group is one commit. Four creates queue while a first transaction holds the lock; when
     * it returns, the five are committed together, and each create returns only then. (The group's
     * age limit is lifted: on a slow machine five creates may take longer than 5 ms.)
     */
    @Test
    void writersQueuedBehindTheLockShareOneCommit() throws Exception {
        JdbcObjectStore jdbc = (JdbcObjectStore) store;
        jdbc.groupCommitMaxAge(Duration.ofMinutes(1));
        StoredObject first = key(store, "alice", "group-0").build();
        java.util.List<StoredObject> queued = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            queued.add(key(store, "alice", "group-" + i).build());
        }
        long[] before = jdbc.groupCommitCounts();
        ExecutorService others = Executors.newFixedThreadPool(4);
        try {
            java.util.List<Future<StoredObject>> creates = new java.util.ArrayList<>();
            store.inTransaction(tx -> {
                tx.create(first);
                for (StoredObject o : queued) {
                    creates.add(others.submit(() -> store.create(o)));
                }
                awaitQueuedWriters(jdbc, 4);
                assertThat(creates).noneMatch(Future::isDone);
                return null;
            });
            for (int i = 0; i < creates.size(); i++) {
                assertThat(creates.get(i)).succeedsWithin(Duration.ofSeconds(20))
                        .extracting(StoredObject::uid).isEqualTo(queued.get(i).uid());
            }
        } finally {
            others.shutdownNow();
        }
        long[] after = jdbc.groupCommitCounts();
        assertThat(after[0] - before[0]).as("transactions committed").isEqualTo(5);
        assertThat(after[1] - before[1]).as("commits").isEqualTo(1);
        assertThat(store.get(first.uid()).names()).containsExactly("group-0");
        for (StoredObject o : queued) {
            assertThat(store.get(o.uid()).names()).isEqualTo(o.names());
        }
    }

    /**
     * ADR 0013: in a group, a transaction that fails rolls back to its savepoint. Its own writes
     * are gone; those of the transactions before and after it in the same group are committed.
     */
    @Test
    void aFailingMemberOfAGroupUndoesOnlyItsOwnWrites() throws Exception {
        JdbcObjectStore jdbc = (JdbcObjectStore) store;
        StoredObject first = key(store, "alice", "kept-first").build();
        StoredObject failing = key(store, "alice", "undone").build();
        StoredObject last = key(store, "alice", "kept-last").build();
        long[] before = jdbc.groupCommitCounts();
        Group group = groupOfThree(first, () -> store.inTransaction(t -> {
            t.create(failing);
            throw new IllegalStateException("undo this transaction");
        }), () -> store.create(last));
        assertThat(group.firstFailure()).isNull();
        assertThat(group.second()).failsWithin(Duration.ofSeconds(20))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withRootCauseInstanceOf(IllegalStateException.class);
        assertThat(group.third()).succeedsWithin(Duration.ofSeconds(20));
        long[] after = jdbc.groupCommitCounts();
        assertThat(after[0] - before[0]).as("transactions committed").isEqualTo(2);
        assertThat(after[1] - before[1]).as("commits").isEqualTo(1);
        assertThat(store.find(failing.uid())).isEmpty();
        assertThat(store.locate(LocateQuery.all().name("undone").build()).uids()).isEmpty();
        assertThat(store.get(first.uid()).names()).containsExactly("kept-first");
        assertThat(store.get(last.uid()).names()).containsExactly("kept-last");
    }

    /**
     * ADR 0013: when a group's commit fails, every member fails and nothing of the group is in the
     * store. Three transactions form a group; the last one shuts the database down before it
     * joins, so the group's one commit fails. After a reopen the object acknowledged before is
     * there, the group's three are not, and the store takes new creates.
     */
    @Test
    void aGroupWhoseCommitFailsFailsEveryMember() throws Exception {
        StoredObject acknowledged = store.create(key(store, "alice", "acknowledged").build());
        StoredObject first = key(store, "alice", "group-first").build();
        StoredObject second = key(store, "alice", "group-second").build();
        StoredObject last = key(store, "alice", "group-last").build();
        Group group = groupOfThree(first, () -> store.create(second), () -> store.inTransaction(t -> {
            t.create(last);
            shutDownImmediately();
            return null;
        }));
        assertThat(group.firstFailure()).isInstanceOf(StoreException.class).hasMessageContaining("commit: ");
        for (Future<?> f : java.util.List.of(group.second(), group.third())) {
            assertThat(f).failsWithin(Duration.ofSeconds(20))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(StoreException.class)
                    .withMessageContaining("commit: ");
        }
        store.close();

        store = JdbcObjectStore.open(newConfig());
        assertThat(store.get(acknowledged.uid()).names()).containsExactly("acknowledged");
        for (StoredObject o : java.util.List.of(first, second, last)) {
            assertThat(store.find(o.uid())).as("%s of the failed group", o.names()).isEmpty();
        }
        assertThat(store.create(key(store, "alice", "group-first").build()).names()).containsExactly("group-first");
    }

    /** The outcomes of {@link #groupOfThree}: the first's failure or null, and the other two. */
    private record Group(RuntimeException firstFailure, Future<?> second, Future<?> third) {}

    /**
     * Forms one commit group of three, in this order: a transaction that creates {@code first} and
     * keeps the writer lock until {@code second} and then {@code third} (each on a thread of its
     * own) queue behind it. The group's age limit is lifted: on a slow machine three creates may
     * take longer than 5 ms.
     */
    private Group groupOfThree(StoredObject first, Callable<?> second, Callable<?> third) {
        JdbcObjectStore jdbc = (JdbcObjectStore) store;
        jdbc.groupCommitMaxAge(Duration.ofMinutes(1));
        ExecutorService secondThread = Executors.newSingleThreadExecutor();
        ExecutorService thirdThread = Executors.newSingleThreadExecutor();
        Future<?>[] queued = new Future<?>[2];
        RuntimeException firstFailure = null;
        try {
            store.inTransaction(tx -> {
                tx.create(first);
                queued[0] = secondThread.submit(second);
                awaitQueuedWriters(jdbc, 1);
                queued[1] = thirdThread.submit(third);
                awaitQueuedWriters(jdbc, 2);
                return null;
            });
        } catch (RuntimeException e) {
            firstFailure = e;
        } finally {
            secondThread.shutdown();
            thirdThread.shutdown();
        }
        return new Group(firstFailure, queued[0], queued[1]);
    }

    /** Closes the store's database at once, from a second connection in this JVM, writing nothing. */
    private void shutDownImmediately() {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("clavis"), "clavis", "");
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("SHUTDOWN IMMEDIATELY: " + e.getMessage(), e);
        }
    }

    /**
     * ADR 0013: a group closes at 64 members (or 5 ms): seventy creates queued behind one
     * transaction need more than one commit, and every one of them is committed.
     */
    @Test
    void aLongQueueOfWritersIsSplitAcrossCommits() throws Exception {
        int queuedCount = H2GroupCommit.MAX_GROUP + 6;
        // each create reads on a pooled connection before it queues for the writer lock
        store.close();
        store = JdbcObjectStore.open(newConfig().withMaxPoolSize(queuedCount + 2));
        JdbcObjectStore jdbc = (JdbcObjectStore) store;
        long[] before = jdbc.groupCommitCounts();
        ExecutorService others = Executors.newFixedThreadPool(queuedCount);
        java.util.List<Future<StoredObject>> creates = new java.util.ArrayList<>();
        try {
            store.inTransaction(tx -> {
                tx.create(key(store, "alice", "queue-head").build());
                for (int i = 0; i < queuedCount; i++) {
                    StoredObject o = key(store, "alice", "queued-" + i).build();
                    creates.add(others.submit(() -> store.create(o)));
                }
                awaitQueuedWriters(jdbc, queuedCount);
                return null;
            });
            for (Future<StoredObject> create : creates) {
                assertThat(create).succeedsWithin(Duration.ofSeconds(30));
            }
        } finally {
            others.shutdownNow();
        }
        long[] after = jdbc.groupCommitCounts();
        assertThat(after[0] - before[0]).as("transactions committed").isEqualTo(queuedCount + 1);
        assertThat(after[1] - before[1]).as("commits").isGreaterThanOrEqualTo(2);
        for (Future<StoredObject> create : creates) {
            assertThat(store.find(create.get().uid())).isPresent();
        }
    }

    private static void awaitQueuedWriters(JdbcObjectStore store, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (store.queuedWriters() < count) {
            assertThat(System.nanoTime()).as("%d writers queued for the lock within 20 s", count).isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    /** ADR 0013: a write nested in another transaction's work would commit with it; it is refused. */
    @Test
    void aWritingTransactionInsideAnotherOnesWorkIsRefused() {
        StoredObject outer = key(store, "alice", "outer").build();
        StoredObject inner = key(store, "alice", "inner").build();
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.create(outer);
            return store.create(inner);
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside the work of another");
        assertThat(store.find(outer.uid())).isEmpty();
        assertThat(store.find(inner.uid())).isEmpty();
        assertThat(store.create(inner).uid()).isEqualTo(inner.uid());
    }
}
