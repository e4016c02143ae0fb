package dev.clavis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0002, "The store header after a crash": a copy of a live MVStore file is what a SIGKILL
 * leaves on disk (every write(2) has returned). H2 2.5.252 opens such a copy at an older version
 * than the one committed once a chunk lands in reused space; {@link H2FileRecovery} makes it open
 * at the newest complete chunk.
 */
final class H2FileRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aFileLeftByAKillOpensAtItsNewestCommit() throws Exception {
        Path live = dir.resolve("live.mv.db");
        Path killed = dir.resolve("killed.mv.db");
        Map<Integer, Integer> committed = new HashMap<>();
        boolean lost = false;
        MVStore store = new MVStore.Builder().fileName(live.toString()).autoCommitDisabled().open();
        try {
            store.setRetentionTime(0); // replaced chunks free at once: gaps appear within a few commits
            MVMap<Integer, byte[]> map = store.openMap("data");
            Random random = new Random(1);
            for (int i = 0; i < 3_000 && !lost; i++) {
                for (int j = random.nextInt(40); j >= 0; j--) {
                    int key = random.nextInt(5_000);
                    int length = random.nextInt(2_000);
                    map.put(key, new byte[length]);
                    committed.put(key, length);
                }
                for (int j = random.nextInt(20); j > 0; j--) {
                    int key = random.nextInt(5_000);
                    map.remove(key);
                    committed.remove(key);
                }
                store.commit();
                Files.copy(live, killed, StandardCopyOption.REPLACE_EXISTING);
                lost = !contents(killed).equals(committed);
            }
        } finally {
            store.close();
        }
        assumeTrue(lost, "H2 opened every copy with its last commit: the header defect this guards against"
                + " is not reproduced by this H2 version");

        H2FileRecovery.keepNewestChunk(killed);

        assertThat(contents(killed)).isEqualTo(committed);
    }

    @Test
    void aCleanlyClosedFileIsLeftAlone() throws Exception {
        Path file = closedFileWithOneEntry("clean.mv.db");
        byte[] before = Files.readAllBytes(file);

        H2FileRecovery.keepNewestChunk(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileOpenInThisJvmIsLeftToH2AndAMissingFileIsANewDatabase() {
        JdbcStoreConfig config = JdbcStoreConfig.h2File(dir);
        H2FileRecovery.keepNewestChunk(dir.resolve("clavis.mv.db"));
        try (JdbcObjectStore first = JdbcObjectStore.open(config);
                JdbcObjectStore second = JdbcObjectStore.open(config)) {
            StoredObject created = first.create(ObjectStoreContract.key(first, "alice", "shared").build());
            assertThat(second.get(created.uid()).names()).containsExactly("shared");
        }
    }

    /** An MVStore file in {@link #dir}, holding one entry, committed and cleanly closed. */
    private Path closedFileWithOneEntry(String name) {
        Path file = dir.resolve(name);
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.openMap("data").put(1, 1);
        store.commit();
        store.close();
        return file;
    }

    /** What H2 finds in the map when it opens {@code file}: key to value length. */
    private static Map<Integer, Integer> contents(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            Map<Integer, Integer> found = new HashMap<>();
            MVMap<Integer, byte[]> map = store.openMap("data");
            map.forEach((key, value) -> found.put(key, value.length));
            return found;
        } finally {
            store.close();
        }
    }

    /** A file another process holds (a second server on the same data directory) is refused clearly. */
    @Test
    void aFileLockedByAnotherProcessIsRefused() throws Exception {
        Path file = closedFileWithOneEntry("locked.mv.db");
        // a POSIX record lock from another process, as the JVM's FileChannel.lock takes
        Process holder = new ProcessBuilder("python3", "-c", "import fcntl,sys\n"
                + "f = open(sys.argv[1], 'r+b'); fcntl.lockf(f, fcntl.LOCK_EX)\n"
                + "print('LOCKED', flush=True); sys.stdin.read()", file.toString()).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertThat(line).as("the other process locked the file").isEqualTo("LOCKED");

            assertThatThrownBy(() -> H2FileRecovery.keepNewestChunk(file))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("in use by another process");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void aFileThatIsNotAnH2DatabaseIsRefused() throws Exception {
        Path file = dir.resolve("garbage.mv.db");
        Files.write(file, new byte[8192]);

        assertThatThrownBy(() -> H2FileRecovery.keepNewestChunk(file))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("database file unreadable");
    }
}
