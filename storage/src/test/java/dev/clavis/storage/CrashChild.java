package dev.clavis.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Child JVM of {@link CrashDurabilityTest}: creates objects from several threads into an H2 file
 * store and prints {@code ACK <uid>} once each create has returned (is acknowledged), until it is
 * killed or has made {@code maxCreates} objects or run {@code maxSeconds}.
 *
 * <p>Arguments: dataDir threads fsyncOnCommit(true|false) maxCreates maxSeconds
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        boolean fsync = Boolean.parseBoolean(args[2]);
        int maxCreates = Integer.parseInt(args[3]);
        long deadline = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
        JdbcStoreConfig base = JdbcStoreConfig.h2File(dataDir).withFsyncOnCommit(fsync);
        // H2 keeps replaced chunks 45 s before it writes new chunks into their space; at 1 s, the
        // child writes into reused space within each cycle, as a server does after its first minute
        // (ADR 0002, "Chunks in reused space")
        JdbcStoreConfig config = new JdbcStoreConfig(base.jdbcUrl() + ";RETENTION_TIME=1000", base.user(), base.password(),
                base.schema(), base.maxPoolSize(), base.connectionTimeout(), base.statementTimeout(), base.fsyncOnCommit(),
                base.limits());
        ObjectStore store = JdbcObjectStore.open(config);
        System.out.println("READY");
        System.out.flush();
        AtomicInteger made = new AtomicInteger();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = Thread.ofPlatform().start(() -> {
                while (made.incrementAndGet() <= maxCreates && System.nanoTime() < deadline) {
                    StoredObject o = store.create(expected(store.newUid()));
                    synchronized (System.out) {
                        System.out.println("ACK " + o.uid());
                        System.out.flush();
                    }
                }
            });
        }
        for (Thread w : workers) {
            w.join();
        }
        store.close();
        System.out.println("DONE");
    }

    /** The object the child creates for {@code uid}; the test recomputes it to check integrity. */
    static StoredObject expected(String uid) {
        byte[] digest = sha256(uid);
        return StoredObject.builder(uid, 2, StoredObject.STATE_ACTIVE, "crash-test")
                .names(List.of("crash-" + uid))
                .objectGroups(List.of("crash"))
                .cryptographicAlgorithm(3)
                .cryptographicLength(256)
                .usageMask(12)
                .initialDate(Instant.parse("2026-01-01T00:00:00Z"))
                .attributes(digest)
                .sealedMaterial(sha256(uid + "/material"))
                .kekVersion(1)
                .build();
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
