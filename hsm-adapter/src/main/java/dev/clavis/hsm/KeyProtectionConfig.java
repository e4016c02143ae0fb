package dev.clavis.hsm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to open a {@link KeyProtection}; the server fills it from flags and YAML. Secrets are never
 * part of it: the KEK passphrase comes from {@value #KEK_PASSPHRASE_ENV} or a file, the PIN from
 * {@value #PKCS11_PIN_ENV} or a file.
 *
 * @param kind which implementation
 * @param dataDir the server's data directory (software: holds {@code kek.p12}, maybe
 *     {@code kek.pass})
 * @param kekPassphraseFile {@code --kek-passphrase-file}, or null
 * @param pkcs11Config {@code --pkcs11-config}, a SunPKCS11 configuration file, or null
 * @param pkcs11Library {@code --pkcs11-library}, the PKCS#11 module, or null
 * @param pkcs11TokenLabel {@code --pkcs11-token-label}, resolved to its slot, or null
 * @param pkcs11PinFile {@code --pkcs11-pin-file}, or null
 * @param sessionPoolSize how many token operations may run at once (&ge; 1)
 * @param sessionAcquireTimeout how long an operation waits for a free session before
 *     {@link KeyProtectionException.Reason#BUSY}
 * @param environment where environment variables are read (the process environment by default;
 *     tests pass their own)
 */
public record KeyProtectionConfig(Kind kind, Path dataDir, Path kekPassphraseFile, Path pkcs11Config,
        Path pkcs11Library, String pkcs11TokenLabel, Path pkcs11PinFile, int sessionPoolSize,
        Duration sessionAcquireTimeout, Map<String, String> environment) {

    /** The environment variable holding the software KEK keystore's passphrase. */
    public static final String KEK_PASSPHRASE_ENV = "CLAVIS_KEK_PASSPHRASE";
    /** The environment variable holding the PKCS#11 user PIN. */
    public static final String PKCS11_PIN_ENV = "CLAVIS_PKCS11_PIN";
    public static final int DEFAULT_SESSION_POOL_SIZE = 8;
    public static final Duration DEFAULT_SESSION_ACQUIRE_TIMEOUT = Duration.ofSeconds(5);

    /** The implementations. */
    public enum Kind {
        SOFTWARE, PKCS11
    }

    public KeyProtectionConfig {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(sessionAcquireTimeout, "sessionAcquireTimeout");
        environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        if (sessionPoolSize < 1) {
            throw new IllegalArgumentException(
                    "session pool size: " + sessionPoolSize + " (expected: >= 1)");
        }
        if (sessionAcquireTimeout.isNegative() || sessionAcquireTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "session acquire timeout: " + sessionAcquireTimeout + " (expected: > 0)");
        }
        if (kind == Kind.PKCS11 && (pkcs11Config == null) == (pkcs11Library == null)) {
            throw new IllegalArgumentException("PKCS#11 configuration: "
                    + (pkcs11Config == null ? "none" : "both --pkcs11-config and --pkcs11-library")
                    + " (expected: either --pkcs11-config, or --pkcs11-library with --pkcs11-token-label)");
        }
        if (kind == Kind.PKCS11 && pkcs11Library != null
                && (pkcs11TokenLabel == null || pkcs11TokenLabel.isBlank())) {
            throw new IllegalArgumentException(
                    "--pkcs11-token-label: missing (expected: with --pkcs11-library)");
        }
    }

    /** Names the settings; the environment is left out, as it may hold the passphrase or PIN. */
    @Override
    public String toString() {
        return "KeyProtectionConfig[kind=" + kind + ", dataDir=" + dataDir + ", kekPassphraseFile=" + kekPassphraseFile
                + ", pkcs11Config=" + pkcs11Config + ", pkcs11Library=" + pkcs11Library + ", pkcs11TokenLabel="
                + pkcs11TokenLabel + ", pkcs11PinFile=" + pkcs11PinFile + ", sessionPoolSize=" + sessionPoolSize
                + ", sessionAcquireTimeout=" + sessionAcquireTimeout + ", environment=(" + environment.size()
                + " variables, not shown)]";
    }

    /** A builder for the software implementation over {@code dataDir}. */
    public static Builder software(Path dataDir) {
        return new Builder(Kind.SOFTWARE, dataDir);
    }

    /** A builder for the PKCS#11 implementation; set a config file or library + label. */
    public static Builder pkcs11(Path dataDir) {
        return new Builder(Kind.PKCS11, dataDir);
    }

    /** Fills a {@link KeyProtectionConfig}. */
    public static final class Builder {
        private final Kind kind;
        private final Path dataDir;
        private Path kekPassphraseFile;
        private Path pkcs11Config;
        private Path pkcs11Library;
        private String pkcs11TokenLabel;
        private Path pkcs11PinFile;
        private int sessionPoolSize = DEFAULT_SESSION_POOL_SIZE;
        private Duration sessionAcquireTimeout = DEFAULT_SESSION_ACQUIRE_TIMEOUT;
        private Map<String, String> environment = System.getenv();

        private Builder(Kind kind, Path dataDir) {
            this.kind = kind;
            this.dataDir = dataDir;
        }

        public Builder kekPassphraseFile(Path file) {
            this.kekPassphraseFile = file;
            return this;
        }

        public Builder pkcs11Config(Path file) {
            this.pkcs11Config = file;
            return this;
        }

        public Builder pkcs11Library(Path library, String tokenLabel) {
            this.pkcs11Library = library;
            this.pkcs11TokenLabel = tokenLabel;
            return this;
        }

        public Builder pkcs11PinFile(Path file) {
            this.pkcs11PinFile = file;
            return this;
        }

        public Builder sessionPoolSize(int size) {
            this.sessionPoolSize = size;
            return this;
        }

        public Builder sessionAcquireTimeout(Duration timeout) {
            this.sessionAcquireTimeout = timeout;
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        public KeyProtectionConfig build() {
            return new KeyProtectionConfig(kind, dataDir, kekPassphraseFile, pkcs11Config, pkcs11Library,
                    pkcs11TokenLabel, pkcs11PinFile, sessionPoolSize, sessionAcquireTimeout, environment);
        }
    }
}
