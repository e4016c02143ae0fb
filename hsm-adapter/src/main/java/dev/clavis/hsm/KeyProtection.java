package dev.clavis.hsm;

import java.util.List;
import java.util.Optional;

/**
 * Protects key material at rest and performs operations with keys that must not leave the
 * protection boundary (DESIGN §3).
 *
 * <p><b>Sealing.</b> {@link #seal} encrypts key material with AES-256-GCM under the current
 * key-encryption key (KEK); the object's unique identifier, object type and the KEK version are
 * authenticated as associated data, so a blob altered, moved to another object or relabelled with
 * another version fails to open ({@link KeyProtectionException.Reason#INTEGRITY}). The blob format
 * is described in {@link SealedBlob} and {@code docs/adr/0003-key-sealing.md}.
 *
 * <p><b>Plaintext.</b> Methods that return plaintext key material return a fresh {@code byte[]}
 * the caller owns and must wipe ({@code Arrays.fill(bytes, (byte) 0)}) after use. Arrays passed in
 * are never retained nor modified.
 *
 * <p><b>Errors.</b> Every method throws {@link KeyProtectionException} (unchecked) on failure,
 * never another exception type; the server maps it to Result Reason Cryptographic Failure (or
 * Item Not Found for {@link KeyProtectionException.Reason#UNKNOWN_KEY}). Implementations are
 * thread-safe; calls that need the token wait a bounded time for a session, then fail with
 * {@link KeyProtectionException.Reason#BUSY}.
 */
public interface KeyProtection extends AutoCloseable {

    /** A short name of the implementation: {@code "software"} or {@code "pkcs11"}. */
    String kind();

    // ---- sealing ------------------------------------------------------------------------------

    /**
     * Seals key material under the current KEK.
     *
     * @param uid the managed object's unique identifier (authenticated, not stored in the blob)
     * @param objectType the KMIP object type name, e.g. {@code "SymmetricKey"} (authenticated)
     * @param keyMaterial the plaintext; not modified, not retained (the caller wipes it)
     */
    SealedBlob seal(String uid, String objectType, byte[] keyMaterial);

    /**
     * Opens a blob sealed by {@link #seal} for the same {@code uid} and {@code objectType}.
     *
     * @return the plaintext key material, a fresh array the caller must wipe after use
     * @throws KeyProtectionException {@code INTEGRITY} when the blob was altered, sealed for another
     *     object, or its KEK version does not exist (retired or never created)
     */
    byte[] unseal(String uid, String objectType, SealedBlob blob);

    /**
     * Opens {@code blob} and seals its content again under the current KEK; the plaintext never
     * leaves this call. Returns {@code blob} itself when it is already under the current version.
     */
    SealedBlob reseal(String uid, String objectType, SealedBlob blob);

    // ---- randomness ---------------------------------------------------------------------------

    /** Returns {@code byteCount} bytes from the SP 800-90A DRBG (HMAC_DRBG, SHA-256). */
    byte[] randomBytes(int byteCount);

    // ---- KEK versions -------------------------------------------------------------------------

    /** The version new blobs are sealed under: the highest version present. */
    int currentKekVersion();

    /** Every KEK version present, ascending. */
    List<Integer> kekVersions();

    /**
     * Creates KEK version {@code current + 1} and makes it current. Existing blobs still open;
     * run a {@link ResealJob} to move them, then {@link #retireKek}.
     *
     * @return the new current version
     */
    int rotateKek();

    /**
     * Deletes KEK {@code version} once nothing uses it: refuses (with {@code INVALID_ARGUMENT}) the
     * current version, and (with {@code KEK_IN_USE}) a version for which
     * {@code inUse.countByKekVersion(version)} is not zero.
     */
    void retireKek(int version, SealedBlobSource inUse);

    // ---- resident keys ------------------------------------------------------------------------

    /**
     * Generates a key inside the protection boundary and keeps it there. For key pairs a
     * pair-wise consistency test runs before the handle is returned.
     *
     * @param size key length in bits (AES 128/192/256, HMAC 256/384/512, RSA 2048/3072/4096),
     *     or the curve's field size for EC (256 = P-256, 384 = P-384)
     */
    KeyHandle generateResidentKey(ResidentKeyAlgorithm algorithm, int size);

    /** Finds a resident key by {@link KeyHandle#reference()}. */
    Optional<KeyHandle> findResidentKey(String reference);

    /**
     * Encrypts with a resident key.
     *
     * @param iv the IV/nonce for AES modes (12 bytes for GCM, 16 for CBC); {@code null} for RSA
     * @param aad associated data for GCM, else {@code null}
     * @return the ciphertext (with the 16-byte tag appended for GCM)
     */
    byte[] encrypt(KeyHandle key, CipherAlgorithm algorithm, byte[] iv, byte[] aad, byte[] plaintext);

    /** Decrypts with a resident key; arguments as for {@link #encrypt}. */
    byte[] decrypt(KeyHandle key, CipherAlgorithm algorithm, byte[] iv, byte[] aad, byte[] ciphertext);

    /** Signs {@code data} (the message, hashed by the algorithm) with a resident private key. */
    byte[] sign(KeyHandle key, SignatureAlgorithm algorithm, byte[] data);

    /** Verifies a signature with the public half of a resident key pair. */
    boolean verify(KeyHandle key, SignatureAlgorithm algorithm, byte[] data, byte[] signature);

    /** Computes a MAC with a resident HMAC key. */
    byte[] mac(KeyHandle key, MacAlgorithm algorithm, byte[] data);

    /** The public key of a resident key pair, DER SubjectPublicKeyInfo (X.509). */
    byte[] publicKey(KeyHandle key);

    /** Destroys a resident key; destroying a key that no longer exists is not an error. */
    void destroy(KeyHandle key);

    // ---- health -------------------------------------------------------------------------------

    /** Checks the KEK can still seal and open a probe blob; never throws. */
    KeyProtectionHealth health();

    /** Releases the token or keystore and wipes the secrets held; never throws. */
    @Override
    void close();
}
