package dev.clavis.hsm;

/** Encryption with a resident key ({@link KeyProtection#encrypt}). */
public enum CipherAlgorithm {
    /** AES-GCM, 12-byte IV, 16-byte tag appended, optional associated data. */
    AES_GCM("AES/GCM/NoPadding", ResidentKeyAlgorithm.AES, 12),
    /** AES-CBC with PKCS#5 padding, 16-byte IV. */
    AES_CBC_PKCS5("AES/CBC/PKCS5Padding", ResidentKeyAlgorithm.AES, 16),
    /**
     * RSA-OAEP with SHA-256 and MGF1-SHA-256, empty label. SunPKCS11 offers no OAEP cipher for
     * SoftHSM2, so the PKCS#11 implementation decrypts with raw RSA in the token and removes the
     * OAEP encoding in process (the result is the plaintext the caller gets anyway).
     */
    RSA_OAEP_SHA256("RSA/ECB/OAEPWithSHA-256AndMGF1Padding", ResidentKeyAlgorithm.RSA, 0),
    /** RSA PKCS#1 v1.5 encryption (legacy clients). */
    RSA_PKCS1("RSA/ECB/PKCS1Padding", ResidentKeyAlgorithm.RSA, 0);

    private final String jcaName;
    private final ResidentKeyAlgorithm keyAlgorithm;
    private final int ivBytes;

    CipherAlgorithm(String jcaName, ResidentKeyAlgorithm keyAlgorithm, int ivBytes) {
        this.jcaName = jcaName;
        this.keyAlgorithm = keyAlgorithm;
        this.ivBytes = ivBytes;
    }

    /** The JCA transformation. */
    public String jcaName() {
        return jcaName;
    }

    /** The key algorithm this needs. */
    public ResidentKeyAlgorithm keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The IV length in bytes, 0 when none. */
    public int ivBytes() {
        return ivBytes;
    }
}
