package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.dateTime;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateKeyPairRequestPayload;
import dev.clavis.codec.CreateKeyPairResponsePayload;
import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.DeriveKeyRequestPayload;
import dev.clavis.codec.DeriveKeyResponsePayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.Link;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.BlockCipherMode;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.DerivationMethod;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.RecommendedCurve;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Derive Key end to end: a real {@link ClavisServer} on port 0, real TLS, H2 file store.
 * Known-answer vectors: PBKDF2 from RFC 6070 (HMAC-SHA-1) and the PBKDF2-HMAC-SHA-256 vector of
 * the OASIS TC-DERIVEKEY-5 files, HMAC from RFC 4231 §4.3, HASH from FIPS 180-2 (SHA-256 "abc"),
 * HKDF from RFC 5869 A.1, SP 800-108 counter mode from the NIST CAVP KDFCTR vectors (HMAC-SHA-256,
 * counter before the fixed data, 32 bits), ENCRYPT from SP 800-38A F.1.1. Derived material is
 * compared without printing it.
 */
class DeriveKeyIT {

  private static final HexFormat HEX = HexFormat.of();
  private static final int DERIVE = CryptographicUsageMask.DERIVE_KEY.value();

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

  /** Registers Secret Data (a password, a seed) with these bytes, Active, usable for Derive Key. */
  static String secret(ServerFixture.Connection c, byte[] value, int usage) throws Exception {
    Attributes a = Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, usage),
        dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(3600)));
    RegisterResponsePayload r = c.ok(new RegisterRequestPayload(ObjectType.SECRET_DATA, a,
        new SecretData(SecretDataType.SEED, KeyBlock.of(KeyFormatType.OPAQUE, value, null, null)), null));
    return r.uniqueIdentifier();
  }

  static String aesKey(ServerFixture.Connection c, String hex, int usage) throws Exception {
    byte[] k = HEX.parseHex(hex);
    Attributes a = Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, usage),
        dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(3600)));
    RegisterResponsePayload r = c.ok(new RegisterRequestPayload(ObjectType.SYMMETRIC_KEY, a,
        new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, k, CryptographicAlgorithm.AES, k.length * 8)), null));
    return r.uniqueIdentifier();
  }

  static TtlvItem.Structure parameters(TtlvItem... items) {
    return structure(Tag.DERIVATION_PARAMETERS, items);
  }

  static TtlvItem.Structure hashing(HashingAlgorithm h) {
    return new CryptographicParameters(null, null, h, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null).toTtlv(KmipVersion.V2_1);
  }

  static Attributes aes(int bits) {
    return Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, bits),
        integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value() | CryptographicUsageMask.DECRYPT.value()));
  }

  static Attributes secretData(int bits) {
    return Attributes.of(integer(Tag.CRYPTOGRAPHIC_LENGTH, bits));
  }

  static DeriveKeyRequestPayload derive(ObjectType type, List<String> uids, DerivationMethod m, TtlvItem.Structure p,
      Attributes a) {
    return new DeriveKeyRequestPayload(type, uids, m, p, a);
  }

  /** The key material of {@code uid}, read back with Get; the caller must not print it. */
  static byte[] material(ServerFixture.Connection c, String uid) throws Exception {
    GetResponsePayload g = c.ok(new GetRequestPayload(uid, null, null, null, null));
    return ManagedObjects.keyBlock(g.object()).keyMaterial().bytes();
  }

  /** Asserts the derived object holds {@code expectedHex}, without printing either value. */
  static void assertMaterial(ServerFixture.Connection c, String uid, String expectedHex, String vector) throws Exception {
    byte[] actual = material(c, uid);
    byte[] expected = HEX.parseHex(expectedHex);
    assertThat(actual.length).as(vector + ": length").isEqualTo(expected.length);
    assertThat(Arrays.equals(actual, expected)).as(vector + ": derived bytes equal the vector (not printed)").isTrue();
  }

  static List<Link> links(ServerFixture.Connection c, String uid) throws Exception {
    GetAttributesResponsePayload r = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    List<Link> out = new ArrayList<>();
    for (Attribute a : r.attributes()) {
      if (a.tag() == Tag.LINK) {
        out.add(Link.fromTtlv(a.value()));
      }
    }
    return out;
  }

  @Test
  void pbkdf2KnownAnswersAndLinks() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    String password = secret(c, "password".getBytes(StandardCharsets.US_ASCII), DERIVE);
    byte[] salt = "salt".getBytes(StandardCharsets.US_ASCII);

    DeriveKeyResponsePayload one = c.ok(derive(ObjectType.SYMMETRIC_KEY, List.of(password), DerivationMethod.PBKDF2,
        parameters(bytes(Tag.SALT, salt), integer(Tag.ITERATION_COUNT, 1)), aes(128)));
    assertMaterial(c, one.uniqueIdentifier(), "0c60c80f961f0e71f3a9b524af601206", "RFC 6070 c=1 (SHA-1 default PRF)");

    DeriveKeyResponsePayload full = c.ok(derive(ObjectType.SECRET_DATA, List.of(password), DerivationMethod.PBKDF2,
        parameters(bytes(Tag.SALT, salt), integer(Tag.ITERATION_COUNT, 4096)), secretData(160)));
    assertMaterial(c, full.uniqueIdentifier(), "4b007901b765489abead49d926f721d065a429c1", "RFC 6070 c=4096 dkLen=20");

    DeriveKeyResponsePayload sha256 = c.ok(derive(ObjectType.SYMMETRIC_KEY, List.of(password), DerivationMethod.PBKDF2,
        parameters(hashing(HashingAlgorithm.SHA_256), bytes(Tag.SALT, salt), integer(Tag.ITERATION_COUNT, 4096)), aes(256)));
    assertMaterial(c, sha256.uniqueIdentifier(), "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a",
        "PBKDF2-HMAC-SHA-256 c=4096 (OASIS TC-DERIVEKEY-5)");

    assertThat(links(c, sha256.uniqueIdentifier()))
        .containsExactly(new Link(LinkType.DERIVATION_BASE_OBJECT_LINK, password));
    assertThat(links(c, password)).containsExactlyInAnyOrder(
        new Link(LinkType.DERIVED_KEY_LINK, one.uniqueIdentifier()),
        new Link(LinkType.DERIVED_KEY_LINK, full.uniqueIdentifier()),
        new Link(LinkType.DERIVED_KEY_LINK, sha256.uniqueIdentifier()));

    assertThat(c.reason(derive(ObjectType.SYMMETRIC_KEY, List.of(password), DerivationMethod.PBKDF2,
        parameters(integer(Tag.ITERATION_COUNT, 1)), aes(128)))).as("no Salt").isEqualTo(ResultReason.INVALID_MESSAGE);
    assertThat(c.reason(derive(ObjectType.SYMMETRIC_KEY, List.of(password), DerivationMethod.PBKDF2,
        parameters(bytes(Tag.SALT, salt), integer(Tag.ITERATION_COUNT, KeyDerivation.MAX_ITERATIONS + 1)), aes(128))))
        .as("Iteration Count above the server's bound").isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void hashHmacHkdfSp800108AndEncryptKnownAnswers() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String abc = secret(c, "abc".getBytes(StandardCharsets.US_ASCII), DERIVE);
    DeriveKeyResponsePayload h = c.ok(derive(ObjectType.SYMMETRIC_KEY, List.of(abc), DerivationMethod.HASH,
        parameters(hashing(HashingAlgorithm.SHA_256)), aes(256)));
    assertMaterial(c, h.uniqueIdentifier(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "FIPS 180-2 SHA-256(\"abc\")");
    assertThat(c.reason(derive(ObjectType.SYMMETRIC_KEY, List.of(abc), DerivationMethod.HASH,
        parameters(hashing(HashingAlgorithm.SHA_1)), aes(256)))).as("256 bits from SHA-1").isEqualTo(ResultReason.INVALID_FIELD);

    String jefe = secret(c, "Jefe".getBytes(StandardCharsets.US_ASCII), DERIVE);
    DeriveKeyResponsePayload m = c.ok(derive(ObjectType.SYMMETRIC_KEY, List.of(jefe), DerivationMethod.HMAC,
        parameters(hashing(HashingAlgorithm.SHA_256),
            bytes(Tag.DERIVATION_DATA, "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))), aes(256)));
    assertMaterial(c, m.uniqueIdentifier(), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        "RFC 4231 §4.3 HMAC-SHA-256");
    assertThat(c.reason(derive(ObjectType.SYMMETRIC_KEY, List.of(jefe), DerivationMethod.HMAC,
        parameters(hashing(HashingAlgorithm.SHA_256)), aes(128)))).as("HMAC without data").isEqualTo(ResultReason.INVALID_MESSAGE);

    byte[] ikm = new byte[22];
    Arrays.fill(ikm, (byte) 0x0b);
    String hkdfBase = secret(c, ikm, DERIVE);
    DeriveKeyResponsePayload hk = c.ok(derive(ObjectType.SECRET_DATA, List.of(hkdfBase), DerivationMethod.HKDF,
        parameters(bytes(Tag.DERIVATION_DATA, HEX.parseHex("f0f1f2f3f4f5f6f7f8f9")),
            bytes(Tag.SALT, HEX.parseHex("000102030405060708090a0b0c"))), secretData(336)));
    assertMaterial(c, hk.uniqueIdentifier(),
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865", "RFC 5869 A.1 HKDF-SHA-256");

    String ki = secret(c, HEX.parseHex("dd1d91b7d90b2bd3138533ce92b272fbf8a369316aefe242e659cc0ae238afe0"), DERIVE);
    DeriveKeyResponsePayload ctr = c.ok(derive(ObjectType.SYMMETRIC_KEY, List.of(ki), DerivationMethod.NIST800_108_C,
        parameters(hashing(HashingAlgorithm.SHA_256), bytes(Tag.DERIVATION_DATA, HEX.parseHex(
            "01322b96b30acd197979444e468e1c5c6859bf1b1cf951b7e725303e237e46b864a145fab25e517b08f8683d0315bb2911d80a0e8aba17f3b413faac"))),
        aes(128)));
    assertMaterial(c, ctr.uniqueIdentifier(), "10621342bfb0fd40046c0e29f2cfdbf0", "NIST CAVP KDFCTR HMAC-SHA-256 count 0");
    for (DerivationMethod mode : List.of(DerivationMethod.NIST800_108_F, DerivationMethod.NIST800_108_DPI)) {
      DeriveKeyRequestPayload r = derive(ObjectType.SYMMETRIC_KEY, List.of(ki), mode,
          parameters(hashing(HashingAlgorithm.SHA_256), bytes(Tag.DERIVATION_DATA, HEX.parseHex("0102"))), aes(256));
      DeriveKeyResponsePayload a = c.ok(r);
      DeriveKeyResponsePayload b = c.ok(r);
      assertThat(Arrays.equals(material(c, a.uniqueIdentifier()), material(c, b.uniqueIdentifier())))
          .as(mode.specName() + " is deterministic").isTrue();
    }

    String aesKey = aesKey(c, "2b7e151628aed2a6abf7158809cf4f3c", DERIVE);
    DeriveKeyResponsePayload enc = c.ok(derive(ObjectType.SYMMETRIC_KEY, List.of(aesKey), DerivationMethod.ENCRYPT,
        parameters(CryptographicParameters.of(BlockCipherMode.ECB, null, null).toTtlv(KmipVersion.V2_1),
            bytes(Tag.DERIVATION_DATA, HEX.parseHex("6bc1bee22e409f96e93d7e117393172a"))), aes(128)));
    assertMaterial(c, enc.uniqueIdentifier(), "3ad77bb40d7a3660a89ecaf32466ef97", "SP 800-38A F.1.1 AES-128-ECB");
  }

  @Test
  void usageMaskLifecycleAndUnsupportedMethods() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String noDerive = aesKey(c, "000102030405060708090a0b0c0d0e0f", CryptographicUsageMask.ENCRYPT.value());
    assertThat(c.reason(derive(ObjectType.SYMMETRIC_KEY, List.of(noDerive), DerivationMethod.HASH,
        parameters(hashing(HashingAlgorithm.SHA_256)), aes(128))))
        .as("no Derive Key in the usage mask").isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);

    RegisterResponsePayload preActive = c.ok(new RegisterRequestPayload(ObjectType.SECRET_DATA,
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, DERIVE)),
        new SecretData(SecretDataType.SEED, KeyBlock.of(KeyFormatType.OPAQUE, new byte[16], null, null)), null));
    assertThat(c.reason(derive(ObjectType.SYMMETRIC_KEY, List.of(preActive.uniqueIdentifier()), DerivationMethod.HASH,
        parameters(hashing(HashingAlgorithm.SHA_256)), aes(128)))).as("Pre-Active base")
        .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);

    String seed = secret(c, new byte[32], DERIVE);
    assertThat(c.reason(derive(ObjectType.SYMMETRIC_KEY, List.of(seed), DerivationMethod.AWS_SIGNATURE_VERSION_4,
        parameters(bytes(Tag.DERIVATION_DATA, new byte[4])), aes(128)))).as("AWS Signature Version 4")
        .isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
    assertThat(c.reason(derive(ObjectType.SYMMETRIC_KEY, List.of(seed), DerivationMethod.HASH,
        parameters(hashing(HashingAlgorithm.SHA_256)), Attributes.of(integer(Tag.CRYPTOGRAPHIC_LENGTH, 128)))))
        .as("a key without Cryptographic Algorithm").isEqualTo(ResultReason.MISSING_DATA);
    assertThat(c.reason(derive(ObjectType.PRIVATE_KEY, List.of(seed), DerivationMethod.HASH,
        parameters(hashing(HashingAlgorithm.SHA_256)), aes(128)))).as("Private Key result").isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(c.reason(derive(ObjectType.SYMMETRIC_KEY, List.of(), DerivationMethod.HASH,
        parameters(hashing(HashingAlgorithm.SHA_256)), aes(128)))).as("no base object").isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  @Test
  void ecdhBothWaysGivesOneKey() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String[] a = ecPair(c);
    String[] b = ecPair(c);
    TtlvItem.Structure ecdh = parameters(new CryptographicParameters(null, null, null, null, null,
        CryptographicAlgorithm.ECDH, null, null, null, null, null, null, null, null, null, null, null, null)
        .toTtlv(KmipVersion.V2_1));
    DeriveKeyResponsePayload ab = c.ok(derive(ObjectType.SYMMETRIC_KEY, List.of(a[0], b[1]),
        DerivationMethod.ASYMMETRIC_KEY, ecdh, aes(256)));
    DeriveKeyResponsePayload ba = c.ok(derive(ObjectType.SYMMETRIC_KEY, List.of(b[0], a[1]),
        DerivationMethod.ASYMMETRIC_KEY, ecdh, aes(256)));
    assertThat(Arrays.equals(material(c, ab.uniqueIdentifier()), material(c, ba.uniqueIdentifier())))
        .as("ECDH(a, B) = ECDH(b, A)").isTrue();
    assertThat(links(c, ab.uniqueIdentifier())).containsExactly(
        new Link(LinkType.DERIVATION_BASE_OBJECT_LINK, a[0]), new Link(LinkType.DERIVATION_BASE_OBJECT_LINK, b[1]));
    assertThat(c.reason(derive(ObjectType.SYMMETRIC_KEY, List.of(b[1], a[0]), DerivationMethod.ASYMMETRIC_KEY, ecdh,
        aes(256)))).as("public key first").isEqualTo(ResultReason.INVALID_OBJECT_TYPE);
  }

  @Test
  void ecdhOnSecp256k1FromRecommendedCurve() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    TtlvItem.Structure curve = structure(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS, integer(Tag.QLENGTH, 256),
        enumeration(Tag.RECOMMENDED_CURVE, RecommendedCurve.SECP256K1.value()));
    String[] a = ecPair(c, curve);
    String[] b = ecPair(c, curve);
    GetAttributesResponsePayload attrs = c.ok(new GetAttributesRequestPayload(a[0], List.of()));
    assertThat(attrs.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).as("length from the curve").contains(256);
    TtlvItem.Structure ecdh = parameters(new CryptographicParameters(null, null, null, null, null,
        CryptographicAlgorithm.ECDH, null, null, null, null, null, null, null, null, null, null, null, null)
        .toTtlv(KmipVersion.V1_4));
    DeriveKeyResponsePayload ab = c.ok(derive(ObjectType.SYMMETRIC_KEY, List.of(a[0], b[1]),
        DerivationMethod.ASYMMETRIC_KEY, ecdh, aes(256)));
    DeriveKeyResponsePayload ba = c.ok(derive(ObjectType.SYMMETRIC_KEY, List.of(b[0], a[1]),
        DerivationMethod.ASYMMETRIC_KEY, ecdh, aes(256)));
    assertThat(Arrays.equals(material(c, ab.uniqueIdentifier()), material(c, ba.uniqueIdentifier())))
        .as("secp256k1 ECDH(a, B) = ECDH(b, A)").isTrue();
    TtlvItem.Structure wrongQ = structure(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS, integer(Tag.QLENGTH, 384),
        enumeration(Tag.RECOMMENDED_CURVE, RecommendedCurve.SECP256K1.value()));
    assertThat(c.reason(new CreateKeyPairRequestPayload(Attributes.of(
        enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.EC.value()), wrongQ), null, null, null, null, null)))
        .as("Qlength other than the curve's").isEqualTo(ResultReason.INVALID_FIELD);
  }

  /** A P-256 pair usable for Derive Key: {private, public}. */
  private static String[] ecPair(ServerFixture.Connection c) throws Exception {
    return ecPair(c, integer(Tag.CRYPTOGRAPHIC_LENGTH, 256));
  }

  /** An EC pair usable for Derive Key, its size or curve given by {@code size}: {private, public}. */
  private static String[] ecPair(ServerFixture.Connection c, TtlvItem size) throws Exception {
    Attributes common = Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.EC.value()),
        size, dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(3600)));
    CreateKeyPairResponsePayload r = c.ok(new CreateKeyPairRequestPayload(common,
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, DERIVE | CryptographicUsageMask.SIGN.value())),
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, DERIVE | CryptographicUsageMask.VERIFY.value())),
        null, null, null));
    return new String[] {r.privateKeyUniqueIdentifier(), r.publicKeyUniqueIdentifier()};
  }
}
