package dev.clavis.hsm;

/** Opens the configured {@link KeyProtection}. */
public final class KeyProtections {

    private KeyProtections() {
    }

    /**
     * Opens the implementation {@code config} names, creating its KEK on first start, and runs the
     * start-up self-tests (known-answer tests, then a seal/unseal probe).
     *
     * @throws KeyProtectionException {@code CONFIGURATION} (bad configuration, wrong passphrase or
     *     PIN, missing library or token) or {@code SELF_TEST}: the server must serve nothing
     */
    public static KeyProtection open(KeyProtectionConfig config) {
        return switch (config.kind()) {
            case SOFTWARE -> SoftwareKeyProtection.open(config);
            case PKCS11 -> Pkcs11KeyProtection.open(config);
        };
    }
}
