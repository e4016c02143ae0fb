package dev.clavis.hsm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Seal + unseal pairs per second, software and PKCS#11 (SoftHSM2), at 1 and 8 threads. A
 * benchmark, not a test: run it by hand (see docs/performance.md, "Key protection"); every loop is
 * bounded in time.
 */
public final class KeyProtectionBenchmark {

    static final long WARMUP_MILLIS = 2_000;
    static final long MEASURE_MILLIS = 5_000;

    private KeyProtectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("clavis-bench");
        List<String> rows = new ArrayList<>();
        try (KeyProtection software = KeyProtections.open(KeyProtectionConfig.software(dir.resolve("sw"))
                .environment(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, "benchmark passphrase")).build())) {
            for (int threads : new int[] {1, 8}) {
                rows.add(row(software, threads));
            }
        }
        SoftHsm.assumeAvailable();
        try (KeyProtection pkcs11 = KeyProtections.open(SoftHsm.config(dir.resolve("p11"), SoftHsm.freshToken())
                .sessionPoolSize(8).build())) {
            for (int threads : new int[] {1, 8}) {
                rows.add(row(pkcs11, threads));
            }
        }
        System.out.println("| implementation | threads | seal+unseal pairs/s | mean µs per pair (per thread) |");
        System.out.println("| --- | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
        System.out.println("cores available: " + Runtime.getRuntime().availableProcessors());
    }

    static String row(KeyProtection protection, int threads) throws Exception {
        run(protection, threads, WARMUP_MILLIS);
        long pairs = run(protection, threads, MEASURE_MILLIS);
        double perSecond = pairs * 1000.0 / MEASURE_MILLIS;
        double micros = threads * MEASURE_MILLIS * 1000.0 / pairs;
        return String.format("| %s | %d | %,.0f | %.1f |", protection.kind(), threads, perSecond, micros);
    }

    static long run(KeyProtection protection, int threads, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String uid = "bench-" + t;
                counts.add(pool.submit(() -> {
                    byte[] key = new byte[32];
                    long n = 0;
                    while (!stop.get()) {
                        byte[] back = protection.unseal(uid, "SymmetricKey", protection.seal(uid, "SymmetricKey", key));
                        java.util.Arrays.fill(back, (byte) 0);
                        n++;
                    }
                    return n;
                }));
            }
            Thread.sleep(millis);
            stop.set(true);
            long total = 0;
            for (Future<Long> f : counts) {
                total += f.get(30, TimeUnit.SECONDS);
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
