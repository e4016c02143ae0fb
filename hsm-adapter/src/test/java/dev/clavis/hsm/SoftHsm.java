package dev.clavis.hsm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Throwaway SoftHSM2 tokens for the tests. SoftHSM2 reads {@code SOFTHSM2_CONF} and scans its token
 * folder once, when the library initialises, so every token a test run needs is made up front, in
 * a folder under {@code target/} that surefire points {@code SOFTHSM2_CONF} at.
 */
final class SoftHsm {

    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    static final String PIN = "1234-clavis";
    static final String SO_PIN = "5678-clavis";
    static final int TOKENS = 40;

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static String unavailable;
    private static boolean prepared;

    private SoftHsm() {
    }

    /** Skips the calling test, with the reason, when SoftHSM2 is not usable here. */
    static synchronized void assumeAvailable() {
        if (!prepared) {
            prepared = true;
            unavailable = prepare();
        }
        assumeTrue(unavailable == null, () -> "SoftHSM2 tests skipped: " + unavailable);
    }

    /** The label of a token no other test has used. */
    static String freshToken() {
        assumeAvailable();
        int n = NEXT.incrementAndGet();
        if (n > TOKENS) {
            throw new IllegalStateException("SoftHSM2 test tokens: " + n + " needed (expected: <= " + TOKENS
                    + "; raise SoftHsm.TOKENS)");
        }
        return label(n);
    }

    static String label(int n) {
        return String.format("clavis-test-%02d", n);
    }

    /** A config for the library + label route, PIN through the environment. */
    static KeyProtectionConfig.Builder config(Path dataDir, String label) {
        return KeyProtectionConfig.pkcs11(dataDir).pkcs11Library(LIBRARY, label)
                .environment(java.util.Map.of(KeyProtectionConfig.PKCS11_PIN_ENV, PIN));
    }

    private static String prepare() {
        if (!Files.isRegularFile(LIBRARY)) {
            return LIBRARY + " is not installed (apt-get install softhsm2)";
        }
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            return "SOFTHSM2_CONF is not set (run the tests through Maven: the surefire configuration sets it)";
        }
        try {
            Path confFile = Path.of(conf);
            Path tokens = confFile.resolveSibling("tokens");
            if (Files.exists(tokens)) {
                try (Stream<Path> walk = Files.walk(tokens)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(tokens);
            Files.writeString(confFile, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                    + "log.level = ERROR\nslots.removable = false\n", StandardCharsets.UTF_8);
            for (int i = 1; i <= TOKENS; i++) {
                run(List.of("softhsm2-util", "--init-token", "--free", "--label", label(i), "--pin", PIN,
                        "--so-pin", SO_PIN), confFile);
            }
            return null;
        } catch (IOException | InterruptedException e) {
            return "softhsm2-util failed: " + e;
        }
    }

    static void run(List<String> command, Path confFile) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SOFTHSM2_CONF", confFile.toString());
        Process process = pb.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + ": no exit within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command.subList(0, 2)) + " exited " + process.exitValue() + ": "
                    + new String(output, StandardCharsets.UTF_8).strip());
        }
    }
}
