package dev.clavis.hsm;

import java.util.Map;

/** The contract over the PKCS#12 software implementation. */
class SoftwareKeyProtectionTest extends KeyProtectionContract {

    @Override
    KeyProtection open() {
        return KeyProtections.open(KeyProtectionConfig.software(dataDir)
                .environment(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, "correct horse battery staple"))
                .build());
    }
}
