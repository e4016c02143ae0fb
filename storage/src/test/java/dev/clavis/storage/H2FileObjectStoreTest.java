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
}
