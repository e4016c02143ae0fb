package dev.clavis.hsm;

/** Signatures with a resident key pair ({@link KeyProtection#sign}). */
public enum SignatureAlgorithm {
    SHA256_WITH_RSA("SHA256withRSA", ResidentKeyAlgorithm.RSA),
    SHA384_WITH_RSA("SHA384withRSA", ResidentKeyAlgorithm.RSA),
    SHA512_WITH_RSA("SHA512withRSA", ResidentKeyAlgorithm.RSA),
    /** RSASSA-PSS, SHA-256, MGF1-SHA-256, 32-byte salt. */
    SHA256_WITH_RSA_PSS("SHA256withRSASSA-PSS", ResidentKeyAlgorithm.RSA),
    /** ECDSA, DER-encoded signature. */
    SHA256_WITH_ECDSA("SHA256withECDSA", ResidentKeyAlgorithm.EC),
    SHA384_WITH_ECDSA("SHA384withECDSA", ResidentKeyAlgorithm.EC);

    private final String jcaName;
    private final ResidentKeyAlgorithm keyAlgorithm;

    SignatureAlgorithm(String jcaName, ResidentKeyAlgorithm keyAlgorithm) {
        this.jcaName = jcaName;
        this.keyAlgorithm = keyAlgorithm;
    }

    /** The JCA signature name. */
    public String jcaName() {
        return jcaName;
    }

    /** The key algorithm this needs. */
    public ResidentKeyAlgorithm keyAlgorithm() {
        return keyAlgorithm;
    }
}
