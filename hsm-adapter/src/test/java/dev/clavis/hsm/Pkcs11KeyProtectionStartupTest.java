package dev.clavis.hsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up and fault behaviour of the PKCS#11 implementation on real SoftHSM2 tokens. */
class Pkcs11KeyProtectionStartupTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void requireSoftHsm() {
        SoftHsm.assumeAvailable();
    }

    /** A second, independent SunPKCS11 session on the token, as another process would see it. */
    static KeyStore inspect(String label) throws Exception {
        long slot = Pkcs11KeyProtection.slotOf(SoftHsm.LIBRARY, label);
        Provider p = Security.getProvider("SunPKCS11")
                .configure("--name = Inspect\nlibrary = " + SoftHsm.LIBRARY + "\nslot = " + slot + "\n");
        KeyStore ks = KeyStore.getInstance("PKCS11", p);
        ks.load(null, SoftHsm.PIN.toCharArray());
        return ks;
    }

    @Test
    void theKekIsASensitiveNonExtractableTokenKeyFoundAgainByLabel() throws Exception {
        String label = SoftHsm.freshToken();
        SealedBlob blob;
        try (KeyProtection p = KeyProtections.open(SoftHsm.config(dataDir, label).build())) {
            blob = p.seal("u", "PrivateKey", new byte[] {5, 6});
            p.generateResidentKey(ResidentKeyAlgorithm.AES, 256);
            p.generateResidentKey(ResidentKeyAlgorithm.RSA, 2048);
        }
        KeyStore ks = inspect(label);
        Key kek = ks.getKey("clavis-kek-v1", null);
        assertThat(kek).isNotNull();
        assertThat(kek.getEncoded()).isNull();
        assertThat(kek.toString()).contains("token object, sensitive, unextractable");
        for (String alias : java.util.Collections.list(ks.aliases())) {
            if (alias.startsWith("clavis-key-")) {
                Key resident = ks.getKey(alias, null);
                assertThat(resident.getEncoded()).as(alias).isNull();
                assertThat(resident.toString()).as(alias).contains("sensitive, unextractable");
            }
        }
        try (KeyProtection p = KeyProtections.open(SoftHsm.config(dataDir, label).build())) {
            assertThat(p.kekVersions()).containsExactly(1);
            assertThat(p.unseal("u", "PrivateKey", blob)).containsExactly(5, 6);
        }
    }

    @Test
    void aSunPkcs11ConfigFileAndAPinFileWork() throws Exception {
        String label = SoftHsm.freshToken();
        long slot = Pkcs11KeyProtection.slotOf(SoftHsm.LIBRARY, label);
        Path cfg = dataDir.resolve("pkcs11.cfg");
        Files.writeString(cfg, "name = ClavisFromFile\nlibrary = " + SoftHsm.LIBRARY + "\nslot = " + slot + "\n");
        Path pin = dataDir.resolve("pin");
        Files.writeString(pin, SoftHsm.PIN + "\n");
        Files.setPosixFilePermissions(pin, PosixFilePermissions.fromString("rw-------"));
        try (KeyProtection p = KeyProtections.open(KeyProtectionConfig.pkcs11(dataDir).pkcs11Config(cfg)
                .pkcs11PinFile(pin).environment(Map.of()).build())) {
            assertThat(p.kind()).isEqualTo("pkcs11");
            assertThat(p.health().healthy()).isTrue();
            assertThat(p.toString()).isEqualTo("Pkcs11KeyProtection[PKCS#11 config " + cfg + ", KEK v1]");
        }
        assertThat(inspect(label).getKey("clavis-kek-v1", null).getEncoded()).isNull();
    }

    @Test
    void aWrongPinIsAClearStartUpError() {
        String label = SoftHsm.freshToken();
        assertThatThrownBy(() -> KeyProtections.open(SoftHsm.config(dataDir, label)
                .environment(Map.of(KeyProtectionConfig.PKCS11_PIN_ENV, "0000-wrong")).build()))
                .isInstanceOf(KeyProtectionException.class)
                .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                        .isEqualTo(KeyProtectionException.Reason.CONFIGURATION))
                .hasMessageContaining("login refused, wrong PIN")
                .hasMessageNotContaining("0000-wrong");
    }

    @Test
    void noPinIsAClearStartUpError() {
        String label = SoftHsm.freshToken();
        assertThatThrownBy(() -> KeyProtections.open(SoftHsm.config(dataDir, label).environment(Map.of()).build()))
                .hasMessageEndingWith("no PIN (expected: CLAVIS_PKCS11_PIN or --pkcs11-pin-file)");
    }

    @Test
    void aMissingLibraryIsAClearStartUpError() {
        assertThatThrownBy(() -> KeyProtections.open(KeyProtectionConfig.pkcs11(dataDir)
                .pkcs11Library(Path.of("/nonexistent/libpkcs11.so"), "x").build()))
                .hasMessage("--pkcs11-library: /nonexistent/libpkcs11.so not found (expected: a PKCS#11 module,"
                        + " e.g. /usr/lib/softhsm/libsofthsm2.so)");
        Path cfg = dataDir.resolve("bad.cfg");
        assertThatThrownBy(() -> {
            Files.writeString(cfg, "name = Bad\nlibrary = /nonexistent/libpkcs11.so\n");
            KeyProtections.open(KeyProtectionConfig.pkcs11(dataDir).pkcs11Config(cfg)
                    .environment(Map.of(KeyProtectionConfig.PKCS11_PIN_ENV, SoftHsm.PIN)).build());
        }).isInstanceOf(KeyProtectionException.class).hasMessageContaining("SunPKCS11 refused it");
    }

    @Test
    void anUnknownTokenLabelListsTheLabelsThereAre() {
        assertThatThrownBy(() -> KeyProtections.open(SoftHsm.config(dataDir, "no-such-token").build()))
                .hasMessageContaining("--pkcs11-token-label: 'no-such-token' not found in " + SoftHsm.LIBRARY)
                .hasMessageContaining(SoftHsm.label(1));
    }

    @Test
    void aStuckTokenIsABusyErrorWithinTheTimeoutNotAHang() throws Exception {
        String label = SoftHsm.freshToken();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (KeyStoreKeyProtection p = (KeyStoreKeyProtection) KeyProtections.open(SoftHsm.config(dataDir, label)
                .sessionPoolSize(1).sessionAcquireTimeout(Duration.ofMillis(200)).build())) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Object> stuck = pool.submit(() -> p.guarded("stuck operation", () -> {
                holding.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> p.seal("u", "SymmetricKey", new byte[16]))
                    .isInstanceOf(KeyProtectionException.class)
                    .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                            .isEqualTo(KeyProtectionException.Reason.BUSY))
                    .hasMessageContaining("no session free after 200 ms");
            release.countDown();
            stuck.get(30, TimeUnit.SECONDS);
            assertThat(p.unseal("u", "SymmetricKey", p.seal("u", "SymmetricKey", new byte[] {1}))).containsExactly(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyDeletedBehindOurBackIsAPerRequestErrorAndTheRestKeepsWorking() throws Exception {
        String label = SoftHsm.freshToken();
        try (KeyProtection p = KeyProtections.open(SoftHsm.config(dataDir, label).build())) {
            KeyHandle aes = p.generateResidentKey(ResidentKeyAlgorithm.AES, 256);
            byte[] iv = p.randomBytes(12);
            p.encrypt(aes, CipherAlgorithm.AES_GCM, iv, null, new byte[8]);
            inspect(label).deleteEntry(aes.reference());
            assertThatThrownBy(() -> p.encrypt(aes, CipherAlgorithm.AES_GCM, p.randomBytes(12), null, new byte[8]))
                    .isInstanceOf(KeyProtectionException.class)
                    .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                            .isEqualTo(KeyProtectionException.Reason.TOKEN))
                    .hasMessageContaining("CKR_OBJECT_HANDLE_INVALID");
            assertThat(p.unseal("u", "SymmetricKey", p.seal("u", "SymmetricKey", new byte[] {3}))).containsExactly(3);
            assertThat(p.health().healthy()).isTrue();
        }
    }

    @Test
    void aRemovedTokenGivesPerRequestTokenErrorsNotAHangNorACrash() throws Exception {
        String label = SoftHsm.freshToken();
        try (KeyProtection p = KeyProtections.open(SoftHsm.config(dataDir, label).build())) {
            SealedBlob blob = p.seal("u", "SymmetricKey", new byte[] {1});
            SoftHsm.run(java.util.List.of("softhsm2-util", "--delete-token", "--token", label),
                    Path.of(System.getenv("SOFTHSM2_CONF")));
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThatThrownBy(() -> p.unseal("u", "SymmetricKey", blob))
                        .isInstanceOf(KeyProtectionException.class)
                        .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                                .isEqualTo(KeyProtectionException.Reason.TOKEN));
                assertThatThrownBy(() -> p.generateResidentKey(ResidentKeyAlgorithm.AES, 128))
                        .isInstanceOf(KeyProtectionException.class)
                        .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                                .isEqualTo(KeyProtectionException.Reason.TOKEN));
                KeyProtectionHealth health = p.health();
                assertThat(health.healthy()).isFalse();
                assertThat(health.detail()).startsWith("TOKEN: pkcs11 seal");
            }
        }
        assertThatThrownBy(() -> KeyProtections.open(SoftHsm.config(dataDir, label).build()))
                .isInstanceOf(KeyProtectionException.class)
                .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                        .isEqualTo(KeyProtectionException.Reason.CONFIGURATION));
    }

    @Test
    void theShippedSunPkcs11ExampleOpensTheFirstToken() throws Exception {
        Path example = Path.of("..", "conf", "pkcs11-softhsm2.cfg.example");
        assertThat(example).exists();
        SoftHsm.freshToken();
        try (KeyProtection p = KeyProtections.open(KeyProtectionConfig.pkcs11(dataDir).pkcs11Config(example)
                .environment(Map.of(KeyProtectionConfig.PKCS11_PIN_ENV, SoftHsm.PIN)).build())) {
            assertThat(p.health().healthy()).isTrue();
            assertThat(p.toString()).contains("PKCS#11 config ../conf/pkcs11-softhsm2.cfg.example");
        }
    }
}
