package dev.clavis.hsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the software KEK keystore's passphrase comes from, and what a wrong one does. */
class SoftwareKeyProtectionStartupTest {

    static final String PASSPHRASE = "a passphrase that is long enough";

    @TempDir
    Path dataDir;

    @TempDir
    Path secrets;

    KeyProtection open(Map<String, String> env, Path passphraseFile) {
        return KeyProtections.open(KeyProtectionConfig.software(dataDir).environment(env)
                .kekPassphraseFile(passphraseFile).build());
    }

    static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void firstStartWithoutPassphraseGeneratesOneOwnerOnlyAndReusesIt() throws Exception {
        SealedBlob blob;
        try (KeyProtection p = open(Map.of(), null)) {
            blob = p.seal("u", "SymmetricKey", new byte[] {1, 2, 3});
        }
        Path pass = dataDir.resolve(SoftwareKeyProtection.GENERATED_PASSPHRASE_FILE);
        Path keystore = dataDir.resolve(SoftwareKeyProtection.KEYSTORE_FILE);
        assertThat(mode(pass)).isEqualTo("rw-------");
        assertThat(mode(keystore)).isEqualTo("rw-------");
        assertThat(Files.readString(pass).strip()).hasSizeGreaterThanOrEqualTo(43);
        try (KeyProtection p = open(Map.of(), null)) {
            assertThat(p.unseal("u", "SymmetricKey", blob)).containsExactly(1, 2, 3);
        }
    }

    @Test
    void keystoreStaysOwnerOnlyAfterRotation() throws Exception {
        try (KeyProtection p = open(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, PASSPHRASE), null)) {
            p.rotateKek();
        }
        assertThat(mode(dataDir.resolve(SoftwareKeyProtection.KEYSTORE_FILE))).isEqualTo("rw-------");
        assertThat(dataDir.resolve(SoftwareKeyProtection.GENERATED_PASSPHRASE_FILE)).doesNotExist();
    }

    @Test
    void aWrongPassphraseIsAClearStartUpError() {
        open(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, PASSPHRASE), null).close();
        assertThatThrownBy(() -> open(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, "not it"), null))
                .isInstanceOf(KeyProtectionException.class)
                .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                        .isEqualTo(KeyProtectionException.Reason.CONFIGURATION))
                .hasMessageContaining("wrong passphrase")
                .hasMessageNotContaining("not it")
                .hasMessageNotContaining(PASSPHRASE);
    }

    @Test
    void anExistingKeystoreWithNoPassphraseAnywhereIsRefused() {
        open(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, PASSPHRASE), null).close();
        assertThatThrownBy(() -> open(Map.of(), null))
                .hasMessageContaining("no passphrase (expected: CLAVIS_KEK_PASSPHRASE or --kek-passphrase-file)");
    }

    @Test
    void thePassphraseFileWinsOverTheEnvironment() throws Exception {
        Path file = secrets.resolve("kek-passphrase");
        Files.writeString(file, PASSPHRASE + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        SealedBlob blob;
        try (KeyProtection p = open(Map.of(), file)) {
            blob = p.seal("u", "SecretData", new byte[] {9});
        }
        // Same passphrase from the environment (newline stripped from the file): opens.
        try (KeyProtection p = open(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, PASSPHRASE), null)) {
            assertThat(p.unseal("u", "SecretData", blob)).containsExactly(9);
        }
        try (KeyProtection p = open(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, "wrong"), file)) {
            assertThat(p.unseal("u", "SecretData", blob)).containsExactly(9);
        }
    }

    @Test
    void aPassphraseFileOthersCanReadIsRefused() throws Exception {
        Path file = secrets.resolve("kek-passphrase");
        Files.writeString(file, PASSPHRASE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> open(Map.of(), file))
                .hasMessageContaining("--kek-passphrase-file: " + file + " is accessible to others");
        assertThatThrownBy(() -> open(Map.of(), secrets.resolve("absent")))
                .hasMessageContaining("not found (expected: a readable file)");
        Path empty = secrets.resolve("empty");
        Files.writeString(empty, "\n");
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> open(Map.of(), empty)).hasMessageContaining("is empty");
    }

    @Test
    void aDamagedKeystoreIsAClearStartUpError() throws Exception {
        open(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, PASSPHRASE), null).close();
        Files.write(dataDir.resolve(SoftwareKeyProtection.KEYSTORE_FILE), new byte[] {0x30, 0x03, 0x02, 0x01});
        assertThatThrownBy(() -> open(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, PASSPHRASE), null))
                .isInstanceOf(KeyProtectionException.class)
                .hasMessageContaining("KEK keystore " + dataDir.resolve(SoftwareKeyProtection.KEYSTORE_FILE));
    }

    @Test
    void toStringNamesTheFileAndVersionOnly() {
        try (KeyProtection p = open(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, PASSPHRASE), null)) {
            assertThat(p.toString()).isEqualTo("SoftwareKeyProtection["
                    + dataDir.resolve(SoftwareKeyProtection.KEYSTORE_FILE) + ", KEK v1]");
        }
    }
}
