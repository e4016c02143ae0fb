package dev.clavis.hsm;

/** The contract over PKCS#11, on a fresh SoftHSM2 token per test. */
class Pkcs11KeyProtectionTest extends KeyProtectionContract {

    private String token;

    @Override
    KeyProtection open() {
        if (token == null) {
            token = SoftHsm.freshToken();
        }
        return KeyProtections.open(SoftHsm.config(dataDir, token).build());
    }
}
