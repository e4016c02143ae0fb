package dev.clavis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 3 §7, "a database that is full": H2 file mode on a 4 MiB tmpfs. Creates fail with a clear
 * {@link StoreUnavailableException} once the file system is full, within a bounded time, and once
 * there is room again every acknowledged object is there. Needs root (mount); skipped, with the
 * reason, where tmpfs cannot be mounted.
 */
final class DiskFullTest {
    private Path mountPoint;
    private boolean mounted;

    @BeforeEach
    void mountTinyFileSystem() throws Exception {
        mountPoint = Files.createTempDirectory("clavis-disk-full");
        String error = run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint.toString());
        assumeTrue(error == null, "cannot mount a 4 MiB tmpfs at " + mountPoint + ": " + error);
        mounted = true;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", mountPoint.toString());
        }
        Files.deleteIfExists(mountPoint);
    }

    /** Runs a command; {@code null} on success, else its output. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        String output = new String(p.getInputStream().readAllBytes()).trim();
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + output;
    }

    @Test
    void aFullDiskGivesAClearErrorAndLosesNothingAcknowledged() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        StoreException failure = null;
        long start = System.nanoTime();
        ObjectStore store = JdbcObjectStore.open(JdbcStoreConfig.h2File(mountPoint));
        try {
            for (int i = 0; i < 2_000 && failure == null; i++) {
                StoredObject o = ObjectStoreContract.key(store, "alice", "full-" + i).attributes(new byte[16_384]).build();
                try {
                    store.create(o);
                    acknowledged.add(o.uid());
                } catch (StoreException e) {
                    failure = e;
                }
            }
        } finally {
            try {
                store.close();
            } catch (RuntimeException e) {
                // the database may already have closed itself after the write failure
            }
        }
        assertThat(failure).as("a create fails once 4 MiB are full").isNotNull();
        assertThat(failure).isInstanceOf(StoreUnavailableException.class);
        assertThat(failure.getMessage()).containsIgnoringCase("database");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(120));
        assertThat(acknowledged).isNotEmpty();

        assertThat(run("mount", "-o", "remount,size=64m", mountPoint.toString())).isNull();
        try (ObjectStore reopened = JdbcObjectStore.open(JdbcStoreConfig.h2File(mountPoint))) {
            for (String uid : acknowledged) {
                assertThat(reopened.find(uid)).as("acknowledged %s", uid).isPresent();
            }
            reopened.create(ObjectStoreContract.key(reopened, "alice", "after-full").build());
        }
    }
}
