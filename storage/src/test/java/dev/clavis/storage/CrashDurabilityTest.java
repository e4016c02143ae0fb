package dev.clavis.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §7: a client that saw a unique identifier can always get that key back after a {@code
 * kill -9}. A child JVM creates objects from 8 threads into an H2 file store and prints each
 * acknowledged identifier; it is killed with SIGKILL in the middle of the burst; the reopened
 * store must hold every acknowledged object, intact, and no half-written one. Several cycles on the
 * same database, alternately with and without fsync on commit.
 *
 * <p>More cycles: {@code -Dclavis.crash.cycles=50} (see docs/storage.md).
 */
final class CrashDurabilityTest {
    private static final int THREADS = 8;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedCreateSurvivesSigkill() throws Exception {
        int cycles = Integer.getInteger("clavis.crash.cycles", 3);
        Set<String> acknowledged = new HashSet<>();
        Path stderr = dataDir.resolve("child-stderr.log");
        for (int cycle = 1; cycle <= cycles; cycle++) {
            boolean fsync = cycle % 2 == 1;
            int killAfter = ThreadLocalRandom.current().nextInt(50, 600);
            List<String> acked = new ArrayList<>();
            try (ChildJvm child = ChildJvm.start(CrashChild.class, stderr,
                    dataDir.toString(), Integer.toString(THREADS), Boolean.toString(fsync), "100000", "30")) {
                child.expect("READY", Duration.ofSeconds(60));
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (acked.size() < killAfter && System.nanoTime() < deadline) {
                    String line = child.nextLine(Duration.ofSeconds(5));
                    if (line == null) {
                        break;
                    }
                    addAck(acked, line);
                }
                child.kill();
                for (String line : child.drain()) {
                    addAck(acked, line);
                }
            }
            assertThat(acked).as("cycle %d: the child acknowledged creates before the kill", cycle).isNotEmpty();
            acknowledged.addAll(acked);

            int inStore = verify(acknowledged);
            System.out.printf("crash cycle %d (fsyncOnCommit=%s): %d acknowledged this cycle, %d in total, "
                    + "%d objects in the store, 0 lost%n", cycle, fsync, acked.size(), acknowledged.size(), inStore);
        }
    }

    private static void addAck(List<String> acked, String line) {
        if (line.startsWith("ACK ") && line.length() == 4 + 36) {
            acked.add(line.substring(4));
        }
    }

    /** Opens the store after the crash; returns the number of objects found. */
    private int verify(Set<String> acknowledged) {
        try (ObjectStore store = JdbcObjectStore.open(JdbcStoreConfig.h2File(dataDir))) {
            for (String uid : acknowledged) {
                StoredObject expected = CrashChild.expected(uid).toBuilder().version(1).build();
                assertThat(store.find(uid)).as("acknowledged %s", uid).contains(expected);
            }
            int count = 0;
            String after = null;
            for (List<StoredObject> page = store.page(null, 500); !page.isEmpty(); page = store.page(after, 500)) {
                for (StoredObject o : page) {
                    assertThat(o).as("nothing half-written").isEqualTo(CrashChild.expected(o.uid()).toBuilder().version(1).build());
                    count++;
                }
                after = page.get(page.size() - 1).uid();
            }
            assertThat(count).isGreaterThanOrEqualTo(acknowledged.size());
            assertThat(store.locate(LocateQuery.all().objectGroup("crash").maximumItems(0).build()).locatedItems())
                    .isEqualTo(count);
            return count;
        }
    }
}
