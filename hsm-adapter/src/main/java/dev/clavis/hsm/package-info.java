/**
 * Key protection: the {@link dev.clavis.hsm.KeyProtection} SPI that seals key material before it
 * reaches the store (envelope encryption under a key-encryption key, DESIGN §3), draws random bytes
 * from an SP 800-90A DRBG, and keeps HSM-resident keys that never leave their token.
 *
 * <p>Two implementations: {@link dev.clavis.hsm.SoftwareKeyProtection} (the embedded default, a
 * PKCS#12 keystore in the data directory) and {@link dev.clavis.hsm.Pkcs11KeyProtection} (any
 * PKCS#11 token through SunPKCS11; SoftHSM2 in tests). {@link dev.clavis.hsm.KeyProtections#open}
 * picks one from a {@link dev.clavis.hsm.KeyProtectionConfig} and runs the start-up self-tests.
 *
 * <p>May depend on the JDK and Bouncy Castle only; in particular not on the storage module: KEK
 * rotation re-seals through the small {@link dev.clavis.hsm.SealedBlobSource} interface.
 */
package dev.clavis.hsm;
