package dev.clavis.hsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

/** The start-up known-answer tests and the pair-wise consistency test. */
class SelfTestTest {

    @Test
    void everyKnownAnswerTestPassesOnThisJdk() {
        SelfTest.Result result = SelfTest.run(null);
        assertThat(result.failure()).isNull();
        assertThat(result.passed()).isTrue();
        assertThat(result.tests()).containsExactly("SHA-256 KAT", "HMAC-SHA256 KAT", "AES-256-GCM KAT",
                "RSA PKCS#1 v1.5 SHA-256 sign/verify KAT", "ECDSA P-256 SHA-256 verify KAT and sign/verify",
                "HMAC_DRBG SHA-256 KAT");
    }

    @Test
    void theTokenRunsTheAesGcmAndHmacAnswersToo() throws Exception {
        SoftHsm.assumeAvailable();
        String label = SoftHsm.freshToken();
        long slot = Pkcs11KeyProtection.slotOf(SoftHsm.LIBRARY, label);
        java.security.Provider token = java.security.Security.getProvider("SunPKCS11").configure(
                "--name = SelfTest\nlibrary = " + SoftHsm.LIBRARY + "\nslot = " + slot + "\n"
                        + Pkcs11KeyProtection.SENSITIVE_TEMPLATES);
        java.security.KeyStore.getInstance("PKCS11", token).load(null, SoftHsm.PIN.toCharArray());
        SelfTest.Result result = SelfTest.run(token);
        assertThat(result.passed()).as(result.failure()).isTrue();
        assertThat(result.tests()).endsWith("AES-256-GCM KAT on the token", "HMAC-SHA256 KAT on the token");
    }

    @Test
    void aKeyPairThatDoesNotMatchFailsThePairwiseTest() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair a = generator.generateKeyPair();
        KeyPair b = generator.generateKeyPair();
        SelfTest.pairwiseConsistency(a.getPrivate(), a.getPublic(), null);
        assertThatThrownBy(() -> SelfTest.pairwiseConsistency(a.getPrivate(), b.getPublic(), null))
                .isInstanceOf(KeyProtectionException.class)
                .satisfies(e -> assertThat(((KeyProtectionException) e).reason())
                        .isEqualTo(KeyProtectionException.Reason.SELF_TEST))
                .hasMessageContaining("pair-wise consistency test");
    }

    @Test
    void theRuntimeDrbgIsFreshOnEveryCall() {
        java.security.SecureRandom drbg = SelfTest.newDrbg("test");
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        drbg.nextBytes(a);
        drbg.nextBytes(b);
        assertThat(a).isNotEqualTo(b);
        assertThat(drbg.getAlgorithm()).contains("HMAC-DRBG").contains("SHA256");
    }
}
