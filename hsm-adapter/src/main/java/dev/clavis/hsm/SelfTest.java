package dev.clavis.hsm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.prng.EntropySource;
import org.bouncycastle.crypto.prng.SP800SecureRandomBuilder;
import org.bouncycastle.crypto.prng.drbg.HMacSP800DRBG;

/**
 * Start-up self-tests in the manner of FIPS 140-3 (ISO/IEC 19790 §7.10): known-answer tests of
 * every algorithm Clavis relies on, a continuous test of the live DRBG, and the pair-wise
 * consistency test run on every key pair generated.
 *
 * <p>Vectors: AES-256-GCM test case 14 of McGrew &amp; Viega, "The Galois/Counter Mode of
 * Operation", and a vector with associated data computed with OpenSSL; HMAC-SHA256 RFC 4231 test
 * case 6; SHA-256 FIPS 180-4 example "abc"; HMAC_DRBG SHA-256 from NIST CAVP
 * ({@code HMAC_DRBG.rsp}, no reseed, no personalization, count 1); RSA PKCS#1 v1.5 and ECDSA
 * P-256 signatures made with OpenSSL over a fixed message (RSA is deterministic: the signature is
 * compared byte for byte; ECDSA is not: the known signature is verified, and a fresh one is made
 * and verified).
 */
public final class SelfTest {

    /**
     * The outcome of {@link #run}.
     *
     * @param passed whether every test passed
     * @param tests the tests that passed, in order
     * @param failure the first failure, or null
     */
    public record Result(boolean passed, List<String> tests, String failure) {
    }

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] MESSAGE = "Clavis self-test message".getBytes(StandardCharsets.US_ASCII);

    private static final String RSA_PRIVATE_PKCS8 = ""
            + "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQC60Dy7LvzOQzF/JQezjM+jxRtJc6l3paEauQIL"
            + "61/AkQoe6uL4ZBLHROKGijCtzzFrAUMK81/kCLSqfQ4n8J40bsZpJgkQji3s3fNenoseOHvRG0Nv1PGxrBnLl4qs"
            + "s8SpKJi0xmAJz1Q2WpVtRQU0shH4a/RtaRkE297hmvrglBai0tOidWVV5TAZdT6Wvs6rmWTfIU2Schu7ubIgQT0O"
            + "MYP6z2ZkPcdBxSpr7BVi+lcEtmoXvqcWfuCA9YJjHOhW9G0r1xi12vjB05XZ0U5mFsd67AYZyZ48hxsvpXfMJhUS"
            + "6+B0pHe8E+x5bMN8y6X/bukejLvdV9OvZdcPTHFTAgMBAAECggEAQQdNrKbdj3sqVqTwOlsQyGRLbFUbr69zFhdC"
            + "lB2Z1jFmwX5oBajoNH9RDx45dbdC74mf6cbwITO6mAIyFEsY9w18eYuo6h9j8ykLl2s+6AUnbJG99sa8X2mWDR2y"
            + "Qw3MrkmYZo0LTz7hhI4hp8i32DEIOl5x1kgYUm2q9wN4wwWRNXprq+uLYplY3HWJKTJAQ0P36ZDQczDhodtNMfq6"
            + "yh6U5LUENf9NDm5r22puwcIr+N+4a+/BQH0kRmWdDU8D6ynMnCJL8gyRirV/Wbce9cMGC68Ow/3yrVnYpfqStK48"
            + "woVO2MPCB+1HFdIB7XlNC7gRcsXwnWhKoeHa1Ka5mQKBgQDlGnFfjc8+algAywsAjcTvlcUqh2/UlETZVpa500cr"
            + "8YHvVBCIHf7P45LUPMgRq0/9v7sNYiSRX1iM5ObCLMgxthyRzv53MUgZozuSzfa7QfJPNt9XLa0HkCE5VPY+7Vq/"
            + "vwtzq0HOIsIk2mYqd5ie2EbWv4uvcc+JY57KBylmlQKBgQDQvsx5DEw099HeEyYerGpDNeAh0TRfjaRj/uWNmhTv"
            + "InA787dORxqyfgnSvD0djw4UJ5iEsjBDKRQ0zNEpSBgUhJzVXB4rtXjUpYXSJq32ByJ2mNm+OmWzk7zzggUBD+PE"
            + "6E4RWgalpwSEt2uvdU//GHdRPJgWfkMs7Uv8beOGRwKBgCc0ijgu3UsyCZNBK8XRfOT+/TmU6bc4FDwZDDwKgsBr"
            + "WK/q89VHRMawi/zT1ezoIw0qVUkqBVX3OgEKXs7VuQCAyIzPHk6pWUxB2bz6kAFlfKC/pCKYB2cm6/iSqH0GQyRS"
            + "/hOyN9Wdrxl9YkRcKPrtydmP98hzMm+xY4fxB82tAoGAdlqXyFImqymPfmBRDrcnELBtQf9BuKOwf1m4gY7JK8TU"
            + "6ckHN4StKGK54xgDdszzaI4Ctcnp/0o9QKqYNNXBgXCnE3nFSXb86WRn+X0gyQvGiIOlgWvO2gB783zWpYGC3NPx"
            + "33ixqB6IO09b6QGUt8gBbrfya15va/unR5pulGUCgYA3z69NbHKG6kh9SiCsqa7pHqeuS79xLZOY7GkaNaGp8ZLW"
            + "srQVz94aUh3lO1yOn0Nra4db2W4Amp4jiUqn9KyKzWINKyw5K/zoqKjIWXdTEsTdalzZRjp2gbp+8V7Y3mTdtBo6"
            + "Q/3nU9C134uxXhOQNKXU/H/iy9pQ6fkjcrFV6Q==";
    private static final String RSA_SIGNATURE_HEX = ""
            + "86635c2c50aeb640dc040d54c51cf6a8a26a2e8b365343f1353e594d2c29d3d9126ef7004f400f8f80da95fe"
            + "8eac33bbd762360d8edcd7460b3fc0a2a96684a532aedc25d398b4864e67f98cf0e5faa1d737f39e17f03107"
            + "abcf2e8bd6e80a4f06372af2cd25f2ba211000b5ee9025092fe93ea97deec6d56883835a8eb907c17fe78c60"
            + "cee12627f7cbebd25005ddf2d1fa895c30f8ccec8d6f38e031198cf95132a071aa68bc27b605bfe42f4de35a"
            + "d97d24e66d01008ac3241c5d85a77dd049a5a26210d38e8e047671c39c9e9b955fdfdef8476d3a2ea72409f0"
            + "7d7ca1e3445d261e31c0a308f32d83dd95cb63614f02f5136a4591270ef4664883fc9382";
    private static final String EC_PUBLIC_X509 = ""
            + "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEJQdrdrrYWMBqxyJFDDCcNjNr0YbFghWssuYZoIIgX3tMfFyLVzh3"
            + "xppzyGXl27tysiWg5ckpGUy17/gujPXBaA==";
    private static final String EC_SIGNATURE_HEX = ""
            + "304502207fc82fc2c5e0625941612bc7ced9f12a59bb11bc4184b6dfd2d348b2c978f815022100a9a4d25694"
            + "19cf036fe332fcb6681d6115204e1ea6278a59bbf3ccbbc8d900e0";

    private SelfTest() {
    }

    /**
     * Runs every known-answer test in process and, when {@code token} is not null, the AES-GCM and
     * HMAC ones again through the token's provider.
     */
    public static Result run(Provider token) {
        List<String> passed = new ArrayList<>();
        try {
            sha256();
            passed.add("SHA-256 KAT");
            hmacSha256(null);
            passed.add("HMAC-SHA256 KAT");
            aesGcm(null);
            passed.add("AES-256-GCM KAT");
            rsa();
            passed.add("RSA PKCS#1 v1.5 SHA-256 sign/verify KAT");
            ecdsa();
            passed.add("ECDSA P-256 SHA-256 verify KAT and sign/verify");
            drbg();
            passed.add("HMAC_DRBG SHA-256 KAT");
            if (token != null) {
                aesGcm(token);
                passed.add("AES-256-GCM KAT on the token");
                hmacSha256(token);
                passed.add("HMAC-SHA256 KAT on the token");
            }
            return new Result(true, List.copyOf(passed), null);
        } catch (GeneralSecurityException | RuntimeException e) {
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Result(false, List.copyOf(passed), what);
        }
    }

    /** Runs {@link #run} and throws {@code SELF_TEST} unless everything passed. */
    static Result require(Provider token) {
        Result result = run(token);
        if (!result.passed()) {
            throw new KeyProtectionException(KeyProtectionException.Reason.SELF_TEST,
                    "start-up self-test failed: " + result.failure()
                            + " (expected: every known-answer test to pass; passed " + result.tests() + ")");
        }
        return result;
    }

    /**
     * The runtime DRBG: SP 800-90A HMAC_DRBG with SHA-256, 256-bit strength, prediction resistance
     * (fresh entropy from the operating system on every request), personalised per instance. It is
     * the mechanism {@link #drbg()} tests with the NIST vector.
     */
    static SecureRandom newDrbg(String personalization) {
        SecureRandom entropy;
        try {
            entropy = SecureRandom.getInstance("NativePRNGNonBlocking");
        } catch (GeneralSecurityException e) {
            entropy = new SecureRandom();
        }
        byte[] nonce = entropy.generateSeed(16);
        SecureRandom drbg = new SP800SecureRandomBuilder(entropy, true)
                .setPersonalizationString(personalization.getBytes(StandardCharsets.UTF_8))
                .setSecurityStrength(256)
                .setEntropyBitsRequired(256)
                .buildHMAC(new HMac(SHA256Digest.newInstance()), nonce, true);
        // Continuous test (SP 800-90B §4.4 in spirit): two successive outputs must differ.
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        drbg.nextBytes(a);
        drbg.nextBytes(b);
        if (Arrays.equals(a, b)) {
            throw new KeyProtectionException(KeyProtectionException.Reason.SELF_TEST,
                    "DRBG continuous test: two equal outputs (expected: different outputs)");
        }
        return drbg;
    }

    /**
     * Pair-wise consistency test (FIPS 140-3 IG 10.3.A): sign with the new private key, verify with
     * its public key.
     */
    static void pairwiseConsistency(PrivateKey privateKey, PublicKey publicKey, Provider provider)
            throws GeneralSecurityException {
        String algorithm = privateKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        Signature signer = provider == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, provider);
        signer.initSign(privateKey);
        signer.update(MESSAGE);
        byte[] signature = signer.sign();
        Signature verifier = provider == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, provider);
        verifier.initVerify(publicKey);
        verifier.update(MESSAGE);
        if (!verifier.verify(signature)) {
            throw new KeyProtectionException(KeyProtectionException.Reason.SELF_TEST,
                    "pair-wise consistency test: " + algorithm + " signature rejected by its own public key"
                            + " (expected: accepted)");
        }
    }

    private static void sha256() throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.US_ASCII));
        expect("SHA-256 KAT", digest, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static void hmacSha256(Provider provider) throws GeneralSecurityException {
        Mac mac = provider == null ? Mac.getInstance("HmacSHA256") : Mac.getInstance("HmacSHA256", provider);
        // RFC 4231 test case 6: a 131-byte key (tokens may refuse HMAC keys shorter than the hash).
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] out = mac.doFinal("Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII));
        expect("HMAC-SHA256 KAT", out, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    private static void aesGcm(Provider provider) throws GeneralSecurityException {
        Cipher cipher = provider == null
                ? Cipher.getInstance("AES/GCM/NoPadding")
                : Cipher.getInstance("AES/GCM/NoPadding", provider);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[32], "AES"), new GCMParameterSpec(128, new byte[12]));
        expect("AES-256-GCM KAT (case 14)", cipher.doFinal(new byte[16]),
                "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        byte[] iv = HEX.parseHex("cafebabefacedbaddecaf888");
        byte[] aad = "clavis-aad".getBytes(StandardCharsets.US_ASCII);
        String expected = "c9cfc150c3096f5a0358709a3850a954634fb73fff78040739ba761ae9a9ea9b1ebe1ccf54c9b344905977";
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(aad);
        expect("AES-256-GCM KAT (AAD)", cipher.doFinal("Clavis AES-GCM known answer".getBytes(StandardCharsets.US_ASCII)),
                expected);
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(aad);
        byte[] plain = cipher.doFinal(HEX.parseHex(expected));
        expect("AES-256-GCM KAT (decrypt)", plain, HEX.formatHex("Clavis AES-GCM known answer".getBytes(StandardCharsets.US_ASCII)));
    }

    private static void rsa() throws GeneralSecurityException {
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(RSA_PRIVATE_PKCS8)));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(MESSAGE);
        expect("RSA PKCS#1 v1.5 KAT", signer.sign(), RSA_SIGNATURE_HEX);
        java.security.interfaces.RSAPrivateCrtKey crt = (java.security.interfaces.RSAPrivateCrtKey) key;
        PublicKey pub = KeyFactory.getInstance("RSA").generatePublic(
                new java.security.spec.RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(pub);
        verifier.update(MESSAGE);
        if (!verifier.verify(HEX.parseHex(RSA_SIGNATURE_HEX))) {
            throw new GeneralSecurityException("RSA verify KAT: known signature rejected (expected: accepted)");
        }
    }

    private static void ecdsa() throws GeneralSecurityException {
        PublicKey pub = KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(EC_PUBLIC_X509)));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(pub);
        verifier.update(MESSAGE);
        if (!verifier.verify(HEX.parseHex(EC_SIGNATURE_HEX))) {
            throw new GeneralSecurityException("ECDSA verify KAT: known signature rejected (expected: accepted)");
        }
        byte[] tampered = MESSAGE.clone();
        tampered[0] ^= 1;
        verifier.initVerify(pub);
        verifier.update(tampered);
        if (verifier.verify(HEX.parseHex(EC_SIGNATURE_HEX))) {
            throw new GeneralSecurityException("ECDSA verify KAT: altered message accepted (expected: rejected)");
        }
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        java.security.KeyPair pair = generator.generateKeyPair();
        pairwiseConsistency(pair.getPrivate(), pair.getPublic(), null);
    }

    private static void drbg() {
        byte[] entropy = HEX.parseHex("79737479ba4e7642a221fcfd1b820b134e9e3540a35bb48ffae29c20f5418ea3");
        byte[] nonce = HEX.parseHex("3593259c092bef4129bc2c6c9e19f343");
        String expected = "cf5ad5984f9e43917aa9087380dac46e410ddc8a7731859c84e9d0f31bd43655"
                + "b924159413e2293b17610f211e09f770f172b8fb693a35b85d3b9e5e63b1dc25"
                + "2ac0e115002e9bedfb4b5b6fd43f33b8e0eafb2d072e1a6fee1f159df9b51e6c"
                + "8da737e60d5032dd30544ec51558c6f080bdbdab1de8a939e961e06b5f1aca37";
        EntropySource fixed = new EntropySource() {
            @Override
            public boolean isPredictionResistant() {
                return false;
            }

            @Override
            public byte[] getEntropy() {
                return entropy.clone();
            }

            @Override
            public int entropySize() {
                return entropy.length * 8;
            }
        };
        HMacSP800DRBG drbg = new HMacSP800DRBG(new HMac(SHA256Digest.newInstance()), 256, fixed, null, nonce);
        byte[] out = new byte[128];
        drbg.generate(out, null, false);
        drbg.generate(out, null, false);
        expectUnchecked("HMAC_DRBG KAT", out, expected);
    }

    private static void expect(String what, byte[] actual, String expectedHex) throws GeneralSecurityException {
        if (!Arrays.equals(actual, HEX.parseHex(expectedHex))) {
            throw new GeneralSecurityException(what + ": output differs (expected: the known answer)");
        }
    }

    private static void expectUnchecked(String what, byte[] actual, String expectedHex) {
        if (!Arrays.equals(actual, HEX.parseHex(expectedHex))) {
            throw new KeyProtectionException(KeyProtectionException.Reason.SELF_TEST,
                    what + ": output differs (expected: the known answer)");
        }
    }
}
