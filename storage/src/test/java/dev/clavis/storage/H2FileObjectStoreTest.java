package dev.clavis.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
}
