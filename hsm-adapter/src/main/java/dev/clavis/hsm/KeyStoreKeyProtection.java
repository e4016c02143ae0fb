package dev.clavis.hsm;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * What both implementations share: KEK versions and resident keys are {@link KeyStore} entries
 * (PKCS#12 file or PKCS#11 token), sealing is AES-256-GCM in the keystore's provider, and every
 * operation passes through a bounded set of permits with an acquire timeout.
 *
 * <p>Aliases: KEK {@code <prefix>kek-v<N>}; resident keys {@code <prefix>key-<alg>-<size>-<hex>}
 * (lower case: PKCS#12 aliases are case-insensitive).
 */
abstract sealed class KeyStoreKeyProtection implements KeyProtection
        permits SoftwareKeyProtection, Pkcs11KeyProtection {

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int MAX_SEAL_BYTES = 1 << 20;
    static final int GCM_POOL_SIZE = 64;
    static final String PROBE_UID = "clavis-health-probe";
    /** OAEP with SHA-256 for the label hash and MGF1 (the JCA default MGF1 hash would be SHA-1). */
    static final javax.crypto.spec.OAEPParameterSpec OAEP_SHA256 = new javax.crypto.spec.OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, javax.crypto.spec.PSource.PSpecified.DEFAULT);

    private static final System.Logger LOG = System.getLogger(KeyStoreKeyProtection.class.getName());

    final KeyStore keyStore;
    final java.security.Provider provider;
    private final String kekPrefix;
    private final String keyPrefix;
    private final SecureRandom drbg;
    private final Semaphore permits;
    private final Duration acquireTimeout;
    private final Map<Integer, SecretKey> keks = new ConcurrentHashMap<>();
    private final Map<String, Key> residentCache = new ConcurrentHashMap<>();
    /**
     * AES/GCM/NoPadding instances for seal and unseal, reused: {@code Cipher.getInstance} walks the
     * provider list on every call (3-4 % of the server's samples under Get, ADR 0007). A cipher is
     * put back only after a successful {@code doFinal} (it is then reset for the next
     * {@code init}); at most {@link #GCM_POOL_SIZE} are kept.
     */
    private final java.util.concurrent.ArrayBlockingQueue<Cipher> gcmPool =
            new java.util.concurrent.ArrayBlockingQueue<>(GCM_POOL_SIZE);
    private final Object writeLock = new Object();
    private volatile int current;
    /** The KEK versions present, ascending; read from the keystore at start, kept up to date here. */
    private volatile List<Integer> versions = List.of();
    private volatile boolean closed;

    KeyStoreKeyProtection(KeyStore keyStore, java.security.Provider provider, String aliasPrefix,
            KeyProtectionConfig config) {
        this.keyStore = keyStore;
        this.provider = provider;
        this.kekPrefix = aliasPrefix + "kek-v";
        this.keyPrefix = aliasPrefix + "key-";
        this.drbg = SelfTest.newDrbg("clavis-" + kind());
        this.permits = new Semaphore(config.sessionPoolSize(), true);
        this.acquireTimeout = config.sessionAcquireTimeout();
    }

    /** The protection for keystore entries (a password for PKCS#12, none for PKCS#11). */
    abstract KeyStore.ProtectionParameter entryProtection();

    /** Makes a keystore change durable (rewrite the PKCS#12 file; nothing for a token). */
    abstract void persist() throws IOException, GeneralSecurityException;

    /** A new AES-256 KEK, ready for {@link KeyStore#setEntry}. */
    abstract SecretKey newKek(SecureRandom random) throws GeneralSecurityException;

    /** Checks a KEK read from the keystore meets the implementation's rules. */
    abstract void checkKek(String alias, SecretKey kek);

    /** Releases what the subclass holds. */
    abstract void release();

    /** Loads the KEK versions, creates version 1 on first start, then probes seal and unseal. */
    final void start() {
        List<Integer> found = listKekVersions();
        if (found.isEmpty()) {
            int v = createKek(1);
            LOG.log(System.Logger.Level.INFO, kind() + ": created KEK v" + v + " (first start)");
            found = List.of(v);
        }
        for (int v : found) {
            kek(v);
        }
        versions = found;
        current = found.get(found.size() - 1);
        KeyProtectionHealth health = health();
        if (!health.healthy()) {
            throw new KeyProtectionException(KeyProtectionException.Reason.SELF_TEST,
                    kind() + " start-up probe failed: " + health.detail());
        }
    }

    // ---- sealing ------------------------------------------------------------------------------

    @Override
    public final SealedBlob seal(String uid, String objectType, byte[] keyMaterial) {
        requireOpen();
        requireText("uid", uid);
        requireText("object type", objectType);
        if (keyMaterial == null || keyMaterial.length > MAX_SEAL_BYTES) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT, "key material length: "
                    + (keyMaterial == null ? "null" : keyMaterial.length) + " (expected: 0.." + MAX_SEAL_BYTES + ")");
        }
        int version = current;
        SecretKey kek = kek(version);
        byte[] blob = new byte[SealedBlob.HEADER_BYTES + keyMaterial.length + SealedBlob.TAG_BYTES];
        blob[0] = SealedBlob.FORMAT_AES256_GCM;
        ByteBuffer.wrap(blob, 1, 4).putInt(version);
        byte[] nonce = randomBytes(NONCE_BYTES);
        System.arraycopy(nonce, 0, blob, 5, NONCE_BYTES);
        return guarded("seal", () -> {
            Cipher cipher = gcm();
            cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(uid, objectType, version));
            int n = cipher.doFinal(keyMaterial, 0, keyMaterial.length, blob, SealedBlob.HEADER_BYTES);
            gcmPool.offer(cipher);
            if (n != keyMaterial.length + SealedBlob.TAG_BYTES) {
                throw new GeneralSecurityException("AES-GCM output length: " + n + " (expected: "
                        + (keyMaterial.length + SealedBlob.TAG_BYTES) + ")");
            }
            return new SealedBlob(version, blob);
        });
    }

    @Override
    public final byte[] unseal(String uid, String objectType, SealedBlob blob) {
        requireOpen();
        requireText("uid", uid);
        requireText("object type", objectType);
        if (blob == null) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT,
                    "sealed blob: null (expected: a blob)");
        }
        int version = blob.kekVersion();
        SecretKey kek = keks.get(version);
        if (kek == null) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INTEGRITY, "sealed blob for uid " + uid
                    + ": KEK v" + version + " not present (expected: one of " + kekVersions() + ")");
        }
        byte[] raw = blob.raw();
        return guarded("unseal", () -> {
            Cipher cipher = gcm();
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, raw, 5, NONCE_BYTES));
            cipher.updateAAD(aad(uid, objectType, version));
            try {
                byte[] plain = cipher.doFinal(raw, SealedBlob.HEADER_BYTES, raw.length - SealedBlob.HEADER_BYTES);
                gcmPool.offer(cipher);
                return plain;
            } catch (AEADBadTagException e) {
                throw new KeyProtectionException(KeyProtectionException.Reason.INTEGRITY, "sealed blob for uid " + uid
                        + " does not open under KEK v" + version
                        + " (expected: a blob sealed for this uid and object type, unaltered)");
            }
        });
    }

    @Override
    public final SealedBlob reseal(String uid, String objectType, SealedBlob blob) {
        if (blob != null && blob.kekVersion() == current) {
            return blob;
        }
        byte[] plain = unseal(uid, objectType, blob);
        try {
            return seal(uid, objectType, plain);
        } finally {
            Secrets.wipe(plain);
        }
    }

    /**
     * {@code format ‖ len ‖ uid ‖ len ‖ objectType ‖ version}: lengths and version 4-byte big-endian,
     * strings UTF-8, so no two different (uid, type) pairs give the same bytes.
     */
    static byte[] aad(String uid, String objectType, int version) {
        byte[] u = uid.getBytes(StandardCharsets.UTF_8);
        byte[] t = objectType.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + 4 + u.length + 4 + t.length + 4)
                .put(SealedBlob.FORMAT_AES256_GCM)
                .putInt(u.length).put(u)
                .putInt(t.length).put(t)
                .putInt(version)
                .array();
    }

    // ---- randomness ---------------------------------------------------------------------------

    @Override
    public final byte[] randomBytes(int byteCount) {
        if (byteCount < 0 || byteCount > MAX_SEAL_BYTES) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT,
                    "random byte count: " + byteCount + " (expected: 0.." + MAX_SEAL_BYTES + ")");
        }
        byte[] out = new byte[byteCount];
        drbg.nextBytes(out);
        return out;
    }

    // ---- KEK versions -------------------------------------------------------------------------

    @Override
    public final int currentKekVersion() {
        return current;
    }

    @Override
    public final List<Integer> kekVersions() {
        requireOpen();
        return versions;
    }

    /** Reads the KEK versions from the keystore aliases. */
    private List<Integer> listKekVersions() {
        return guarded("list KEK versions", () -> {
            List<Integer> found = new ArrayList<>();
            for (String alias : Collections.list(keyStore.aliases())) {
                String a = alias.toLowerCase(Locale.ROOT);
                if (a.startsWith(kekPrefix)) {
                    try {
                        int v = Integer.parseInt(a.substring(kekPrefix.length()));
                        if (v >= 1) {
                            found.add(v);
                        }
                    } catch (NumberFormatException e) {
                        // Not one of ours: ignore.
                    }
                }
            }
            Collections.sort(found);
            return List.copyOf(found);
        });
    }

    @Override
    public final int rotateKek() {
        requireOpen();
        synchronized (writeLock) {
            List<Integer> present = versions;
            int next = (present.isEmpty() ? 0 : present.get(present.size() - 1)) + 1;
            createKek(next);
            kek(next);
            List<Integer> updated = new ArrayList<>(present);
            updated.add(next);
            versions = List.copyOf(updated);
            current = next;
            LOG.log(System.Logger.Level.INFO, kind() + ": KEK v" + next + " is now current");
            return next;
        }
    }

    @Override
    public final void retireKek(int version, SealedBlobSource inUse) {
        requireOpen();
        synchronized (writeLock) {
            if (version == current) {
                throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT,
                        "retire KEK v" + version + ": it is current (expected: an older version)");
            }
            if (!kekVersions().contains(version)) {
                throw new KeyProtectionException(KeyProtectionException.Reason.UNKNOWN_KEY,
                        "retire KEK v" + version + ": not present (expected: one of " + kekVersions() + ")");
            }
            long count = inUse.countByKekVersion(version);
            if (count != 0) {
                throw new KeyProtectionException(KeyProtectionException.Reason.KEK_IN_USE,
                        "retire KEK v" + version + ": " + count + " blobs still sealed under it (expected: 0)");
            }
            guarded("retire KEK", () -> {
                keyStore.deleteEntry(kekPrefix + version);
                persist();
                return null;
            });
            keks.remove(version);
            List<Integer> updated = new ArrayList<>(versions);
            updated.remove(Integer.valueOf(version));
            versions = List.copyOf(updated);
            LOG.log(System.Logger.Level.INFO, kind() + ": KEK v" + version + " retired");
        }
    }

    private int createKek(int version) {
        synchronized (writeLock) {
            return guarded("create KEK", () -> {
                SecretKey kek = newKek(drbg);
                keyStore.setEntry(kekPrefix + version, new KeyStore.SecretKeyEntry(kek), entryProtection());
                persist();
                return version;
            });
        }
    }

    private SecretKey kek(int version) {
        SecretKey cached = keks.get(version);
        if (cached != null) {
            return cached;
        }
        String alias = kekPrefix + version;
        SecretKey kek = guarded("load KEK", () -> {
            Key key = keyStore.getKey(alias, password());
            if (!(key instanceof SecretKey s)) {
                throw new KeyProtectionException(KeyProtectionException.Reason.UNKNOWN_KEY,
                        "KEK " + alias + ": not found (expected: a secret key entry)");
            }
            return s;
        });
        checkKek(alias, kek);
        keks.put(version, kek);
        return kek;
    }

    /** The password for {@link KeyStore#getKey}, or null. */
    abstract char[] password();

    // ---- resident keys ------------------------------------------------------------------------

    @Override
    public final KeyHandle generateResidentKey(ResidentKeyAlgorithm algorithm, int size) {
        requireOpen();
        if (algorithm == null) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT,
                    "resident key algorithm: null (expected: one of AES, HMAC, RSA, EC)");
        }
        algorithm.requireSize(size);
        String alias = keyPrefix + algorithm.name().toLowerCase(Locale.ROOT) + "-" + size + "-"
                + HexFormat.of().formatHex(randomBytes(12));
        KeyHandle handle = new KeyHandle(alias, algorithm, size);
        synchronized (writeLock) {
            guarded("generate " + algorithm + " key", () -> {
                switch (algorithm) {
                    case AES, HMAC -> {
                        KeyGenerator generator = provider == null
                                ? KeyGenerator.getInstance(algorithm == ResidentKeyAlgorithm.AES ? "AES" : "HmacSHA" + size)
                                : KeyGenerator.getInstance(algorithm == ResidentKeyAlgorithm.AES ? "AES" : "HmacSHA" + size, provider);
                        generator.init(size, drbg);
                        keyStore.setEntry(alias, new KeyStore.SecretKeyEntry(generator.generateKey()),
                                entryProtection());
                    }
                    case RSA, EC -> {
                        KeyPairGenerator generator = provider == null
                                ? KeyPairGenerator.getInstance(algorithm.name())
                                : KeyPairGenerator.getInstance(algorithm.name(), provider);
                        if (algorithm == ResidentKeyAlgorithm.RSA) {
                            generator.initialize(size, drbg);
                        } else {
                            generator.initialize(new ECGenParameterSpec(size == 256 ? "secp256r1" : "secp384r1"), drbg);
                        }
                        KeyPair pair = generator.generateKeyPair();
                        SelfTest.pairwiseConsistency(pair.getPrivate(), pair.getPublic(), provider);
                        X509Certificate certificate = selfSigned(alias, pair);
                        keyStore.setEntry(alias, new KeyStore.PrivateKeyEntry(pair.getPrivate(),
                                new Certificate[] {certificate}), entryProtection());
                    }
                    default -> throw new IllegalStateException();
                }
                persist();
                return null;
            });
        }
        return handle;
    }

    private X509Certificate selfSigned(String alias, KeyPair pair)
            throws GeneralSecurityException, OperatorCreationException {
        X500Name subject = new X500Name("CN=" + alias + ",O=Clavis resident key");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, drbg).add(BigInteger.ONE), Date.from(now.minusSeconds(60)),
                Date.from(now.plus(Duration.ofDays(36_500))), subject, pair.getPublic());
        String signature = pair.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        return new JcaX509CertificateConverter().getCertificate(
                builder.build((provider == null ? new JcaContentSignerBuilder(signature)
                        : new JcaContentSignerBuilder(signature).setProvider(provider)).build(pair.getPrivate())));
    }

    @Override
    public final Optional<KeyHandle> findResidentKey(String reference) {
        requireOpen();
        KeyHandle handle = parse(reference);
        if (handle == null) {
            return Optional.empty();
        }
        boolean present = guarded("find resident key", () -> keyStore.containsAlias(reference));
        return present ? Optional.of(handle) : Optional.empty();
    }

    private KeyHandle parse(String reference) {
        if (reference == null || !reference.startsWith(keyPrefix)) {
            return null;
        }
        String[] parts = reference.substring(keyPrefix.length()).split("-");
        if (parts.length != 3) {
            return null;
        }
        try {
            ResidentKeyAlgorithm algorithm = ResidentKeyAlgorithm.valueOf(parts[0].toUpperCase(Locale.ROOT));
            int size = Integer.parseInt(parts[1]);
            return algorithm.sizes().contains(size) ? new KeyHandle(reference, algorithm, size) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public final byte[] encrypt(KeyHandle key, CipherAlgorithm algorithm, byte[] iv, byte[] aad, byte[] plaintext) {
        return crypt(Cipher.ENCRYPT_MODE, key, algorithm, iv, aad, plaintext);
    }

    @Override
    public final byte[] decrypt(KeyHandle key, CipherAlgorithm algorithm, byte[] iv, byte[] aad, byte[] ciphertext) {
        return crypt(Cipher.DECRYPT_MODE, key, algorithm, iv, aad, ciphertext);
    }

    private byte[] crypt(int mode, KeyHandle key, CipherAlgorithm algorithm, byte[] iv, byte[] aad, byte[] data) {
        requireOpen();
        requireAlgorithm(key, algorithm.keyAlgorithm(), algorithm.name());
        if (data == null) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT, "data: null (expected: bytes)");
        }
        if (algorithm.ivBytes() > 0 && (iv == null || iv.length != algorithm.ivBytes())) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT, algorithm + " IV length: "
                    + (iv == null ? "null" : iv.length) + " (expected: " + algorithm.ivBytes() + ")");
        }
        if (aad != null && algorithm != CipherAlgorithm.AES_GCM) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT,
                    algorithm + " associated data: present (expected: only with AES_GCM)");
        }
        return guarded(algorithm + (mode == Cipher.ENCRYPT_MODE ? " encrypt" : " decrypt"), () -> {
            switch (algorithm) {
                case AES_GCM, AES_CBC_PKCS5 -> {
                    Cipher cipher = cipher(algorithm.jcaName());
                    cipher.init(mode, residentKey(key), algorithm == CipherAlgorithm.AES_GCM
                            ? new GCMParameterSpec(TAG_BITS, iv) : new IvParameterSpec(iv));
                    if (aad != null) {
                        cipher.updateAAD(aad);
                    }
                    try {
                        return cipher.doFinal(data);
                    } catch (AEADBadTagException e) {
                        throw new KeyProtectionException(KeyProtectionException.Reason.INTEGRITY,
                                "AES-GCM decrypt: authentication tag mismatch (expected: unaltered ciphertext)");
                    }
                }
                case RSA_OAEP_SHA256, RSA_PKCS1 -> {
                    if (mode == Cipher.ENCRYPT_MODE) {
                        Cipher cipher = Cipher.getInstance(algorithm.jcaName());
                        if (algorithm == CipherAlgorithm.RSA_OAEP_SHA256) {
                            cipher.init(mode, publicKeyOf(key), OAEP_SHA256, drbg);
                        } else {
                            cipher.init(mode, publicKeyOf(key), drbg);
                        }
                        return cipher.doFinal(data);
                    }
                    return rsaDecrypt(algorithm, (PrivateKey) residentKey(key), key.size(), data);
                }
                default -> throw new IllegalStateException();
            }
        });
    }

    /** An AES/GCM/NoPadding cipher of the keystore's provider, from the pool when one is there. */
    private Cipher gcm() throws GeneralSecurityException {
        Cipher c = gcmPool.poll();
        return c != null ? c : cipher("AES/GCM/NoPadding");
    }

    final Cipher cipher(String transformation) throws GeneralSecurityException {
        return provider == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, provider);
    }

    /** RSA decryption with the resident private key; PKCS#11 overrides it for OAEP. */
    byte[] rsaDecrypt(CipherAlgorithm algorithm, PrivateKey key, int modulusBits, byte[] data)
            throws GeneralSecurityException {
        Cipher cipher = cipher(algorithm.jcaName());
        if (algorithm == CipherAlgorithm.RSA_OAEP_SHA256) {
            cipher.init(Cipher.DECRYPT_MODE, key, OAEP_SHA256);
        } else {
            cipher.init(Cipher.DECRYPT_MODE, key);
        }
        return cipher.doFinal(data);
    }

    @Override
    public final byte[] sign(KeyHandle key, SignatureAlgorithm algorithm, byte[] data) {
        requireOpen();
        requireAlgorithm(key, algorithm.keyAlgorithm(), algorithm.name());
        return guarded(algorithm + " sign", () -> {
            Signature signer = signature(algorithm, provider);
            signer.initSign((PrivateKey) residentKey(key));
            signer.update(data);
            return signer.sign();
        });
    }

    @Override
    public final boolean verify(KeyHandle key, SignatureAlgorithm algorithm, byte[] data, byte[] signature) {
        requireOpen();
        requireAlgorithm(key, algorithm.keyAlgorithm(), algorithm.name());
        PublicKey publicKey = publicKeyOf(key);
        return guarded(algorithm + " verify", () -> {
            Signature verifier = signature(algorithm, null);
            verifier.initVerify(publicKey);
            verifier.update(data);
            try {
                return verifier.verify(signature);
            } catch (java.security.SignatureException e) {
                return false; // malformed signature: not valid
            }
        });
    }

    private static Signature signature(SignatureAlgorithm algorithm, java.security.Provider provider)
            throws GeneralSecurityException {
        if (provider != null) {
            return Signature.getInstance(algorithm.jcaName(), provider);
        }
        if (algorithm == SignatureAlgorithm.SHA256_WITH_RSA_PSS) {
            // In process PSS is "RSASSA-PSS" with explicit parameters: SHA-256, MGF1-SHA-256, salt 32.
            Signature s = Signature.getInstance("RSASSA-PSS");
            s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            return s;
        }
        return Signature.getInstance(algorithm.jcaName());
    }

    @Override
    public final byte[] mac(KeyHandle key, MacAlgorithm algorithm, byte[] data) {
        requireOpen();
        requireAlgorithm(key, ResidentKeyAlgorithm.HMAC, algorithm.name());
        return guarded(algorithm + " MAC", () -> {
            Mac mac = provider == null ? Mac.getInstance(algorithm.jcaName()) : Mac.getInstance(algorithm.jcaName(), provider);
            mac.init(residentKey(key));
            return mac.doFinal(data);
        });
    }

    @Override
    public final byte[] publicKey(KeyHandle key) {
        requireOpen();
        if (!key.algorithm().keyPair()) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT,
                    "public key of " + key.reference() + ": " + key.algorithm() + " (expected: RSA or EC)");
        }
        return publicKeyOf(key).getEncoded();
    }

    private PublicKey publicKeyOf(KeyHandle key) {
        return guarded("read public key", () -> {
            Certificate certificate = keyStore.getCertificate(key.reference());
            if (certificate == null) {
                throw unknown(key);
            }
            return certificate.getPublicKey();
        });
    }

    @Override
    public final void destroy(KeyHandle key) {
        requireOpen();
        synchronized (writeLock) {
            guarded("destroy resident key", () -> {
                if (keyStore.containsAlias(key.reference())) {
                    keyStore.deleteEntry(key.reference());
                    persist();
                }
                return null;
            });
            residentCache.remove(key.reference());
        }
    }

    private Key residentKey(KeyHandle handle) throws GeneralSecurityException {
        Key cached = residentCache.get(handle.reference());
        if (cached != null) {
            return cached;
        }
        Key key = keyStore.getKey(handle.reference(), password());
        if (key == null) {
            throw unknown(handle);
        }
        residentCache.put(handle.reference(), key);
        return key;
    }

    private static KeyProtectionException unknown(KeyHandle key) {
        return new KeyProtectionException(KeyProtectionException.Reason.UNKNOWN_KEY,
                "resident key " + key.reference() + ": not found (expected: an existing key)");
    }

    private static void requireAlgorithm(KeyHandle key, ResidentKeyAlgorithm expected, String operation) {
        if (key == null) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT,
                    "key handle: null (expected: a resident key)");
        }
        if (key.algorithm() != expected) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT,
                    operation + " with " + key.reference() + ": " + key.algorithm() + " key (expected: " + expected + ")");
        }
    }

    // ---- health and plumbing ------------------------------------------------------------------

    @Override
    public final KeyProtectionHealth health() {
        Instant now = Instant.now();
        if (closed) {
            return new KeyProtectionHealth(false, kind(), 0, "closed", now);
        }
        byte[] probe = null;
        byte[] back = null;
        try {
            probe = randomBytes(32);
            back = unseal(PROBE_UID, "HealthProbe", seal(PROBE_UID, "HealthProbe", probe));
            boolean ok = java.util.Arrays.equals(probe, back);
            return new KeyProtectionHealth(ok, kind(), current, ok
                    ? "seal and unseal under KEK v" + current + " succeeded; KEK versions " + kekVersions()
                    : "probe unsealed to different bytes (expected: the bytes sealed)", now);
        } catch (KeyProtectionException e) {
            return new KeyProtectionHealth(false, kind(), current, e.reason() + ": " + e.getMessage(), now);
        } finally {
            Secrets.wipe(probe);
            Secrets.wipe(back);
        }
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        keks.clear();
        residentCache.clear();
        gcmPool.clear();
        try {
            release();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, kind() + ": release failed: " + e.getClass().getSimpleName());
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new KeyProtectionException(KeyProtectionException.Reason.TOKEN, kind() + " key protection: closed (expected: open)");
        }
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT,
                    what + ": empty (expected: a non-empty string)");
        }
    }

    /** One operation against the keystore or token. */
    @FunctionalInterface
    interface Operation<T> {
        T run() throws GeneralSecurityException, IOException, OperatorCreationException;
    }

    /**
     * Runs {@code op} holding one of the bounded permits, waiting at most the acquire timeout, and
     * turns every failure into a {@link KeyProtectionException} without key material in it.
     */
    final <T> T guarded(String what, Operation<T> op) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(acquireTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyProtectionException(KeyProtectionException.Reason.BUSY, kind() + " " + what + ": interrupted");
        }
        if (!acquired) {
            throw new KeyProtectionException(KeyProtectionException.Reason.BUSY, kind() + " " + what
                    + ": no session free after " + acquireTimeout.toMillis() + " ms (expected: a session within the timeout)");
        }
        try {
            return op.run();
        } catch (KeyProtectionException e) {
            throw e;
        } catch (InvalidKeyException e) {
            String chain = describe(e);
            // A token refusing a handle it issued (removed token, object deleted meanwhile) is a
            // token failure; a key of the wrong kind is the caller's.
            throw new KeyProtectionException(chain.contains("PKCS11Exception")
                    ? KeyProtectionException.Reason.TOKEN : KeyProtectionException.Reason.INVALID_ARGUMENT,
                    kind() + " " + what + ": key refused: " + chain, e);
        } catch (GeneralSecurityException | IOException | OperatorCreationException | ProviderException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.TOKEN,
                    kind() + " " + what + " failed: " + describe(e), e);
        } catch (RuntimeException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.TOKEN,
                    kind() + " " + what + " failed: " + describe(e), e);
        } finally {
            permits.release();
        }
    }

    /** The exception chain as class names and provider messages (which carry no key bytes). */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null && sb.length() < 300; c = c.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(c.getClass().getSimpleName());
            if (c.getMessage() != null) {
                sb.append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }
}
