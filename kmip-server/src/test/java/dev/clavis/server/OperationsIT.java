package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.dateTime;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.AddAttributeRequestPayload;
import dev.clavis.codec.Attribute;
import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.Certificate;
import dev.clavis.codec.CheckRequestPayload;
import dev.clavis.codec.CreateKeyPairRequestPayload;
import dev.clavis.codec.CreateKeyPairResponsePayload;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.DeleteAttributeRequestPayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.DiscoverVersionsRequestPayload;
import dev.clavis.codec.DiscoverVersionsResponsePayload;
import dev.clavis.codec.GetAttributeListRequestPayload;
import dev.clavis.codec.GetAttributeListResponsePayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KeyValue;
import dev.clavis.codec.Link;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.ModifyAttributeRequestPayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.OpaqueObject;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.PublicKey;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.ReKeyRequestPayload;
import dev.clavis.codec.ReKeyResponsePayload;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.RevocationReason;
import dev.clavis.codec.RevokeRequestPayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SetAttributeRequestPayload;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CertificateType;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.RevocationReasonCode;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation end to end: a real {@link ClavisServer} on port 0, real TLS, H2 file store, software KEK. */
class OperationsIT {

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

  static Attributes aes(int bits, String name) {
    Attributes a = Attributes.of(
        enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, bits),
        integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value() | CryptographicUsageMask.DECRYPT.value()));
    return name == null ? a : a.with(new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toAttribute());
  }

  static String create(ServerFixture.Connection c, Attributes a) throws Exception {
    CreateResponsePayload r = c.ok(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, a, null));
    assertThat(r.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
    return r.uniqueIdentifier();
  }

  static State state(ServerFixture.Connection c, String uid) throws Exception {
    GetAttributesResponsePayload r = c.ok(new GetAttributesRequestPayload(uid, List.of(AttributeReference.of(Tag.STATE))));
    return State.fromValue(r.attributes().enumeration(Tag.STATE).orElseThrow());
  }

  static ResultReason wrongState(KmipVersion v) {
    return v.atLeast(KmipVersion.V2_0) ? ResultReason.WRONG_KEY_LIFECYCLE_STATE : ResultReason.PERMISSION_DENIED;
  }

  static RevokeRequestPayload revoke(String uid, RevocationReasonCode code) {
    return new RevokeRequestPayload(uid, new RevocationReason(code, "test"), null);
  }

  @ParameterizedTest
  @EnumSource(KmipVersion.class)
  void lifecycleCreateGetActivateRevokeDestroy(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    String uid = create(c, aes(256, "disk-" + v));
    GetResponsePayload got = c.ok(new GetRequestPayload(uid, null, null, null, null));
    SymmetricKey key = (SymmetricKey) got.object();
    assertThat(key.keyBlock().keyFormatType()).isEqualTo(KeyFormatType.RAW);
    assertThat(key.keyBlock().keyMaterial().byteCount()).isEqualTo(32);
    assertThat(key.keyBlock().cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
    assertThat(state(c, uid)).isEqualTo(State.PRE_ACTIVE);

    c.ok(new ActivateRequestPayload(uid));
    assertThat(state(c, uid)).isEqualTo(State.ACTIVE);
    assertThat(c.reason(new ActivateRequestPayload(uid))).as("Active → Activate").isEqualTo(wrongState(v));
    assertThat(c.reason(new DestroyRequestPayload(uid))).as("Active → Destroy").isEqualTo(wrongState(v));

    c.ok(revoke(uid, RevocationReasonCode.CESSATION_OF_OPERATION));
    assertThat(state(c, uid)).isEqualTo(State.DEACTIVATED);
    assertThat(c.reason(revoke(uid, RevocationReasonCode.SUPERSEDED))).as("Deactivated → Revoke").isEqualTo(wrongState(v));
    assertThat(c.reason(new ActivateRequestPayload(uid))).as("Deactivated → Activate").isEqualTo(wrongState(v));

    c.ok(new DestroyRequestPayload(uid));
    assertThat(state(c, uid)).as("metadata kept").isEqualTo(State.DESTROYED);
    ResultReason destroyedGet = v.atLeast(KmipVersion.V2_0) ? ResultReason.OBJECT_DESTROYED : ResultReason.PERMISSION_DENIED;
    assertThat(c.reason(new GetRequestPayload(uid, null, null, null, null))).isEqualTo(destroyedGet);
    assertThat(c.reason(new DestroyRequestPayload(uid))).as("Destroyed → Destroy").isEqualTo(wrongState(v));
    GetAttributesResponsePayload attrs = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    assertThat(attrs.attributes().dateTime(Tag.DESTROY_DATE)).isPresent();
    assertThat(attrs.attributes().dateTime(Tag.DEACTIVATION_DATE)).isPresent();
    assertThat(attrs.attributes().dateTime(Tag.ACTIVATION_DATE)).isPresent();
    assertThat(attrs.attributes().get(Tag.DIGEST)).isPresent();
    assertThat(attrs.attributes().names()).extracting(Name::value).containsExactly("disk-" + v);
    assertThat(attrs.attributes().enumeration(Tag.KEY_FORMAT_TYPE)).as("an attribute from 2.0 only")
        .isEqualTo(v.atLeast(KmipVersion.V2_0) ? java.util.Optional.of(KeyFormatType.RAW.value()) : java.util.Optional.empty());
  }

  @Test
  void compromiseFromEveryLiveStateAndDestroyedCompromised() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String pre = create(c, aes(128, null));
    Instant occurred = Instant.parse("2026-01-02T03:04:05Z");
    c.ok(new RevokeRequestPayload(pre, new RevocationReason(RevocationReasonCode.KEY_COMPROMISE, "leaked"), occurred));
    assertThat(state(c, pre)).isEqualTo(State.COMPROMISED);
    GetAttributesResponsePayload a = c.ok(new GetAttributesRequestPayload(pre, List.of()));
    assertThat(a.attributes().dateTime(Tag.COMPROMISE_OCCURRENCE_DATE)).contains(occurred);
    assertThat(a.attributes().dateTime(Tag.COMPROMISE_DATE)).isPresent();
    assertThat(a.attributes().get(Tag.REVOCATION_REASON)).isPresent();
    assertThat(c.reason(new ActivateRequestPayload(pre))).isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    assertThat(c.reason(revoke(pre, RevocationReasonCode.KEY_COMPROMISE))).as("Compromised → Compromise")
        .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    c.ok(new GetRequestPayload(pre, null, null, null, null)); // a compromised key can still be read
    c.ok(new DestroyRequestPayload(pre));
    assertThat(state(c, pre)).isEqualTo(State.DESTROYED_COMPROMISED);

    String destroyed = create(c, aes(128, null));
    c.ok(new DestroyRequestPayload(destroyed));
    c.ok(revoke(destroyed, RevocationReasonCode.CA_COMPROMISE));
    assertThat(state(c, destroyed)).isEqualTo(State.DESTROYED_COMPROMISED);

    String active = create(c, aes(128, null));
    c.ok(new ActivateRequestPayload(active));
    c.ok(revoke(active, RevocationReasonCode.KEY_COMPROMISE));
    assertThat(state(c, active)).isEqualTo(State.COMPROMISED);
  }

  @Test
  void activationDateNotAfterNowMakesTheObjectActiveAtOnceAndALaterOneKeepsItPreActive() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    Instant past = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    String now = create(c, aes(256, null).with(dateTime(Tag.ACTIVATION_DATE, past)));
    assertThat(state(c, now)).isEqualTo(State.ACTIVE);
    String later = create(c, aes(256, null).with(dateTime(Tag.ACTIVATION_DATE, Instant.now().plusSeconds(3600))));
    assertThat(state(c, later)).isEqualTo(State.PRE_ACTIVE);
    String deactivated = create(c, aes(256, null).with(dateTime(Tag.ACTIVATION_DATE, past))
        .with(dateTime(Tag.DEACTIVATION_DATE, past.plusSeconds(1))));
    assertThat(state(c, deactivated)).isEqualTo(State.DEACTIVATED);
  }

  @Test
  void createsEveryKindOfDataKeyAndRefusesBadOnes() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    for (int bits : new int[] {128, 192, 256}) {
      String uid = create(c, aes(bits, null));
      SymmetricKey k = (SymmetricKey) ((GetResponsePayload) c.ok(new GetRequestPayload(uid, null, null, null, null))).object();
      assertThat(k.keyBlock().keyMaterial().byteCount()).isEqualTo(bits / 8);
    }
    String des3 = create(c, Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.DES3.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, 168)));
    byte[] k3 = ((SymmetricKey) ((GetResponsePayload) c.ok(new GetRequestPayload(des3, null, null, null, null))).object())
        .keyBlock().keyMaterial().bytes();
    assertThat(k3).hasSize(24);
    for (byte b : k3) {
      assertThat(Integer.bitCount(b & 0xff) % 2).as("odd parity").isEqualTo(1);
    }
    String hmac = create(c, Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.HMAC_SHA256.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)));
    assertThat(hmac).isNotBlank();
    CreateResponsePayload secret = c.ok(new CreateRequestPayload(ObjectType.SECRET_DATA, Attributes.empty(), null));
    GetResponsePayload s = c.ok(new GetRequestPayload(secret.uniqueIdentifier(), null, null, null, null));
    assertThat(((SecretData) s.object()).keyBlock().keyMaterial().byteCount()).isEqualTo(32);

    assertThat(c.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, aes(100, null), null)))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(c.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_LENGTH, 128)), null))).isEqualTo(ResultReason.MISSING_DATA);
    assertThat(c.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
        aes(128, null).with(enumeration(Tag.STATE, State.ACTIVE.value())), null)))
        .as("State is set by the server only").isEqualTo(ResultReason.ATTRIBUTE_READ_ONLY);
    create(c, aes(128, "taken"));
    assertThat(c.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, aes(128, "taken"), null)))
        .as("names are unique within the server").isEqualTo(ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);
  }

  static Attributes pair(CryptographicAlgorithm alg, int bits) {
    return Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, alg.value()), integer(Tag.CRYPTOGRAPHIC_LENGTH, bits));
  }

  static byte[] material(ServerFixture.Connection c, String uid, KeyFormatType format) throws Exception {
    GetResponsePayload r = c.ok(new GetRequestPayload(uid, format, null, null, null));
    KeyBlock kb = switch (r.object()) {
      case PrivateKey k -> k.keyBlock();
      case PublicKey k -> k.keyBlock();
      case SymmetricKey k -> k.keyBlock();
      default -> throw new AssertionError(r.object().objectType());
    };
    if (format != null) {
      assertThat(kb.keyFormatType()).isEqualTo(format);
    }
    return kb.keyMaterial().bytes();
  }

  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_2", "V1_4", "V2_1"})
  void createKeyPairRsaAndEcLinkedAndUsable(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    CreateKeyPairResponsePayload rsa = c.ok(new CreateKeyPairRequestPayload(pair(CryptographicAlgorithm.RSA, 2048),
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.SIGN.value())),
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.VERIFY.value())), null, null, null));
    java.security.PrivateKey priv = KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(material(c, rsa.privateKeyUniqueIdentifier(), KeyFormatType.PKCS_8)));
    java.security.PublicKey pub = KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(material(c, rsa.publicKeyUniqueIdentifier(), KeyFormatType.X_509)));
    assertThat(((java.security.interfaces.RSAPublicKey) pub).getModulus().bitLength()).isEqualTo(2048);
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(priv);
    s.update(new byte[] {1, 2, 3});
    byte[] sig = s.sign();
    s.initVerify(pub);
    s.update(new byte[] {1, 2, 3});
    assertThat(s.verify(sig)).as("the two halves belong together").isTrue();
    // PKCS#1 forms parse back to the same key.
    org.bouncycastle.asn1.pkcs.RSAPrivateKey p1 = org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(
        material(c, rsa.privateKeyUniqueIdentifier(), KeyFormatType.PKCS_1));
    assertThat(p1.getModulus()).isEqualTo(((java.security.interfaces.RSAPublicKey) pub).getModulus());
    org.bouncycastle.asn1.pkcs.RSAPublicKey pub1 = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(
        material(c, rsa.publicKeyUniqueIdentifier(), KeyFormatType.PKCS_1));
    assertThat(pub1.getModulus()).isEqualTo(p1.getModulus());
    GetResponsePayload transparent = c.ok(new GetRequestPayload(rsa.publicKeyUniqueIdentifier(),
        KeyFormatType.TRANSPARENT_RSA_PUBLIC_KEY, null, null, null));
    assertThat(((PublicKey) transparent.object()).keyBlock().keyMaterial().bigInteger(Tag.MODULUS)).isEqualTo(p1.getModulus());
    GetResponsePayload stored = c.ok(new GetRequestPayload(rsa.privateKeyUniqueIdentifier(), null, null, null, null));
    assertThat(((PrivateKey) stored.object()).keyBlock().keyFormatType()).as("RSA is kept as PKCS#1").isEqualTo(KeyFormatType.PKCS_1);
    assertThat(c.reason(new GetRequestPayload(rsa.publicKeyUniqueIdentifier(), KeyFormatType.PKCS_8, null, null, null)))
        .isEqualTo(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);

    GetAttributesResponsePayload privAttrs = c.ok(new GetAttributesRequestPayload(rsa.privateKeyUniqueIdentifier(), List.of()));
    assertThat(privAttrs.attributes().links()).containsExactly(new Link(LinkType.PUBLIC_KEY_LINK, rsa.publicKeyUniqueIdentifier()));
    assertThat(privAttrs.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK)).contains(CryptographicUsageMask.SIGN.value());
    GetAttributesResponsePayload pubAttrs = c.ok(new GetAttributesRequestPayload(rsa.publicKeyUniqueIdentifier(), List.of()));
    assertThat(pubAttrs.attributes().links()).containsExactly(new Link(LinkType.PRIVATE_KEY_LINK, rsa.privateKeyUniqueIdentifier()));
    assertThat(pubAttrs.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK)).contains(CryptographicUsageMask.VERIFY.value());

    if (v.atLeast(KmipVersion.V1_2)) {
      CreateKeyPairResponsePayload ec = c.ok(new CreateKeyPairRequestPayload(pair(CryptographicAlgorithm.EC, 384),
          null, null, null, null, null));
      java.security.PrivateKey ecPriv = KeyFactory.getInstance("EC")
          .generatePrivate(new PKCS8EncodedKeySpec(material(c, ec.privateKeyUniqueIdentifier(), null)));
      java.security.PublicKey ecPub = KeyFactory.getInstance("EC")
          .generatePublic(new X509EncodedKeySpec(material(c, ec.publicKeyUniqueIdentifier(), KeyFormatType.X_509)));
      Signature es = Signature.getInstance("SHA384withECDSA");
      es.initSign(ecPriv);
      es.update(new byte[] {9});
      byte[] esig = es.sign();
      es.initVerify(ecPub);
      es.update(new byte[] {9});
      assertThat(es.verify(esig)).isTrue();
      assertThat(material(c, ec.privateKeyUniqueIdentifier(), KeyFormatType.ECPRIVATEKEY)).isNotEmpty();
    }
    assertThat(c.reason(new CreateKeyPairRequestPayload(pair(CryptographicAlgorithm.RSA, 1024), null, null, null, null, null)))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void registersEveryObjectTypeAndGetsTheSameBytesBack() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    byte[] aesKey = new byte[16];
    java.util.Arrays.fill(aesKey, (byte) 7);
    List<dev.clavis.codec.ManagedObject> objects = new java.util.ArrayList<>();
    objects.add(new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, aesKey.clone(), CryptographicAlgorithm.AES, 128)));
    objects.add(new SecretData(SecretDataType.PASSWORD, KeyBlock.of(KeyFormatType.OPAQUE, "pa55word".getBytes(), null, null)));
    objects.add(new OpaqueObject(0x80000001, new byte[] {1, 2, 3, 4}));
    byte[] caDer = TestPki.readChain(ServerFixture.PKI.trusted.caCert()).get(0).getEncoded();
    objects.add(new Certificate(CertificateType.X_509, caDer));
    java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    java.security.KeyPair kp = g.generateKeyPair();
    objects.add(new PrivateKey(KeyBlock.of(KeyFormatType.PKCS_8, kp.getPrivate().getEncoded(), CryptographicAlgorithm.RSA, 2048)));
    objects.add(new PublicKey(KeyBlock.of(KeyFormatType.X_509, kp.getPublic().getEncoded(), CryptographicAlgorithm.RSA, 2048)));
    objects.add(new dev.clavis.codec.SplitKey(3, 1, 2, dev.clavis.codec.spec.SplitKeyMethod.XOR, null,
        KeyBlock.of(KeyFormatType.RAW, aesKey.clone(), CryptographicAlgorithm.AES, 128)));
    objects.add(new dev.clavis.codec.PGPKey(4, KeyBlock.of(KeyFormatType.RAW, new byte[] {5, 6, 7}, null, null)));
    for (dev.clavis.codec.ManagedObject o : objects) {
      RegisterResponsePayload r = c.ok(new RegisterRequestPayload(o.objectType(), Attributes.empty(), o, null));
      GetResponsePayload got = c.ok(new GetRequestPayload(r.uniqueIdentifier(), null, null, null, null));
      assertThat(got.objectType()).isEqualTo(o.objectType());
      assertThat(got.object()).as(o.objectType().specName()).isEqualTo(o);
      GetAttributesResponsePayload a = c.ok(new GetAttributesRequestPayload(r.uniqueIdentifier(), List.of()));
      assertThat(a.attributes().enumeration(Tag.OBJECT_TYPE)).contains(o.objectType().value());
      assertThat(a.attributes().get(Tag.DIGEST)).as("Digest of " + o.objectType().specName()).isPresent();
    }
    // Algorithm and length come from the Key Block when the attributes omit them.
    RegisterResponsePayload sym = c.ok(new RegisterRequestPayload(ObjectType.SYMMETRIC_KEY, Attributes.empty(),
        new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, aesKey.clone(), CryptographicAlgorithm.AES, 128)), null));
    GetAttributesResponsePayload a = c.ok(new GetAttributesRequestPayload(sym.uniqueIdentifier(), List.of()));
    assertThat(a.attributes().enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM)).contains(CryptographicAlgorithm.AES.value());
    assertThat(a.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(128);
    // Transparent Symmetric Key on request.
    GetResponsePayload t = c.ok(new GetRequestPayload(sym.uniqueIdentifier(), KeyFormatType.TRANSPARENT_SYMMETRIC_KEY, null, null, null));
    assertThat(((SymmetricKey) t.object()).keyBlock().keyMaterial().byteField(Tag.KEY)).isEqualTo(aesKey);
    assertThat(c.reason(new GetRequestPayload(sym.uniqueIdentifier(), KeyFormatType.PKCS_1, null, null, null)))
        .isEqualTo(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);
  }

  static TtlvItem.Structure wrappingSpec(String wrappingUid, dev.clavis.codec.spec.EncodingOption encoding) {
    List<TtlvItem> fields = new java.util.ArrayList<>(List.of(
        enumeration(Tag.WRAPPING_METHOD, dev.clavis.codec.spec.WrappingMethod.ENCRYPT.value()),
        TtlvItem.structure(Tag.ENCRYPTION_KEY_INFORMATION, text(Tag.UNIQUE_IDENTIFIER, wrappingUid),
            TtlvItem.structure(Tag.CRYPTOGRAPHIC_PARAMETERS,
                enumeration(Tag.BLOCK_CIPHER_MODE, dev.clavis.codec.spec.BlockCipherMode.NISTKEYWRAP.value())))));
    if (encoding != null) {
      fields.add(enumeration(Tag.ENCODING_OPTION, encoding.value()));
    }
    return TtlvItem.structure(Tag.KEY_WRAPPING_SPECIFICATION, fields);
  }

  @Test
  void getWrapsUnderAnActiveAesKeyWithAesKeyWrap() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String kek = create(c, Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
        integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.WRAP_KEY.value() | CryptographicUsageMask.UNWRAP_KEY.value())));
    String key = create(c, aes(128, null));
    assertThat(c.reason(new GetRequestPayload(key, null, null, null,
        wrappingSpec(kek, dev.clavis.codec.spec.EncodingOption.NO_ENCODING))))
        .as("a Pre-Active wrapping key").isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    c.ok(new ActivateRequestPayload(kek));
    byte[] kekBytes = material(c, kek, null);
    byte[] plain = material(c, key, null);

    GetResponsePayload wrapped = c.ok(new GetRequestPayload(key, null, null, null,
        wrappingSpec(kek, dev.clavis.codec.spec.EncodingOption.NO_ENCODING)));
    KeyBlock kb = ((SymmetricKey) wrapped.object()).keyBlock();
    assertThat(kb.keyWrappingData().encryptionKeyInformation().uniqueIdentifier()).isEqualTo(kek);
    Cipher unwrap = Cipher.getInstance("AESWrap");
    unwrap.init(Cipher.UNWRAP_MODE, new SecretKeySpec(kekBytes, "AES"));
    byte[] unwrapped = unwrap.unwrap(((KeyValue.Wrapped) kb.keyValue()).bytes(), "AES", Cipher.SECRET_KEY).getEncoded();
    assertThat(unwrapped).isEqualTo(plain);

    GetResponsePayload ttlv = c.ok(new GetRequestPayload(key, null, null, null, wrappingSpec(kek, null)));
    KeyBlock tb = ((SymmetricKey) ttlv.object()).keyBlock();
    Cipher unwrapPad = Cipher.getInstance("AESWrap"); // 32 bytes of TTLV: RFC 3394, as NIST Key Wrap asks
    unwrapPad.init(Cipher.UNWRAP_MODE, new SecretKeySpec(kekBytes, "AES"));
    byte[] encodedKeyValue = unwrapPad.unwrap(((KeyValue.Wrapped) tb.keyValue()).bytes(), "AES", Cipher.SECRET_KEY).getEncoded();
    assertThat(encodedKeyValue).as("TTLV Encoding (the default) wraps the Key Value structure")
        .isEqualTo(TtlvEncoder.encode(TtlvItem.structure(Tag.KEY_VALUE, TtlvItem.bytes(Tag.KEY_MATERIAL, plain))));

    String notWrapping = create(c, aes(256, null));
    c.ok(new ActivateRequestPayload(notWrapping));
    assertThat(c.reason(new GetRequestPayload(key, null, null, null, wrappingSpec(notWrapping, null))))
        .as("no Wrap Key usage").isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
    assertThat(c.reason(new GetRequestPayload(key, null, null, null, wrappingSpec("no-such-key", null))))
        .isEqualTo(ResultReason.WRAPPING_OBJECT_NOT_FOUND);
  }

  @Test
  void locateFiltersPagesAndCountsOnlyTheClientsOwnObjects() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    ServerFixture.Connection other = fixture.connect(KmipVersion.V2_1, ServerFixture.PKI.otherClientCert, ServerFixture.PKI.otherClientKey);
    ServerFixture.Connection admin = fixture.connect(KmipVersion.V2_1, ServerFixture.PKI.adminClientCert, ServerFixture.PKI.adminClientKey);
    List<String> mine = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      mine.add(create(c, aes(128, "locate-" + i).with(Attribute.of(text(Tag.OBJECT_GROUP, "group-a")))));
    }
    String theirs = create(other, aes(256, "theirs"));
    String hmac = create(c, Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.HMAC_SHA256.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)));

    LocateResponsePayload all = c.ok(new LocateRequestPayload(null, null, null, null, Attributes.empty()));
    assertThat(all.uniqueIdentifiers()).containsAll(mine).contains(hmac).doesNotContain(theirs);
    LocateResponsePayload byName = c.ok(new LocateRequestPayload(null, null, null, null,
        Attributes.of(new Name("locate-3", NameType.UNINTERPRETED_TEXT_STRING).toTtlv())));
    assertThat(byName.uniqueIdentifiers()).containsExactly(mine.get(3));
    LocateResponsePayload byAlg = c.ok(new LocateRequestPayload(null, null, null, null,
        Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()), integer(Tag.CRYPTOGRAPHIC_LENGTH, 128))));
    assertThat(byAlg.uniqueIdentifiers()).containsExactlyInAnyOrderElementsOf(mine);
    LocateResponsePayload page = c.ok(new LocateRequestPayload(2, 1, null, null,
        Attributes.of(text(Tag.OBJECT_GROUP, "group-a"))));
    assertThat(page.uniqueIdentifiers()).hasSize(2).isSubsetOf(mine);
    assertThat(page.locatedItems()).as("Located Items counts every match").isEqualTo(5);
    LocateResponsePayload byOtherAttribute = c.ok(new LocateRequestPayload(null, null, null, null,
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value()),
            enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
            enumeration(Tag.STATE, State.PRE_ACTIVE.value()))));
    assertThat(byOtherAttribute.uniqueIdentifiers()).containsExactlyInAnyOrderElementsOf(mine);
    c.ok(new DestroyRequestPayload(mine.get(0)));
    LocateResponsePayload online = c.ok(new LocateRequestPayload(null, null, null, null, Attributes.of(text(Tag.OBJECT_GROUP, "group-a"))));
    assertThat(online.uniqueIdentifiers()).as("destroyed objects are not on-line").doesNotContain(mine.get(0)).hasSize(4);
    LocateResponsePayload destroyed = c.ok(new LocateRequestPayload(null, null, 4, null, Attributes.of(text(Tag.OBJECT_GROUP, "group-a"))));
    assertThat(destroyed.uniqueIdentifiers()).containsExactly(mine.get(0));

    // Ownership: another identity gets Object Not Found and finds nothing; an administrator sees all.
    assertThat(other.reason(new GetRequestPayload(mine.get(1), null, null, null, null))).isEqualTo(ResultReason.OBJECT_NOT_FOUND);
    assertThat(other.reason(new ActivateRequestPayload(mine.get(1)))).isEqualTo(ResultReason.OBJECT_NOT_FOUND);
    assertThat(other.reason(new GetAttributesRequestPayload(mine.get(1), List.of()))).isEqualTo(ResultReason.OBJECT_NOT_FOUND);
    assertThat(other.reason(new DestroyRequestPayload(mine.get(1)))).isEqualTo(ResultReason.OBJECT_NOT_FOUND);
    LocateResponsePayload theirView = other.ok(new LocateRequestPayload(null, null, null, null, Attributes.empty()));
    assertThat(theirView.uniqueIdentifiers()).containsExactly(theirs);
    assertThat(other.reason(new GetRequestPayload("no-such-object", null, null, null, null))).isEqualTo(ResultReason.OBJECT_NOT_FOUND);
    LocateResponsePayload adminView = admin.ok(new LocateRequestPayload(null, null, null, null, Attributes.empty()));
    assertThat(adminView.uniqueIdentifiers()).contains(theirs, hmac).containsAll(mine.subList(1, 5));
    admin.ok(new GetRequestPayload(mine.get(1), null, null, null, null));
    admin.ok(new ActivateRequestPayload(theirs));
    assertThat(state(other, theirs)).isEqualTo(State.ACTIVE);
  }

  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_0", "V1_4", "V2_0", "V2_1"})
  void attributeOperationsFollowTheRules(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    String uid = create(c, aes(128, "attrs-" + v));
    boolean v2 = v.atLeast(KmipVersion.V2_0);
    // Add: a further Name (multi-valued), a Contact Information (single-valued, only once).
    c.ok(new AddAttributeRequestPayload(uid, new Name("attrs-" + v + "-b", NameType.UNINTERPRETED_TEXT_STRING).toAttribute()));
    c.ok(new AddAttributeRequestPayload(uid, Attribute.of(text(Tag.CONTACT_INFORMATION, "ops@example"))));
    assertThat(c.reason(new AddAttributeRequestPayload(uid, Attribute.of(text(Tag.CONTACT_INFORMATION, "again")))))
        .isEqualTo(v2 ? ResultReason.ATTRIBUTE_SINGLE_VALUED : ResultReason.INVALID_FIELD);
    assertThat(c.reason(new AddAttributeRequestPayload(uid, Attribute.of(enumeration(Tag.STATE, State.ACTIVE.value())))))
        .as("State is read-only").isEqualTo(v2 ? ResultReason.ATTRIBUTE_READ_ONLY : ResultReason.PERMISSION_DENIED);
    assertThat(c.reason(new AddAttributeRequestPayload(uid, Attribute.of(integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)))))
        .as("set at creation only").isEqualTo(v2 ? ResultReason.ATTRIBUTE_READ_ONLY : ResultReason.PERMISSION_DENIED);
    // Modify: Contact Information.
    c.ok(new ModifyAttributeRequestPayload(uid, null, Attribute.of(text(Tag.CONTACT_INFORMATION, "sec@example"))));
    GetAttributesResponsePayload a = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    assertThat(a.attributes().text(Tag.CONTACT_INFORMATION)).contains("sec@example");
    assertThat(a.attributes().names()).extracting(Name::value).containsExactly("attrs-" + v, "attrs-" + v + "-b");
    assertThat(c.reason(new ModifyAttributeRequestPayload(uid, null, Attribute.of(text(Tag.DESCRIPTION, "x")))))
        .as("an attribute the object lacks").isIn(ResultReason.ATTRIBUTE_NOT_FOUND, ResultReason.INVALID_FIELD, ResultReason.GENERAL_FAILURE);
    // Custom / vendor attribute.
    c.ok(new AddAttributeRequestPayload(uid, Attribute.vendor("x", "purpose", text(Tag.ATTRIBUTE_VALUE, "backup"))));
    LocateResponsePayload byCustom = c.ok(new LocateRequestPayload(null, null, null, null,
        Attributes.of(List.of(Attribute.vendor("x", "purpose", text(Tag.ATTRIBUTE_VALUE, "backup"))))));
    assertThat(byCustom.uniqueIdentifiers()).containsExactly(uid);
    // Attribute list.
    GetAttributeListResponsePayload list = c.ok(new GetAttributeListRequestPayload(uid));
    assertThat(list.attributeReferences()).contains(AttributeReference.of(Tag.STATE), AttributeReference.of(Tag.NAME),
        AttributeReference.of(Tag.CONTACT_INFORMATION), AttributeReference.vendor("x", "purpose"));
    // Delete: the second Name, then Contact Information; read-only ones are refused.
    if (v2) {
      c.ok(new DeleteAttributeRequestPayload(uid, null, null,
          new Name("attrs-" + v + "-b", NameType.UNINTERPRETED_TEXT_STRING).toAttribute()));
      c.ok(new DeleteAttributeRequestPayload(uid, AttributeReference.of(Tag.CONTACT_INFORMATION), null, null));
    } else {
      c.ok(new DeleteAttributeRequestPayload(uid, AttributeReference.of(Tag.NAME), 1, null));
      c.ok(new DeleteAttributeRequestPayload(uid, AttributeReference.of(Tag.CONTACT_INFORMATION), null, null));
    }
    assertThat(c.reason(new DeleteAttributeRequestPayload(uid, AttributeReference.of(Tag.INITIAL_DATE), null, null)))
        .isEqualTo(v2 ? ResultReason.ATTRIBUTE_READ_ONLY : ResultReason.PERMISSION_DENIED);
    a = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    assertThat(a.attributes().names()).extracting(Name::value).containsExactly("attrs-" + v);
    assertThat(a.attributes().get(Tag.CONTACT_INFORMATION)).isEmpty();
    if (v2) {
      c.ok(new SetAttributeRequestPayload(uid, Attribute.of(text(Tag.DESCRIPTION, "first"))));
      c.ok(new SetAttributeRequestPayload(uid, Attribute.of(text(Tag.DESCRIPTION, "second"))));
      a = c.ok(new GetAttributesRequestPayload(uid, List.of(AttributeReference.of(Tag.DESCRIPTION))));
      assertThat(a.attributes().all(Tag.DESCRIPTION)).hasSize(1);
      assertThat(a.attributes().text(Tag.DESCRIPTION)).contains("second");
      // KMIP 2.1 §6.1.51: one instance is modified, more than one is an error.
      c.ok(new SetAttributeRequestPayload(uid, new Name("n", NameType.UNINTERPRETED_TEXT_STRING).toAttribute()));
      a = c.ok(new GetAttributesRequestPayload(uid, List.of(AttributeReference.of(Tag.NAME))));
      assertThat(a.attributes().names()).extracting(Name::value).containsExactly("n");
      c.ok(new AddAttributeRequestPayload(uid, new Name("n2", NameType.UNINTERPRETED_TEXT_STRING).toAttribute()));
      assertThat(c.reason(new SetAttributeRequestPayload(uid, new Name("n3", NameType.UNINTERPRETED_TEXT_STRING).toAttribute())))
          .isEqualTo(ResultReason.MULTI_VALUED_ATTRIBUTE);
      assertThat(c.reason(new SetAttributeRequestPayload(uid, Attribute.of(enumeration(Tag.OBJECT_TYPE, 1)))))
          .isEqualTo(ResultReason.ATTRIBUTE_READ_ONLY);
    }
  }

  @Test
  void queryDiscoverVersionsCheckAndReKey() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    QueryResponsePayload q = c.ok(new QueryRequestPayload(
        List.of(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS, QueryFunction.QUERY_SERVER_INFORMATION), null));
    assertThat(q.operations()).contains(Operation.CREATE, Operation.CREATE_KEY_PAIR, Operation.REGISTER, Operation.RE_KEY,
        Operation.GET, Operation.LOCATE, Operation.QUERY, Operation.DISCOVER_VERSIONS, Operation.ENCRYPT).doesNotContain(Operation.CANCEL);
    assertThat(q.objectTypes()).contains(ObjectType.SYMMETRIC_KEY, ObjectType.PRIVATE_KEY, ObjectType.CERTIFICATE);
    assertThat(q.vendorIdentification()).isEqualTo("Clavis");
    assertThat(q.serverInformation()).isNotNull();
    ServerFixture.Connection old = fixture.connect(KmipVersion.V1_0);
    QueryResponsePayload q10 = old.ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_OPERATIONS), null));
    assertThat(q10.operations()).as("1.0 sees only 1.0 operations").contains(Operation.CREATE)
        .doesNotContain(Operation.SET_ATTRIBUTE, Operation.DISCOVER_VERSIONS);

    DiscoverVersionsResponsePayload all = c.ok(new DiscoverVersionsRequestPayload(List.of()));
    assertThat(all.protocolVersions()).hasSize(7).first().isEqualTo(new ProtocolVersion(2, 1));
    DiscoverVersionsResponsePayload some = c.ok(new DiscoverVersionsRequestPayload(
        List.of(new ProtocolVersion(3, 0), new ProtocolVersion(1, 4), new ProtocolVersion(1, 2))));
    assertThat(some.protocolVersions()).containsExactly(new ProtocolVersion(1, 4), new ProtocolVersion(1, 2));

    String uid = create(c, aes(256, "rekey-me"));
    assertThat(c.reason(new CheckRequestPayload(uid, null, null, null))).as("Pre-Active").isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    c.ok(new ActivateRequestPayload(uid));
    c.ok(new CheckRequestPayload(uid, null, CryptographicUsageMask.ENCRYPT.value(), null));
    assertThat(c.reason(new CheckRequestPayload(uid, null, CryptographicUsageMask.SIGN.value(), null)))
        .isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);

    ReKeyResponsePayload rk = c.ok(new ReKeyRequestPayload(uid, null, null, null));
    assertThat(rk.uniqueIdentifier()).isNotEqualTo(uid);
    assertThat(state(c, rk.uniqueIdentifier())).isEqualTo(State.ACTIVE);
    GetAttributesResponsePayload fresh = c.ok(new GetAttributesRequestPayload(rk.uniqueIdentifier(), List.of()));
    assertThat(fresh.attributes().names()).extracting(Name::value).containsExactly("rekey-me");
    assertThat(fresh.attributes().links()).containsExactly(new Link(LinkType.REPLACED_OBJECT_LINK, uid));
    assertThat(fresh.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(256);
    GetAttributesResponsePayload replaced = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    assertThat(replaced.attributes().links()).containsExactly(new Link(LinkType.REPLACEMENT_OBJECT_LINK, rk.uniqueIdentifier()));
    assertThat(replaced.attributes().names()).isEmpty();
    assertThat(material(c, rk.uniqueIdentifier(), null)).isNotEqualTo(material(c, uid, null));
    ReKeyResponsePayload later = c.ok(new ReKeyRequestPayload(rk.uniqueIdentifier(), 3600L, null, null));
    assertThat(state(c, later.uniqueIdentifier())).as("Offset puts the activation in the future").isEqualTo(State.PRE_ACTIVE);
  }

  @Test
  void deprecatedOperationPolicyNameAndTemplateNamesFromOneXClientsAreApplied() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_0);
    c.ok(new RegisterRequestPayload(ObjectType.TEMPLATE,
        Attributes.of(List.of(new Name("some-template", NameType.UNINTERPRETED_TEXT_STRING).toAttribute())),
        new dev.clavis.codec.Template(Attributes.of(text(Tag.CONTACT_INFORMATION, "from-template"))), null));
    Attributes withPolicy = new Attributes(aes(128, "policy-key").with(text(Tag.OPERATION_POLICY_NAME, "default")).list(),
        List.of(new Name("some-template", NameType.UNINTERPRETED_TEXT_STRING).toTtlv()));
    String uid = create(c, withPolicy);
    GetAttributesResponsePayload a10 = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    assertThat(a10.attributes().text(Tag.OPERATION_POLICY_NAME)).contains("default");
    assertThat(a10.attributes().text(Tag.CONTACT_INFORMATION)).as("applied from the named template").contains("from-template");
    ServerFixture.Connection v2 = fixture.connect(KmipVersion.V2_0);
    GetAttributesResponsePayload a20 = v2.ok(new GetAttributesRequestPayload(uid, List.of()));
    assertThat(a20.attributes().get(Tag.OPERATION_POLICY_NAME)).as("removed in 2.0: not rendered").isEmpty();
    assertThat(a20.attributes().names()).extracting(Name::value).containsExactly("policy-key");
  }

  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_0", "V2_1"})
  void activationDateChangesOnlyWhilePreActiveAndMovesTheStateWhenItHasCome(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    String uid = create(c, aes(128, null));
    Instant past = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
    c.ok(new AddAttributeRequestPayload(uid, Attribute.of(dateTime(Tag.ACTIVATION_DATE, past))));
    assertThat(state(c, uid)).isEqualTo(State.ACTIVE);
    assertThat(c.reason(new ModifyAttributeRequestPayload(uid, null,
        Attribute.of(dateTime(Tag.ACTIVATION_DATE, past.plusSeconds(3600)))))).isEqualTo(wrongState(v));
    String des2 = create(c, Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.DES3.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, 112)));
    assertThat(material(c, des2, null)).as("two-key 3DES").hasSize(16);
  }
}
