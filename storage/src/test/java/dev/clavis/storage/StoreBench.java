package dev.clavis.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A benchmark, not a test (never run by {@code ./mvnw verify}): creates and gets per second at 1,
 * 8 and 32 threads on H2 file (with and without fsync on commit) and on PostgreSQL, then Locate by
 * name latency with many objects. Run with the {@code bench} profile, see docs/performance.md.
 *
 * <p>System properties: {@code bench.seconds} (per measurement, default 5), {@code bench.objects}
 * (for Locate, default 1000000), {@code bench.only} ({@code throughput} or {@code locate}),
 * {@code bench.threads} (default {@code 1,8,32}), {@code bench.dir} (where H2 files go, default a
 * temporary directory).
 *
 * <p>Besides creates per second it prints this JVM's CPU time per create, which does not count
 * time spent waiting for a CPU (it does count the JIT's: use runs of 30 s or more; for PostgreSQL
 * it leaves out the database server's own).
 */
public final class StoreBench {
    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 5);
        int objects = Integer.getInteger("bench.objects", 1_000_000);
        String only = System.getProperty("bench.only", "");
        Path dir = Files.createDirectories(Path.of(System.getProperty("bench.dir",
                Files.createTempDirectory("clavis-bench").toString())));
        boolean pg = PostgresSupport.unreachableReason() == null;
        System.out.printf(Locale.ROOT, "# Clavis store benchmark, %s, %d cores, Java %s, load average at start %.1f%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (!pg) {
            System.out.println("# PostgreSQL skipped: " + PostgresSupport.unreachableReason());
        }
        if (!only.equals("locate")) {
            System.out.println("| database | threads | creates/s | CPU µs per create | gets/s | transactions per commit |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
            for (String t : System.getProperty("bench.threads", "1,8,32").split(",")) {
                int threads = Integer.parseInt(t.strip());
                throughput("H2 file, fsync on commit (default)", JdbcStoreConfig.h2File(dir.resolve("fsync-" + threads))
                        .withMaxPoolSize(threads), threads, seconds);
                throughput("H2 file, WRITE_DELAY=0 only", JdbcStoreConfig.h2File(dir.resolve("nofsync-" + threads))
                        .withFsyncOnCommit(false).withMaxPoolSize(threads), threads, seconds);
                if (pg) {
                    String schema = PostgresSupport.newSchema();
                    try {
                        throughput("PostgreSQL 127.0.0.1, synchronous_commit=on",
                                PostgresSupport.config(schema).withMaxPoolSize(threads), threads, seconds);
                    } finally {
                        PostgresSupport.dropSchema(schema);
                    }
                }
            }
        }
        if (!only.equals("throughput")) {
            locate("H2 file", JdbcStoreConfig.h2File(dir.resolve("locate")), objects);
            if (pg) {
                String schema = PostgresSupport.newSchema();
                try {
                    locate("PostgreSQL", PostgresSupport.config(schema), objects);
                } finally {
                    PostgresSupport.dropSchema(schema);
                }
            }
        }
    }

    private static StoredObject object(ObjectStore store, String name) {
        String owner = "owner-" + ThreadLocalRandom.current().nextInt(100);
        return (name == null ? ObjectStoreContract.key(store, owner) : ObjectStoreContract.key(store, owner, name))
                .objectGroups(List.of("bench"))
                .attributes(new byte[300])
                .sealedMaterial(new byte[60])
                .build();
    }

    private static void throughput(String label, JdbcStoreConfig config, int threads, int seconds) throws Exception {
        try (JdbcObjectStore store = JdbcObjectStore.open(config)) {
            List<String> uids = java.util.Collections.synchronizedList(new ArrayList<>());
            long[] before = store.groupCommitCounts();
            long cpuBefore = processCpuNanos();
            double creates = run(threads, seconds, () -> uids.add(store.create(object(store, null)).uid()));
            double cpuPerCreate = (processCpuNanos() - cpuBefore) / 1e3 / Math.max(1, uids.size());
            long[] after = store.groupCommitCounts();
            String perCommit = before == null ? "-" : String.format(Locale.ROOT, "%.1f",
                    (after[0] - before[0]) / (double) Math.max(1, after[1] - before[1]));
            String[] all = uids.toArray(new String[0]);
            double gets = run(threads, seconds, () -> store.get(all[ThreadLocalRandom.current().nextInt(all.length)]));
            System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %,.0f | %s |%n", label, threads, creates,
                    cpuPerCreate, gets, perCommit);
        }
    }

    /** CPU time of this JVM (every thread, H2's included), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Runs {@code op} from {@code threads} threads for {@code seconds}; returns operations per second. */
    private static double run(int threads, int seconds, Runnable op) throws Exception {
        AtomicLong count = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        op.run();
                        count.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return count.get() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Loads {@code objects} rows with plain SQL (loading is not what is measured, and through the
     * store it would take one commit per object or huge transactions), then measures Locate by name
     * through the store.
     */
    private static void locate(String label, JdbcStoreConfig config, int objects) throws Exception {
        JdbcObjectStore.open(config).close(); // creates the schema
        long loadStart = System.nanoTime();
        bulkLoad(config, objects);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        try (JdbcObjectStore store = JdbcObjectStore.open(config)) {
            long located = store.locate(LocateQuery.all().maximumItems(0).build()).locatedItems();
            int samples = 10_000;
            long[] nanos = new long[samples];
            long[] visibleNanos = new long[samples];
            for (int i = 0; i < 1000; i++) { // warm-up
                store.locate(LocateQuery.all().name("name-" + (1 + ThreadLocalRandom.current().nextInt(objects))).build());
            }
            for (int i = 0; i < samples; i++) {
                int n = 1 + ThreadLocalRandom.current().nextInt(objects);
                String name = "name-" + n;
                long t0 = System.nanoTime();
                LocateResult r = store.locate(LocateQuery.all().name(name).build());
                nanos[i] = System.nanoTime() - t0;
                if (r.uids().size() != 1) {
                    throw new IllegalStateException("locate " + name + ": " + r.uids().size() + " results (expected: 1)");
                }
                t0 = System.nanoTime();
                LocateResult visible = store.locate(LocateQuery.visibleTo("owner-" + (n % 100)).name(name).objectType(2).build());
                visibleNanos[i] = System.nanoTime() - t0;
                if (visible.uids().size() != 1) {
                    throw new IllegalStateException("visible locate " + name + ": " + visible.uids().size() + " (expected: 1)");
                }
            }
            long[] broad = new long[20];
            long[] broadCounted = new long[20];
            for (int i = 0; i < broad.length; i++) {
                long t0 = System.nanoTime();
                LocateResult page = store.locate(LocateQuery.all().objectType(2).maximumItems(10).withoutLocatedItems().build());
                broad[i] = System.nanoTime() - t0;
                if (page.uids().size() != 10) {
                    throw new IllegalStateException("broad locate: " + page.uids().size() + " (expected: 10)");
                }
                t0 = System.nanoTime();
                store.locate(LocateQuery.all().objectType(2).maximumItems(10).build());
                broadCounted[i] = System.nanoTime() - t0;
            }
            Arrays.sort(broad);
            Arrays.sort(broadCounted);
            System.out.printf(Locale.ROOT, "%s: Locate object type, first 10 of %,d, p50 %.3f ms without Located Items, "
                    + "%.1f ms with Located Items (a count of all matches)%n",
                    label, located, broad[10] / 1e6, broadCounted[10] / 1e6);
            Arrays.sort(nanos);
            Arrays.sort(visibleNanos);
            System.out.printf(Locale.ROOT, "%n%s, %,d objects (bulk-loaded in %.0f s): Locate by name p50 %.3f ms, "
                            + "p99 %.3f ms; by name + object type + owner-or-grant visibility p50 %.3f ms, p99 %.3f ms%n",
                    label, located, loadSeconds, nanos[samples / 2] / 1e6, nanos[samples * 99 / 100] / 1e6,
                    visibleNanos[samples / 2] / 1e6, visibleNanos[samples * 99 / 100] / 1e6);
        }
    }

    private static void bulkLoad(JdbcStoreConfig config, int objects) throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", config.user());
        String url = config.jdbcUrl();
        if (config.schema() != null) {
            p.setProperty("currentSchema", config.schema());
        }
        String range = config.isH2() ? "SYSTEM_RANGE(?, ?) r" : "generate_series(?::int, ?::int) AS r(x)";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, p)) {
            c.setAutoCommit(false);
            int chunk = 50_000;
            for (int from = 1; from <= objects; from += chunk) {
                int to = Math.min(objects, from + chunk - 1);
                try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO managed_object (uid, object_type, "
                        + "state, owner_identity, cryptographic_algorithm, cryptographic_length, usage_mask, "
                        + "initial_date, last_change_date, fresh, archived, attributes, sealed_material, kek_version, "
                        + "row_version) SELECT 'u-' || x, 2, 2, 'owner-' || MOD(x, 100), 3, 256, 12, ?, ?, TRUE, FALSE, "
                        + "?, ?, 1, 1 FROM " + range)) {
                    java.time.OffsetDateTime t = java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z");
                    ps.setObject(1, t);
                    ps.setObject(2, t);
                    ps.setBytes(3, new byte[300]);
                    ps.setBytes(4, new byte[60]);
                    ps.setInt(5, from);
                    ps.setInt(6, to);
                    ps.executeUpdate();
                }
                try (java.sql.PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO object_name (uid, position, name) SELECT 'u-' || x, 0, 'name-' || x FROM " + range)) {
                    ps.setInt(1, from);
                    ps.setInt(2, to);
                    ps.executeUpdate();
                }
                try (java.sql.PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO object_group (uid, position, group_name) SELECT 'u-' || x, 0, 'bench' FROM " + range)) {
                    ps.setInt(1, from);
                    ps.setInt(2, to);
                    ps.executeUpdate();
                }
                c.commit();
            }
            if (!config.isH2()) {
                c.setAutoCommit(true);
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("ANALYZE");
                }
            }
        }
    }
}
