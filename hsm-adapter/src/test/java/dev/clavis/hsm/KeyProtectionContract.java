package dev.clavis.hsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link KeyProtection} must do, run against the software implementation and against
 * PKCS#11 on a real SoftHSM2 token.
 */
abstract class KeyProtectionContract {

    static final String UID = "5d2b0a3e-2c1f-4f7e-9d2e-0c1b2a3d4e5f";
    static final String TYPE = "SymmetricKey";

    @TempDir
    Path dataDir;

    KeyProtection protection;

    /** Opens the implementation over {@link #dataDir}: fresh on the first call of a test, reopened later. */
    abstract KeyProtection open();

    @BeforeEach
    void openProtection() {
        protection = open();
    }

    @AfterEach
    void closeProtection() {
        if (protection != null) {
            protection.close();
        }
    }

    static byte[] key(int byteCount, int seed) {
        byte[] key = new byte[byteCount];
        for (int i = 0; i < byteCount; i++) {
            key[i] = (byte) (i * 31 + seed);
        }
        return key;
    }

    // ---- sealing ------------------------------------------------------------------------------

    @Test
    void sealedKeyMaterialOpensToTheSameBytes() {
        for (int size : new int[] {0, 1, 16, 32, 64, 1000, 4096}) {
            byte[] material = key(size, size);
            SealedBlob blob = protection.seal(UID, TYPE, material);
            assertThat(blob.kekVersion()).isEqualTo(protection.currentKekVersion());
            assertThat(blob.byteCount()).isEqualTo(1 + 4 + 12 + size + 16);
            assertThat(blob.plaintextByteCount()).isEqualTo(size);
            assertThat(protection.unseal(UID, TYPE, blob)).isEqualTo(material);
        }
    }

    @Test
    void blobIsSelfDescribingAndCarriesNoPlaintext() {
        byte[] material = key(32, 7);
        SealedBlob blob = protection.seal(UID, TYPE, material);
        byte[] bytes = blob.bytes();
        assertThat(bytes[0]).isEqualTo(SealedBlob.FORMAT_AES256_GCM);
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(protection.currentKekVersion());
        assertThat(SealedBlob.of(bytes)).isEqualTo(blob);
        assertThat(indexOf(bytes, Arrays.copyOf(material, 8))).isEqualTo(-1);
        assertThat(blob.toString()).isEqualTo("SealedBlob[format=1, kekVersion=" + blob.kekVersion()
                + ", byteCount=65]");
    }

    @Test
    void everySealUsesAFreshNonce() {
        byte[] material = key(32, 1);
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            byte[] bytes = protection.seal(UID, TYPE, material).bytes();
            nonces.add(java.util.HexFormat.of().formatHex(bytes, 5, 17));
        }
        assertThat(nonces).hasSize(200);
    }

    @Test
    void aFlippedBitAnywhereAfterTheHeaderFailsClosed() {
        byte[] material = key(32, 3);
        byte[] bytes = protection.seal(UID, TYPE, material).bytes();
        for (int i = 5; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            SealedBlob blob = SealedBlob.of(tampered);
            assertThatThrownBy(() -> protection.unseal(UID, TYPE, blob))
                    .isInstanceOf(KeyProtectionException.class)
                    .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                            .isEqualTo(KeyProtectionException.Reason.INTEGRITY))
                    .hasMessageContaining(UID);
        }
        // A failed open leaves nothing half-done: the next seal and unseal work.
        assertThat(protection.unseal(UID, TYPE, protection.seal(UID, TYPE, material))).isEqualTo(material);
    }

    @Test
    void aBlobMovedToAnotherObjectOrTypeFailsClosed() {
        SealedBlob blob = protection.seal(UID, TYPE, key(32, 4));
        assertIntegrityFailure(() -> protection.unseal("another-uid", TYPE, blob));
        assertIntegrityFailure(() -> protection.unseal(UID, "PrivateKey", blob));
        // Length-prefixed fields: moving bytes between uid and type does not collide.
        SealedBlob split = protection.seal("ab", "c", key(16, 5));
        assertIntegrityFailure(() -> protection.unseal("a", "bc", split));
    }

    @Test
    void aBlobRelabelledWithAnotherKekVersionFailsClosed() {
        int v1 = protection.currentKekVersion();
        SealedBlob blob = protection.seal(UID, TYPE, key(32, 6));
        int v2 = protection.rotateKek();
        byte[] bytes = blob.bytes();
        ByteBuffer.wrap(bytes, 1, 4).putInt(v2);
        assertIntegrityFailure(() -> protection.unseal(UID, TYPE, SealedBlob.of(bytes)));
        ByteBuffer.wrap(bytes, 1, 4).putInt(v2 + 40);
        assertIntegrityFailure(() -> protection.unseal(UID, TYPE, SealedBlob.of(bytes)));
        assertThat(protection.unseal(UID, TYPE, blob)).isEqualTo(key(32, 6));
        assertThat(v2).isEqualTo(v1 + 1);
    }

    @Test
    void malformedBlobsAreRefusedBeforeAnyCrypto() {
        assertThatThrownBy(() -> SealedBlob.of(new byte[5])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected: >= 33");
        byte[] bad = protection.seal(UID, TYPE, key(16, 1)).bytes();
        bad[0] = 0x02;
        assertThatThrownBy(() -> SealedBlob.of(bad)).hasMessageContaining("sealed blob format: 0x02");
        assertThatThrownBy(() -> protection.seal("", TYPE, new byte[1]))
                .isInstanceOf(KeyProtectionException.class).hasMessageContaining("uid: empty");
    }

    @Test
    void keysSealedBeforeARestartOpenAfterIt() {
        SealedBlob blob = protection.seal(UID, TYPE, key(32, 8));
        int version = protection.currentKekVersion();
        protection.close();
        protection = open();
        assertThat(protection.currentKekVersion()).isEqualTo(version);
        assertThat(protection.unseal(UID, TYPE, blob)).isEqualTo(key(32, 8));
    }

    @Test
    void concurrentSealAndUnsealFromEightThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        String uid = "uid-" + thread + "-" + i;
                        byte[] material = key(32, thread * 1000 + i);
                        byte[] back = protection.unseal(uid, TYPE, protection.seal(uid, TYPE, material));
                        if (!Arrays.equals(material, back)) {
                            return i;
                        }
                    }
                    return -1;
                }));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(-1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- randomness and health ----------------------------------------------------------------

    @Test
    void randomBytesComeFreshFromTheDrbg() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            byte[] r = protection.randomBytes(32);
            assertThat(r).hasSize(32);
            seen.add(java.util.HexFormat.of().formatHex(r));
        }
        assertThat(seen).hasSize(100);
        assertThat(protection.randomBytes(0)).isEmpty();
        assertThatThrownBy(() -> protection.randomBytes(-1)).isInstanceOf(KeyProtectionException.class);
    }

    @Test
    void healthReportsTheCurrentKekAndTurnsDownWhenClosed() {
        KeyProtectionHealth health = protection.health();
        assertThat(health.healthy()).isTrue();
        assertThat(health.kind()).isEqualTo(protection.kind());
        assertThat(health.currentKekVersion()).isEqualTo(protection.currentKekVersion());
        assertThat(health.detail()).contains("seal and unseal under KEK v" + protection.currentKekVersion());
        protection.close();
        assertThat(protection.health().healthy()).isFalse();
        assertThatThrownBy(() -> protection.seal(UID, TYPE, new byte[16]))
                .isInstanceOf(KeyProtectionException.class).hasMessageContaining("closed");
    }

    // ---- rotation -----------------------------------------------------------------------------

    @Test
    void afterRotationEveryBlobOpensUnderTheNewVersionAndTheOldKekIsGone() {
        MemorySealedBlobSource store = new MemorySealedBlobSource();
        int old = protection.currentKekVersion();
        for (int i = 0; i < 57; i++) {
            store.put(String.format("uid-%03d", i), TYPE, protection.seal(String.format("uid-%03d", i), TYPE, key(32, i)));
        }
        SealedBlob oldBlob = store.blob("uid-000");
        int fresh = protection.rotateKek();
        assertThat(protection.kekVersions()).containsExactly(old, fresh);
        store.put("uid-new", TYPE, protection.seal("uid-new", TYPE, key(32, 99)));

        List<ResealProgress> progress = new ArrayList<>();
        ResealJob job = new ResealJob(protection, store, 10, progress::add);
        ResealProgress last = job.run();

        assertThat(last.complete()).isTrue();
        assertThat(last.scanned()).isEqualTo(58);
        assertThat(last.resealed()).isEqualTo(57);
        assertThat(last.alreadyCurrent()).isEqualTo(1);
        assertThat(progress).hasSize(6);
        assertThat(progress.get(0).scanned()).isEqualTo(10);
        assertThat(progress.get(0).done()).isFalse();
        assertThat(progress.get(5).toString()).startsWith("re-seal to KEK v" + fresh + " done: scanned 58");
        assertThat(store.countByKekVersion(old)).isZero();
        assertThat(store.countByKekVersion(fresh)).isEqualTo(58);

        assertThat(job.retireUnused()).containsExactly(old);
        assertThat(protection.kekVersions()).containsExactly(fresh);
        for (int i = 0; i < 57; i++) {
            String uid = String.format("uid-%03d", i);
            assertThat(store.blob(uid).kekVersion()).isEqualTo(fresh);
            assertThat(protection.unseal(uid, TYPE, store.blob(uid))).isEqualTo(key(32, i));
        }
        assertIntegrityFailure(() -> protection.unseal("uid-000", TYPE, oldBlob));

        // The retired version stays gone after a restart; the current one stays current.
        protection.close();
        protection = open();
        assertThat(protection.kekVersions()).containsExactly(fresh);
        assertThat(protection.unseal("uid-001", TYPE, store.blob("uid-001"))).isEqualTo(key(32, 1));
    }

    @Test
    void aKekInUseOrCurrentIsNotRetired() {
        MemorySealedBlobSource store = new MemorySealedBlobSource();
        int old = protection.currentKekVersion();
        store.put("a", TYPE, protection.seal("a", TYPE, key(16, 1)));
        int fresh = protection.rotateKek();
        assertThatThrownBy(() -> protection.retireKek(old, store))
                .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                        .isEqualTo(KeyProtectionException.Reason.KEK_IN_USE))
                .hasMessageContaining("1 blobs still sealed under it");
        assertThatThrownBy(() -> protection.retireKek(fresh, new MemorySealedBlobSource()))
                .hasMessageContaining("it is current");
        assertThatThrownBy(() -> protection.retireKek(fresh + 5, new MemorySealedBlobSource()))
                .hasMessageContaining("not present");
        assertThat(new ResealJob(protection, store, 100, p -> { }).retireUnused()).isEmpty();
        assertThat(protection.kekVersions()).containsExactly(old, fresh);
    }

    // ---- resident keys ------------------------------------------------------------------------

    @Test
    void residentAesKeyEncryptsAndDecryptsInPlace() {
        KeyHandle aes = protection.generateResidentKey(ResidentKeyAlgorithm.AES, 256);
        assertThat(aes.algorithm()).isEqualTo(ResidentKeyAlgorithm.AES);
        byte[] plain = "attack at dawn, or at nine".getBytes(StandardCharsets.UTF_8);
        byte[] iv12 = protection.randomBytes(12);
        byte[] aad = "aad".getBytes(StandardCharsets.UTF_8);
        byte[] gcm = protection.encrypt(aes, CipherAlgorithm.AES_GCM, iv12, aad, plain);
        assertThat(gcm).hasSize(plain.length + 16);
        assertThat(protection.decrypt(aes, CipherAlgorithm.AES_GCM, iv12, aad, gcm)).isEqualTo(plain);
        gcm[0] ^= 1;
        assertIntegrityFailure(() -> protection.decrypt(aes, CipherAlgorithm.AES_GCM, iv12, aad, gcm));

        byte[] iv16 = protection.randomBytes(16);
        byte[] cbc = protection.encrypt(aes, CipherAlgorithm.AES_CBC_PKCS5, iv16, null, plain);
        assertThat(cbc).hasSize(32);
        assertThat(protection.decrypt(aes, CipherAlgorithm.AES_CBC_PKCS5, iv16, null, cbc)).isEqualTo(plain);

        assertThatThrownBy(() -> protection.encrypt(aes, CipherAlgorithm.AES_GCM, iv16, null, plain))
                .hasMessageContaining("IV length: 16 (expected: 12)");
        assertThatThrownBy(() -> protection.sign(aes, SignatureAlgorithm.SHA256_WITH_RSA, plain))
                .hasMessageContaining("AES key (expected: RSA)");
    }

    @Test
    void residentHmacKeyMacs() {
        KeyHandle hmac = protection.generateResidentKey(ResidentKeyAlgorithm.HMAC, 256);
        byte[] data = "message".getBytes(StandardCharsets.UTF_8);
        byte[] mac = protection.mac(hmac, MacAlgorithm.HMAC_SHA256, data);
        assertThat(mac).hasSize(32);
        assertThat(protection.mac(hmac, MacAlgorithm.HMAC_SHA256, data)).isEqualTo(mac);
        assertThat(protection.mac(hmac, MacAlgorithm.HMAC_SHA256, "messagf".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(mac);
        KeyHandle other = protection.generateResidentKey(ResidentKeyAlgorithm.HMAC, 256);
        assertThat(protection.mac(other, MacAlgorithm.HMAC_SHA256, data)).isNotEqualTo(mac);
    }

    @Test
    void residentRsaKeySignsAndDecryptsAndItsPublicKeyVerifiesOutside() throws Exception {
        KeyHandle rsa = protection.generateResidentKey(ResidentKeyAlgorithm.RSA, 2048);
        byte[] data = "to be signed".getBytes(StandardCharsets.UTF_8);
        PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(protection.publicKey(rsa)));

        byte[] pkcs1 = protection.sign(rsa, SignatureAlgorithm.SHA256_WITH_RSA, data);
        assertThat(protection.verify(rsa, SignatureAlgorithm.SHA256_WITH_RSA, data, pkcs1)).isTrue();
        Signature jdk = Signature.getInstance("SHA256withRSA");
        jdk.initVerify(publicKey);
        jdk.update(data);
        assertThat(jdk.verify(pkcs1)).isTrue();

        byte[] pss = protection.sign(rsa, SignatureAlgorithm.SHA256_WITH_RSA_PSS, data);
        Signature jdkPss = Signature.getInstance("RSASSA-PSS");
        jdkPss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        jdkPss.initVerify(publicKey);
        jdkPss.update(data);
        assertThat(jdkPss.verify(pss)).isTrue();
        assertThat(protection.verify(rsa, SignatureAlgorithm.SHA256_WITH_RSA_PSS, data, pss)).isTrue();
        pss[10] ^= 1;
        assertThat(protection.verify(rsa, SignatureAlgorithm.SHA256_WITH_RSA_PSS, data, pss)).isFalse();

        byte[] secret = key(32, 42);
        Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        oaep.init(Cipher.ENCRYPT_MODE, publicKey, new javax.crypto.spec.OAEPParameterSpec("SHA-256", "MGF1",
                MGF1ParameterSpec.SHA256, javax.crypto.spec.PSource.PSpecified.DEFAULT));
        byte[] wrapped = oaep.doFinal(secret);
        assertThat(protection.decrypt(rsa, CipherAlgorithm.RSA_OAEP_SHA256, null, null, wrapped)).isEqualTo(secret);
        byte[] own = protection.encrypt(rsa, CipherAlgorithm.RSA_OAEP_SHA256, null, null, secret);
        assertThat(protection.decrypt(rsa, CipherAlgorithm.RSA_OAEP_SHA256, null, null, own)).isEqualTo(secret);
        byte[] v15 = protection.encrypt(rsa, CipherAlgorithm.RSA_PKCS1, null, null, secret);
        assertThat(protection.decrypt(rsa, CipherAlgorithm.RSA_PKCS1, null, null, v15)).isEqualTo(secret);
    }

    @Test
    void residentEcKeysSignOnP256AndP384() throws Exception {
        for (int size : new int[] {256, 384}) {
            KeyHandle ec = protection.generateResidentKey(ResidentKeyAlgorithm.EC, size);
            SignatureAlgorithm algorithm = size == 256 ? SignatureAlgorithm.SHA256_WITH_ECDSA
                    : SignatureAlgorithm.SHA384_WITH_ECDSA;
            byte[] data = ("ec " + size).getBytes(StandardCharsets.UTF_8);
            byte[] signature = protection.sign(ec, algorithm, data);
            Signature jdk = Signature.getInstance(algorithm.jcaName());
            jdk.initVerify(KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(protection.publicKey(ec))));
            jdk.update(data);
            assertThat(jdk.verify(signature)).isTrue();
            assertThat(protection.verify(ec, algorithm, "other".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        }
    }

    @Test
    void residentKeysSurviveARestartAndAreGoneWhenDestroyed() {
        KeyHandle aes = protection.generateResidentKey(ResidentKeyAlgorithm.AES, 128);
        KeyHandle ec = protection.generateResidentKey(ResidentKeyAlgorithm.EC, 256);
        byte[] iv = protection.randomBytes(12);
        byte[] ct = protection.encrypt(aes, CipherAlgorithm.AES_GCM, iv, null, key(20, 1));
        protection.close();
        protection = open();
        assertThat(protection.findResidentKey(aes.reference())).contains(aes);
        assertThat(protection.findResidentKey(ec.reference())).contains(ec);
        assertThat(protection.decrypt(aes, CipherAlgorithm.AES_GCM, iv, null, ct)).isEqualTo(key(20, 1));

        protection.destroy(aes);
        protection.destroy(aes);
        assertThat(protection.findResidentKey(aes.reference())).isEmpty();
        assertThatThrownBy(() -> protection.decrypt(aes, CipherAlgorithm.AES_GCM, iv, null, ct))
                .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                        .isEqualTo(KeyProtectionException.Reason.UNKNOWN_KEY));
        protection.destroy(ec);
        assertThat(protection.findResidentKey(ec.reference())).isEmpty();
        assertThat(protection.findResidentKey("not-a-reference")).isEmpty();
    }

    @Test
    void residentKeySizesAreChecked() {
        assertThatThrownBy(() -> protection.generateResidentKey(ResidentKeyAlgorithm.AES, 100))
                .hasMessage("AES key size: 100 (expected: one of [128, 192, 256])");
        assertThatThrownBy(() -> protection.generateResidentKey(ResidentKeyAlgorithm.RSA, 1024))
                .hasMessageContaining("RSA key size: 1024");
    }

    // ---- helpers ------------------------------------------------------------------------------

    static void assertIntegrityFailure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(KeyProtectionException.class)
                .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                        .isEqualTo(KeyProtectionException.Reason.INTEGRITY));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
