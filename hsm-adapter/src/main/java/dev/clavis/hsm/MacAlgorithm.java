package dev.clavis.hsm;

/** MACs with a resident HMAC key ({@link KeyProtection#mac}). */
public enum MacAlgorithm {
    HMAC_SHA256("HmacSHA256"),
    HMAC_SHA384("HmacSHA384"),
    HMAC_SHA512("HmacSHA512");

    private final String jcaName;

    MacAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** The JCA MAC name. */
    public String jcaName() {
        return jcaName;
    }
}
