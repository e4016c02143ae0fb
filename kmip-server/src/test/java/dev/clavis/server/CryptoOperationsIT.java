package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.dateTime;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateKeyPairRequestPayload;
import dev.clavis.codec.CreateKeyPairResponsePayload;
import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.DecryptRequestPayload;
import dev.clavis.codec.DecryptResponsePayload;
import dev.clavis.codec.EncryptRequestPayload;
import dev.clavis.codec.EncryptResponsePayload;
import dev.clavis.codec.HashRequestPayload;
import dev.clavis.codec.HashResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.MACRequestPayload;
import dev.clavis.codec.MACResponsePayload;
import dev.clavis.codec.MACVerifyRequestPayload;
import dev.clavis.codec.MACVerifyResponsePayload;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.RNGRetrieveRequestPayload;
import dev.clavis.codec.RNGRetrieveResponsePayload;
import dev.clavis.codec.RNGSeedRequestPayload;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.SignRequestPayload;
import dev.clavis.codec.SignResponsePayload;
import dev.clavis.codec.SignatureVerifyRequestPayload;
import dev.clavis.codec.SignatureVerifyResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.BlockCipherMode;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.DigitalSignatureAlgorithm;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.PaddingMethod;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import dev.clavis.codec.spec.ValidityIndicator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cryptographic services end to end: a real {@link ClavisServer} on port 0, real TLS, H2 file
 * store, software KEK. Known-answer vectors from NIST SP 800-38A, RFC 3394, RFC 4231 and FIPS
 * 180-2; round trips where the output is random (IVs, OAEP, ECDSA, PSS).
 */
class CryptoOperationsIT {

  private static final HexFormat HEX = HexFormat.of();
  private static final int ENC_DEC = CryptographicUsageMask.ENCRYPT.value() | CryptographicUsageMask.DECRYPT.value();

  @TempDir Path dataDir;
  ServerFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dataDir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /** Registers an Active symmetric key with these bytes. */
  static String register(ServerFixture.Connection c, CryptographicAlgorithm alg, String hexKey, int usage, boolean active)
      throws Exception {
    byte[] k = HEX.parseHex(hexKey);
    Attributes a = Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, usage));
    if (active) {
      a = a.with(dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(3600)));
    }
    RegisterResponsePayload r = c.ok(new RegisterRequestPayload(ObjectType.SYMMETRIC_KEY, a,
        new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, k, alg, k.length * 8)), null));
    return r.uniqueIdentifier();
  }

  static TtlvItem.Structure params(BlockCipherMode mode, PaddingMethod padding) {
    return CryptographicParameters.of(mode, padding, null).toTtlv(KmipVersion.V2_1);
  }

  static TtlvItem.Structure params(CryptographicParameters p) {
    return p.toTtlv(KmipVersion.V2_1);
  }

  static CryptographicParameters with(BlockCipherMode mode, CryptographicAlgorithm alg, Boolean randomIv, Integer tagLength,
      PaddingMethod pad, HashingAlgorithm hash, DigitalSignatureAlgorithm dsa) {
    return new CryptographicParameters(mode, pad, hash, null, dsa, alg, randomIv, null, tagLength, null, null, null, null,
        null, null, null, null, null);
  }

  static EncryptResponsePayload encrypt(ServerFixture.Connection c, String uid, TtlvItem.Structure p, byte[] data,
      byte[] iv, byte[] aad) throws Exception {
    return c.ok(new EncryptRequestPayload(uid, p, data, iv, null, null, null, aad));
  }

  static byte[] decrypt(ServerFixture.Connection c, String uid, TtlvItem.Structure p, byte[] data, byte[] iv, byte[] aad,
      byte[] tag) throws Exception {
    DecryptResponsePayload r = c.ok(new DecryptRequestPayload(uid, p, data, iv, null, null, null, aad, tag));
    return r.data();
  }

  @Test
  void aesEcbKnownAnswerAndRoundTrip() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String uid = register(c, CryptographicAlgorithm.AES, "2b7e151628aed2a6abf7158809cf4f3c", ENC_DEC, true);
    byte[] pt = HEX.parseHex("6bc1bee22e409f96e93d7e117393172a");
    EncryptResponsePayload e = encrypt(c, uid, params(BlockCipherMode.ECB, null), pt, null, null);
    assertThat(HEX.formatHex(e.data())).as("SP 800-38A F.1.1").isEqualTo("3ad77bb40d7a3660a89ecaf32466ef97");
    assertThat(e.ivCounterNonce()).isNull();
    assertThat(decrypt(c, uid, params(BlockCipherMode.ECB, null), e.data(), null, null, null)).isEqualTo(pt);
  }

  @Test
  void aesCbcKnownAnswerRandomIvAndMissingIv() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String uid = register(c, CryptographicAlgorithm.AES, "2b7e151628aed2a6abf7158809cf4f3c", ENC_DEC, true);
    byte[] pt = HEX.parseHex("6bc1bee22e409f96e93d7e117393172a");
    byte[] iv = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
    EncryptResponsePayload e = encrypt(c, uid, params(BlockCipherMode.CBC, PaddingMethod.NONE), pt, iv, null);
    assertThat(HEX.formatHex(e.data())).as("SP 800-38A F.2.1").isEqualTo("7649abac8119b246cee98e9b12e9197d");

    byte[] message = "a message of some length, not a block multiple".getBytes(StandardCharsets.UTF_8);
    TtlvItem.Structure random = params(with(BlockCipherMode.CBC, null, true, null, PaddingMethod.PKCS5, null, null));
    EncryptResponsePayload r = encrypt(c, uid, random, message, null, null);
    assertThat(r.ivCounterNonce()).as("generated IV returned").hasSize(16);
    assertThat(r.data()).hasSize(48);
    assertThat(decrypt(c, uid, params(BlockCipherMode.CBC, PaddingMethod.PKCS5), r.data(), r.ivCounterNonce(), null, null))
        .isEqualTo(message);
    assertThat(c.reason(new DecryptRequestPayload(uid, params(BlockCipherMode.CBC, PaddingMethod.PKCS5), r.data(), null,
        null, null, null, null, null))).as("Decrypt without IV").isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  @Test
  void aesGcmWithAdditionalDataAndTamperedTag() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String uid = register(c, CryptographicAlgorithm.AES, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        ENC_DEC, true);
    byte[] pt = "GCM plaintext".getBytes(StandardCharsets.UTF_8);
    byte[] aad = "header".getBytes(StandardCharsets.UTF_8);
    byte[] iv = HEX.parseHex("cafebabefacedbaddecaf888");
    TtlvItem.Structure p = params(with(BlockCipherMode.GCM, null, null, 16, null, null, null));
    EncryptResponsePayload e = encrypt(c, uid, p, pt, iv, aad);
    assertThat(e.data()).hasSize(pt.length);
    assertThat(e.authenticatedEncryptionTag()).hasSize(16);
    assertThat(decrypt(c, uid, p, e.data(), iv, aad, e.authenticatedEncryptionTag())).isEqualTo(pt);

    byte[] bad = e.authenticatedEncryptionTag().clone();
    bad[0] ^= 1;
    assertThat(c.reason(new DecryptRequestPayload(uid, p, e.data(), iv, null, null, null, aad, bad)))
        .as("tampered tag").isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
    assertThat(c.reason(new DecryptRequestPayload(uid, p, e.data(), iv, null, null, null,
        "other".getBytes(StandardCharsets.UTF_8), e.authenticatedEncryptionTag())))
        .as("other additional data").isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);

    TtlvItem.Structure twelve = params(with(BlockCipherMode.GCM, null, null, 12, null, null, null));
    EncryptResponsePayload short12 = encrypt(c, uid, twelve, pt, iv, null);
    assertThat(short12.authenticatedEncryptionTag()).hasSize(12);
    assertThat(decrypt(c, uid, twelve, short12.data(), iv, null, short12.authenticatedEncryptionTag())).isEqualTo(pt);
  }

  @Test
  void aesKeyWrapKnownAnswer() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String uid = register(c, CryptographicAlgorithm.AES, "000102030405060708090a0b0c0d0e0f", ENC_DEC, true);
    byte[] keyData = HEX.parseHex("00112233445566778899aabbccddeeff");
    EncryptResponsePayload e = encrypt(c, uid, params(BlockCipherMode.NISTKEYWRAP, null), keyData, null, null);
    assertThat(HEX.formatHex(e.data())).as("RFC 3394 §4.1").isEqualTo("1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5");
    assertThat(decrypt(c, uid, params(BlockCipherMode.NISTKEYWRAP, null), e.data(), null, null, null)).isEqualTo(keyData);
    byte[] odd = HEX.parseHex("0011223344556677889900");
    EncryptResponsePayload p = encrypt(c, uid, params(BlockCipherMode.AESKEYWRAPPADDING, null), odd, null, null);
    assertThat(decrypt(c, uid, params(BlockCipherMode.AESKEYWRAPPADDING, null), p.data(), null, null, null)).isEqualTo(odd);
  }

  @Test
  void chaCha20AndChaCha20Poly1305RoundTrips() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    String chacha = register(c, CryptographicAlgorithm.CHACHA20, key, ENC_DEC, true);
    byte[] pt = "ChaCha20 plaintext".getBytes(StandardCharsets.UTF_8);
    EncryptResponsePayload e = encrypt(c, chacha, null, pt, HEX.parseHex("000000000000004a00000000"), null);
    assertThat(e.data()).hasSize(pt.length).isNotEqualTo(pt);
    assertThat(decrypt(c, chacha, null, e.data(), HEX.parseHex("000000000000004a00000000"), null, null)).isEqualTo(pt);

    String aead = register(c, CryptographicAlgorithm.CHACHA20POLY1305, key, ENC_DEC, true);
    TtlvItem.Structure p = params(with(BlockCipherMode.AEAD, null, null, null, null, null, null));
    byte[] aad = HEX.parseHex("50515253c0c1c2c3c4c5c6c7");
    EncryptResponsePayload a = encrypt(c, aead, p, pt, null, aad);
    assertThat(a.ivCounterNonce()).as("generated nonce").hasSize(12);
    assertThat(a.authenticatedEncryptionTag()).hasSize(16);
    assertThat(decrypt(c, aead, p, a.data(), a.ivCounterNonce(), aad, a.authenticatedEncryptionTag())).isEqualTo(pt);
    byte[] bad = a.data().clone();
    bad[0] ^= 1;
    assertThat(c.reason(new DecryptRequestPayload(aead, p, bad, a.ivCounterNonce(), null, null, null, aad,
        a.authenticatedEncryptionTag()))).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
  }

  CreateKeyPairResponsePayload pair(ServerFixture.Connection c, CryptographicAlgorithm alg, int bits, int privateUsage,
      int publicUsage) throws Exception {
    Attributes common = Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, alg.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, bits), dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(3600)));
    return c.ok(new CreateKeyPairRequestPayload(common,
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, privateUsage)),
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, publicUsage)), null, null, null));
  }

  @Test
  void rsaOaepAndPkcs1RoundTrips() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    CreateKeyPairResponsePayload kp = pair(c, CryptographicAlgorithm.RSA, 2048, CryptographicUsageMask.DECRYPT.value(),
        CryptographicUsageMask.ENCRYPT.value());
    byte[] pt = "a session key".getBytes(StandardCharsets.UTF_8);
    for (CryptographicParameters cp : List.of(
        with(null, CryptographicAlgorithm.RSA, null, null, PaddingMethod.OAEP, HashingAlgorithm.SHA_256, null),
        with(null, CryptographicAlgorithm.RSA, null, null, PaddingMethod.OAEP, null, null),
        with(null, CryptographicAlgorithm.RSA, null, null, PaddingMethod.PKCS1_V1_5, null, null))) {
      EncryptResponsePayload e = encrypt(c, kp.publicKeyUniqueIdentifier(), params(cp), pt, null, null);
      assertThat(e.data()).hasSize(256);
      assertThat(decrypt(c, kp.privateKeyUniqueIdentifier(), params(cp), e.data(), null, null, null)).isEqualTo(pt);
    }
    assertThat(c.reason(new EncryptRequestPayload(kp.privateKeyUniqueIdentifier(), null, pt, null, null, null, null, null)))
        .as("the private key has no Encrypt usage").isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
  }

  @Test
  void signAndVerifyRsaPkcs1PssAndEcdsaTamperedFails() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    CreateKeyPairResponsePayload rsa = pair(c, CryptographicAlgorithm.RSA, 2048, CryptographicUsageMask.SIGN.value(),
        CryptographicUsageMask.VERIFY.value());
    CreateKeyPairResponsePayload ec = pair(c, CryptographicAlgorithm.EC, 256, CryptographicUsageMask.SIGN.value(),
        CryptographicUsageMask.VERIFY.value());
    byte[] data = "signed data".getBytes(StandardCharsets.UTF_8);
    record Case(CreateKeyPairResponsePayload keys, CryptographicParameters p) {}
    for (Case k : List.of(
        new Case(rsa, with(null, null, null, null, null, null, DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION)),
        new Case(rsa, with(null, CryptographicAlgorithm.RSA, null, null, PaddingMethod.PSS, HashingAlgorithm.SHA_256, null)),
        new Case(ec, with(null, null, null, null, null, null, DigitalSignatureAlgorithm.ECDSA_WITH_SHA256)))) {
      SignResponsePayload s = c.ok(new SignRequestPayload(k.keys().privateKeyUniqueIdentifier(), params(k.p()), data, null,
          null, null, null));
      SignatureVerifyResponsePayload v = c.ok(new SignatureVerifyRequestPayload(k.keys().publicKeyUniqueIdentifier(),
          params(k.p()), data, null, s.signatureData(), null, null, null));
      assertThat(v.validityIndicator()).as(k.p().toString()).isEqualTo(ValidityIndicator.VALID);
      byte[] bad = s.signatureData().clone();
      bad[bad.length / 2] ^= 1;
      SignatureVerifyResponsePayload t = c.ok(new SignatureVerifyRequestPayload(k.keys().publicKeyUniqueIdentifier(),
          params(k.p()), data, null, bad, null, null, null));
      assertThat(t.validityIndicator()).as("tampered " + k.p()).isEqualTo(ValidityIndicator.INVALID);
    }
    // Digested Data: the SHA-256 of the data, signed as PKCS#1 v1.5 DigestInfo, verifies over the data.
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(data);
    TtlvItem.Structure p = params(with(null, null, null, null, null, null, DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION));
    SignResponsePayload s = c.ok(new SignRequestPayload(rsa.privateKeyUniqueIdentifier(), p, null, digest, null, null, null));
    SignatureVerifyResponsePayload v = c.ok(new SignatureVerifyRequestPayload(rsa.publicKeyUniqueIdentifier(), p, data, null,
        s.signatureData(), null, null, null));
    assertThat(v.validityIndicator()).isEqualTo(ValidityIndicator.VALID);
  }

  @Test
  void hmacKnownAnswerAndVerify() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String uid = register(c, CryptographicAlgorithm.HMAC_SHA256, HEX.formatHex("Jefe".getBytes(StandardCharsets.US_ASCII)),
        CryptographicUsageMask.MAC_GENERATE.value() | CryptographicUsageMask.MAC_VERIFY.value(), true);
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    MACResponsePayload m = c.ok(new MACRequestPayload(uid, null, data, null, null, null));
    assertThat(HEX.formatHex(m.macData())).as("RFC 4231 test case 2")
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    MACVerifyResponsePayload ok = c.ok(new MACVerifyRequestPayload(uid, null, data, m.macData(), null, null, null));
    assertThat(ok.validityIndicator()).isEqualTo(ValidityIndicator.VALID);
    byte[] bad = m.macData().clone();
    bad[0] ^= 1;
    MACVerifyResponsePayload no = c.ok(new MACVerifyRequestPayload(uid, null, data, bad, null, null, null));
    assertThat(no.validityIndicator()).isEqualTo(ValidityIndicator.INVALID);
  }

  @Test
  void hashOfAbc() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    TtlvItem.Structure p = params(with(null, null, null, null, null, HashingAlgorithm.SHA_256, null));
    HashResponsePayload h = c.ok(new HashRequestPayload(p, "abc".getBytes(StandardCharsets.US_ASCII), null, null, null));
    assertThat(HEX.formatHex(h.data())).as("FIPS 180-2 B.1")
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    HashResponsePayload part = c.ok(new HashRequestPayload(p, "a".getBytes(StandardCharsets.US_ASCII), null, true, null));
    assertThat(part.correlationValue()).hasSize(16);
    HashResponsePayload rest = c.ok(new HashRequestPayload(null, "bc".getBytes(StandardCharsets.US_ASCII),
        part.correlationValue(), null, true));
    assertThat(HEX.formatHex(rest.data())).as("streamed").isEqualTo(HEX.formatHex(h.data()));
    assertThat(c.reason(new HashRequestPayload(null, "abc".getBytes(StandardCharsets.US_ASCII), null, null, null)))
        .isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  @Test
  void rngRetrieveLengthsAndSeedRefused() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    for (int n : new int[] {1, 32, 1000}) {
      RNGRetrieveResponsePayload r = c.ok(new RNGRetrieveRequestPayload(n));
      assertThat(r.data()).hasSize(n);
    }
    RNGRetrieveResponsePayload a = c.ok(new RNGRetrieveRequestPayload(32));
    RNGRetrieveResponsePayload b = c.ok(new RNGRetrieveRequestPayload(32));
    assertThat(a.data()).isNotEqualTo(b.data());
    assertThat(c.reason(new RNGRetrieveRequestPayload(0))).isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(c.reason(new RNGRetrieveRequestPayload(RngRetrieveHandler.MAX_BYTES + 1))).isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(c.reason(new RNGSeedRequestPayload(new byte[32]))).isEqualTo(ResultReason.PERMISSION_DENIED);
  }

  @Test
  void wrongStateAndUsageRefusedPerVersion() throws Exception {
    for (KmipVersion v : List.of(KmipVersion.V1_4, KmipVersion.V2_1)) {
      ServerFixture.Connection c = fixture.connect(v);
      String preActive = register(c, CryptographicAlgorithm.AES, "2b7e151628aed2a6abf7158809cf4f3c", ENC_DEC, false);
      byte[] block = new byte[16];
      assertThat(c.reason(new EncryptRequestPayload(preActive, params(BlockCipherMode.ECB, null), block, null, null, null,
          null, null))).as("Pre-Active, " + v)
          .isEqualTo(v == KmipVersion.V2_1 ? ResultReason.WRONG_KEY_LIFECYCLE_STATE : ResultReason.PERMISSION_DENIED);
      String decryptOnly = register(c, CryptographicAlgorithm.AES, "2b7e151628aed2a6abf7158809cf4f3c",
          CryptographicUsageMask.DECRYPT.value(), true);
      assertThat(c.reason(new EncryptRequestPayload(decryptOnly, params(BlockCipherMode.ECB, null), block, null, null, null,
          null, null))).as("no Encrypt usage, " + v)
          .isEqualTo(v == KmipVersion.V2_1 ? ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK : ResultReason.PERMISSION_DENIED);
      assertThat(c.reason(new SignRequestPayload(decryptOnly, null, block, null, null, null, null)))
          .as("no Sign usage, " + v).isIn(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK, ResultReason.PERMISSION_DENIED);
    }
  }

  @Test
  void streamedGcmEncryptAndDecryptMatchOneShot() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String uid = register(c, CryptographicAlgorithm.AES, "feffe9928665731c6d6a8f9467308308", ENC_DEC, true);
    TtlvItem.Structure p = params(with(BlockCipherMode.GCM, null, null, 16, null, null, null));
    byte[] iv = HEX.parseHex("cafebabefacedbaddecaf888");
    byte[] aad = HEX.parseHex("feedfacedeadbeef");
    byte[] part1 = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72");
    byte[] part2 = HEX.parseHex("1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    byte[] whole = new byte[part1.length + part2.length];
    System.arraycopy(part1, 0, whole, 0, part1.length);
    System.arraycopy(part2, 0, whole, part1.length, part2.length);
    EncryptResponsePayload one = encrypt(c, uid, p, whole, iv, aad);

    EncryptResponsePayload first = c.ok(new EncryptRequestPayload(uid, p, part1, iv, null, true, null, aad));
    assertThat(first.correlationValue()).hasSize(16);
    EncryptResponsePayload last = c.ok(new EncryptRequestPayload(uid, p, part2, null, first.correlationValue(), null, true,
        null));
    byte[] streamed = new byte[whole.length];
    System.arraycopy(first.data(), 0, streamed, 0, first.data().length);
    System.arraycopy(last.data(), 0, streamed, first.data().length, last.data().length);
    assertThat(streamed).isEqualTo(one.data());
    assertThat(last.authenticatedEncryptionTag()).isEqualTo(one.authenticatedEncryptionTag());
    assertThat(c.reason(new EncryptRequestPayload(uid, p, part2, null, first.correlationValue(), null, true, null)))
        .as("a finished stream").isEqualTo(ResultReason.INVALID_FIELD);

    DecryptResponsePayload d1 = c.ok(new DecryptRequestPayload(uid, p, Arrays.copyOf(one.data(), 20), iv, null, true, null,
        aad, null));
    DecryptResponsePayload d2 = c.ok(new DecryptRequestPayload(uid, p, Arrays.copyOfRange(one.data(), 20, whole.length),
        null, d1.correlationValue(), null, true, null, one.authenticatedEncryptionTag()));
    byte[] head = d1.data() == null ? new byte[0] : d1.data(); // GCM releases plain text only after the tag
    byte[] plain = new byte[head.length + d2.data().length];
    System.arraycopy(head, 0, plain, 0, head.length);
    System.arraycopy(d2.data(), 0, plain, head.length, d2.data().length);
    assertThat(plain).isEqualTo(whole);
    assertThat(c.reason(new SignRequestPayload(uid, null, whole, null, null, true, false)))
        .as("Sign is not streamed").isIn(ResultReason.OPERATION_NOT_SUPPORTED, ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
  }

  @Test
  void usageLimitsCountEncryptedBytes() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    byte[] k = HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c");
    Attributes a = Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, ENC_DEC),
        dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(60)),
        TtlvItem.structure(Tag.USAGE_LIMITS, TtlvItem.longInteger(Tag.USAGE_LIMITS_TOTAL, 16),
            enumeration(Tag.USAGE_LIMITS_UNIT, 1)));
    String uid = c.<RegisterResponsePayload>ok(new RegisterRequestPayload(ObjectType.SYMMETRIC_KEY, a,
        new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, k, CryptographicAlgorithm.AES, 128)), null)).uniqueIdentifier();
    EncryptResponsePayload e = encrypt(c, uid, params(BlockCipherMode.ECB, null), new byte[16], null, null);
    assertThat(c.reason(new EncryptRequestPayload(uid, params(BlockCipherMode.ECB, null), new byte[16], null, null, null,
        null, null))).as("16 bytes used up").isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(decrypt(c, uid, params(BlockCipherMode.ECB, null), e.data(), null, null, null))
        .as("Decrypt processes, it does not count").isEqualTo(new byte[16]);
  }

  @Test
  void oneTimePadXorsWithThePad() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    byte[] pad = HEX.parseHex("fc932e1428bd0102");
    RegisterResponsePayload r = c.ok(new RegisterRequestPayload(ObjectType.SECRET_DATA,
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, ENC_DEC), dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(60))),
        new SecretData(SecretDataType.SEED, KeyBlock.of(KeyFormatType.OPAQUE, pad, null, null)), null));
    TtlvItem.Structure p = params(with(null, CryptographicAlgorithm.ONE_TIME_PAD, null, null, null, null, null));
    EncryptResponsePayload e = encrypt(c, r.uniqueIdentifier(), p, HEX.parseHex("010203040506"), null, null);
    assertThat(HEX.formatHex(e.data())).isEqualTo("fd912d102dbb");
    assertThat(decrypt(c, r.uniqueIdentifier(), p, e.data(), null, null, null)).isEqualTo(HEX.parseHex("010203040506"));
    assertThat(c.reason(new EncryptRequestPayload(r.uniqueIdentifier(), p, new byte[9], null, null, null, null, null)))
        .as("longer than the pad").isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void queryListsTheCryptographicOperations() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    QueryResponsePayload q = c.ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_OPERATIONS), null));
    assertThat(q.operations()).contains(Operation.ENCRYPT, Operation.DECRYPT, Operation.SIGN, Operation.SIGNATURE_VERIFY,
        Operation.MAC, Operation.MAC_VERIFY, Operation.HASH, Operation.RNG_RETRIEVE, Operation.RNG_SEED);
  }
}
