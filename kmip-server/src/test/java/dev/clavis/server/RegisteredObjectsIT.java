package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.AddAttributeRequestPayload;
import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.Certificate;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KeyValue;
import dev.clavis.codec.KeyWrappingData;
import dev.clavis.codec.Link;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.BlockCipherMode;
import dev.clavis.codec.spec.CertificateType;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.DigitalSignatureAlgorithm;
import dev.clavis.codec.spec.EncodingOption;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KeyWrapType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import dev.clavis.codec.spec.WrappingMethod;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registered objects end to end (real server, TLS, H2): attributes derived from an X.509
 * certificate, Key Value Present and Original Creation Date on Register, Get of a key registered
 * wrapped, Name reuse after Destroy, and Get as PKCS#12.
 */
class RegisteredObjectsIT {

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

  static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  /** A certificate for {@code subject}'s key, issued (signed) under {@code issuer} by {@code signer}. */
  static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair signer, long serial)
      throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(serial),
        Date.from(now.minusSeconds(60)), Date.from(now.plus(1, ChronoUnit.DAYS)), new X500Name(subject),
        subjectKeys.getPublic());
    return new JcaX509CertificateConverter().getCertificate(
        b.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
  }

  static String register(ServerFixture.Connection c, dev.clavis.codec.ManagedObject o, Attributes a) throws Exception {
    RegisterResponsePayload r = c.ok(new RegisterRequestPayload(o.objectType(), a, o, null));
    return r.uniqueIdentifier();
  }

  static Attributes all(ServerFixture.Connection c, String uid) throws Exception {
    GetAttributesResponsePayload r = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    return r.attributes();
  }

  @Test
  void certificateAttributesComeFromTheX509Value() throws Exception {
    KeyPair keys = rsa();
    X509Certificate cert = certificate("C=AU,O=Kmip Test,OU=Unit A,OU=Unit B,CN=EE", keys,
        "C=AU,O=Kmip Test,CN=Inter", keys, 0x3132333435363738L);
    byte[] der = cert.getEncoded();
    {
      ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
      String uid = register(c, new Certificate(CertificateType.X_509, der), Attributes.empty());
      Attributes a = all(c, uid);
      assertThat(a.text(Tag.CERTIFICATE_SUBJECT_CN)).contains("EE");
      assertThat(a.text(Tag.CERTIFICATE_SUBJECT_O)).contains("Kmip Test");
      assertThat(a.all(Tag.CERTIFICATE_SUBJECT_OU)).extracting(x -> ((TtlvItem.Text) x.value()).value())
          .containsExactly("Unit A", "Unit B");
      assertThat(a.text(Tag.CERTIFICATE_ISSUER_C)).contains("AU");
      assertThat(a.text(Tag.CERTIFICATE_ISSUER_CN)).contains("Inter");
      assertThat(a.integer(Tag.CERTIFICATE_LENGTH)).contains(der.length);
      assertThat(a.enumeration(Tag.DIGITAL_SIGNATURE_ALGORITHM))
          .contains(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION.value());
      assertThat(a.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM)).contains(CryptographicAlgorithm.RSA.value());
      assertThat(a.integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(2048);
      assertThat(a.enumeration(Tag.KEY_FORMAT_TYPE)).contains(KeyFormatType.RAW.value());
      TtlvItem.Structure id = (TtlvItem.Structure) a.get(Tag.X_509_CERTIFICATE_IDENTIFIER).orElseThrow();
      assertThat(id.find(Tag.ISSUER_DISTINGUISHED_NAME, TtlvItem.Bytes.class).orElseThrow().value())
          .isEqualTo(cert.getIssuerX500Principal().getEncoded());
      assertThat(id.find(Tag.CERTIFICATE_SERIAL_NUMBER, TtlvItem.Bytes.class).orElseThrow().value())
          .isEqualTo(new ASN1Integer(0x3132333435363738L).getEncoded());
      TtlvItem.Structure subject = (TtlvItem.Structure) a.get(Tag.X_509_CERTIFICATE_SUBJECT).orElseThrow();
      assertThat(subject.find(Tag.SUBJECT_DISTINGUISHED_NAME, TtlvItem.Bytes.class).orElseThrow().value())
          .isEqualTo(cert.getSubjectX500Principal().getEncoded());
      assertThat(a.get(Tag.CERTIFICATE_IDENTIFIER)).as("removed in 2.0").isEmpty();
    }
    {
      ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
      String uid = register(c, new Certificate(CertificateType.X_509, der), Attributes.empty());
      Attributes a = all(c, uid);
      TtlvItem.Structure id = (TtlvItem.Structure) a.get(Tag.CERTIFICATE_IDENTIFIER).orElseThrow();
      assertThat(id.find(Tag.ISSUER, TtlvItem.Text.class).orElseThrow().value()).isEqualTo("CN=Inter,O=Kmip Test,C=AU");
      assertThat(id.find(Tag.SERIAL_NUMBER, TtlvItem.Text.class).orElseThrow().value()).isEqualTo("3132333435363738");
      TtlvItem.Structure subject = (TtlvItem.Structure) a.get(Tag.CERTIFICATE_SUBJECT).orElseThrow();
      assertThat(subject.find(Tag.CERTIFICATE_SUBJECT_DISTINGUISHED_NAME, TtlvItem.Text.class).orElseThrow().value())
          .isEqualTo("CN=EE,OU=Unit B,OU=Unit A,O=Kmip Test,C=AU");
    }
  }

  @Test
  void aCertificateValueThatIsNotX509IsRefused() throws Exception {
    {
      ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
      assertThat(c.reason(new RegisterRequestPayload(ObjectType.CERTIFICATE, Attributes.empty(),
          new Certificate(CertificateType.X_509, new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}), null)))
          .isEqualTo(ResultReason.INVALID_FIELD);
    }
  }

  @Test
  void keyValuePresentAndOriginalCreationDateOnRegister() throws Exception {
    Instant original = Instant.parse("1970-01-01T10:42:00Z");
    {
      ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
      SymmetricKey noValue = new SymmetricKey(new KeyBlock(KeyFormatType.RAW, null, null, CryptographicAlgorithm.AES, 128, null));
      String elsewhere = register(c, noValue, Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value())));
      Attributes a = all(c, elsewhere);
      assertThat(a.bool(Tag.KEY_VALUE_PRESENT)).contains(false);
      assertThat(a.get(Tag.ORIGINAL_CREATION_DATE)).as("not set by the server on Register").isEmpty();

      String dated = register(c, new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, new byte[16], CryptographicAlgorithm.AES, 128)),
          Attributes.of(TtlvItem.dateTime(Tag.ORIGINAL_CREATION_DATE, original)));
      Attributes d = all(c, dated);
      assertThat(d.dateTime(Tag.ORIGINAL_CREATION_DATE)).contains(original);
      assertThat(d.get(Tag.KEY_VALUE_PRESENT)).as("only created when the value is absent").isEmpty();

      LocateResponsePayload found = c.ok(new LocateRequestPayload(null, null, null, null,
          Attributes.of(TtlvItem.bool(Tag.KEY_VALUE_PRESENT, false))));
      assertThat(found.uniqueIdentifiers()).containsExactly(elsewhere);
      assertThat(c.reason(new AddAttributeRequestPayload(dated,
          dev.clavis.codec.Attribute.of(TtlvItem.dateTime(Tag.ORIGINAL_CREATION_DATE, Instant.now())))))
          .as("never changed once set").isEqualTo(ResultReason.ATTRIBUTE_READ_ONLY);
    }
  }

  @Test
  void getUnwrapsAKeyRegisteredWrapped() throws Exception {
    byte[] kek = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    byte[] key = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
    Cipher w = Cipher.getInstance("AESWrap");
    w.init(Cipher.WRAP_MODE, new SecretKeySpec(kek, "AES"));
    byte[] wrapped = w.wrap(new SecretKeySpec(key, "AES"));
    assertThat(HexFormat.of().formatHex(wrapped)).as("RFC 3394 §4.1").isEqualTo("1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5");
    int wrapMask = CryptographicUsageMask.WRAP_KEY.value() | CryptographicUsageMask.UNWRAP_KEY.value();
    for (KmipVersion v : List.of(KmipVersion.V1_4, KmipVersion.V2_1)) {
      {
      ServerFixture.Connection c = fixture.connect(v);
        String kekUid = register(c, new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, kek.clone(), CryptographicAlgorithm.AES, 128)),
            Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, wrapMask),
                TtlvItem.dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(3600))));
        TtlvItem.Structure nistKeyWrap = TtlvItem.structure(Tag.CRYPTOGRAPHIC_PARAMETERS,
            enumeration(Tag.BLOCK_CIPHER_MODE, BlockCipherMode.NISTKEYWRAP.value()));
        KeyWrappingData wd = new KeyWrappingData(WrappingMethod.ENCRYPT,
            new KeyWrappingData.KeyInformation(kekUid, nistKeyWrap), null, null, null, EncodingOption.NO_ENCODING);
        SymmetricKey registered = new SymmetricKey(new KeyBlock(KeyFormatType.RAW, null, new KeyValue.Wrapped(wrapped.clone()),
            CryptographicAlgorithm.AES, 128, wd));
        String uid = register(c, registered, Attributes.empty());

        GetResponsePayload asRegistered = c.ok(new GetRequestPayload(uid, null, null, null, null));
        assertThat(((SymmetricKey) asRegistered.object()).keyBlock().keyWrappingData()).isNotNull();

        GetResponsePayload plain = c.ok(new GetRequestPayload(uid, KeyFormatType.RAW, KeyWrapType.NOT_WRAPPED, null, null));
        KeyBlock kb = ((SymmetricKey) plain.object()).keyBlock();
        assertThat(kb.keyWrappingData()).isNull();
        assertThat(kb.keyMaterial().bytes()).as(v.toString()).isEqualTo(key);

        TtlvItem.Structure spec = TtlvItem.structure(Tag.KEY_WRAPPING_SPECIFICATION,
            enumeration(Tag.WRAPPING_METHOD, WrappingMethod.ENCRYPT.value()),
            TtlvItem.structure(Tag.ENCRYPTION_KEY_INFORMATION, TtlvItem.text(Tag.UNIQUE_IDENTIFIER, kekUid), nistKeyWrap),
            enumeration(Tag.ENCODING_OPTION, EncodingOption.NO_ENCODING.value()));
        GetResponsePayload rewrapped = c.ok(new GetRequestPayload(uid, KeyFormatType.RAW, null, null, spec));
        KeyValue value = ((SymmetricKey) rewrapped.object()).keyBlock().keyValue();
        byte[] got = value instanceof KeyValue.Wrapped x ? x.bytes() : ((KeyValue.Plain) value).keyMaterial().bytes();
        assertThat(got).as("unwrapped, then wrapped anew under the same key").isEqualTo(wrapped);
        assertThat(value).as("registered as the Byte String, given back as one").isInstanceOf(KeyValue.Wrapped.class);
      }
    }
  }

  @Test
  void aDestroyedObjectsNameCanBeReused() throws Exception {
    {
      ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
      Attributes named = Attributes.of(List.of(new Name("Greek Capital Alpha (\u0391)", NameType.UNINTERPRETED_TEXT_STRING).toAttribute()));
      String first = register(c, new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, new byte[16], CryptographicAlgorithm.AES, 128)), named);
      assertThat(c.fails(new RegisterRequestPayload(ObjectType.SYMMETRIC_KEY, named,
          new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, new byte[16], CryptographicAlgorithm.AES, 128)), null)).resultReason())
          .as("names are unique among existing objects").isNotNull();
      c.ok(new DestroyRequestPayload(first));
      assertThat(all(c, first).names()).as("the destroyed object keeps its Name attribute").isNotEmpty();
      String second = register(c, new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, new byte[16], CryptographicAlgorithm.AES, 128)), named);
      LocateResponsePayload byName = c.ok(new LocateRequestPayload(null, null, null, null, named));
      assertThat(byName.uniqueIdentifiers()).containsExactly(second);
    }
  }

  @Test
  void getAsPkcs12HoldsTheKeyAndItsChain() throws Exception {
    KeyPair ca = rsa();
    KeyPair ee = rsa();
    X509Certificate caCert = certificate("CN=CATop,O=Kmip Test,C=AU", ca, "CN=CATop,O=Kmip Test,C=AU", ca, 2);
    X509Certificate eeCert = certificate("CN=EE,O=Kmip Test,C=AU", ee, "CN=CATop,O=Kmip Test,C=AU", ca, 3);
    for (KmipVersion v : List.of(KmipVersion.V1_4, KmipVersion.V2_1)) {
      {
      ServerFixture.Connection c = fixture.connect(v);
        String password = register(c, new SecretData(SecretDataType.PASSWORD,
                KeyBlock.of(KeyFormatType.OPAQUE, "password".getBytes(StandardCharsets.UTF_8), null, null)),
            Attributes.of(TtlvItem.dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(3600))));
        String key = register(c, new PrivateKey(KeyBlock.of(KeyFormatType.PKCS_8, ee.getPrivate().getEncoded(),
            CryptographicAlgorithm.RSA, 2048)), Attributes.of(List.of(new Link(LinkType.PKCS_12_PASSWORD_LINK, password).toAttribute())));
        String eeUid = register(c, new Certificate(CertificateType.X_509, eeCert.getEncoded()), Attributes.empty());
        String caUid = register(c, new Certificate(CertificateType.X_509, caCert.getEncoded()), Attributes.empty());
        c.ok(new AddAttributeRequestPayload(key, new Link(LinkType.PKCS_12_CERTIFICATE_LINK, eeUid).toAttribute()));
        c.ok(new AddAttributeRequestPayload(eeUid, new Link(LinkType.PKCS_12_CERTIFICATE_LINK, caUid).toAttribute()));

        GetResponsePayload r = c.ok(new GetRequestPayload(key, KeyFormatType.PKCS_12, null, null, null));
        KeyBlock kb = ((PrivateKey) r.object()).keyBlock();
        assertThat(kb.keyFormatType()).isEqualTo(KeyFormatType.PKCS_12);
        byte[] p12 = kb.keyValue() instanceof KeyValue.Wrapped x ? x.bytes() : kb.keyMaterial().bytes();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(new ByteArrayInputStream(p12), "password".toCharArray());
        assertThat(ks.getKey("alias", "password".toCharArray()).getEncoded()).isEqualTo(ee.getPrivate().getEncoded());
        assertThat(ks.getCertificateChain("alias")).containsExactly(eeCert, caCert);

        String noPassword = register(c, new PrivateKey(KeyBlock.of(KeyFormatType.PKCS_8, ee.getPrivate().getEncoded(),
            CryptographicAlgorithm.RSA, 2048)), Attributes.empty());
        assertThat(c.reason(new GetRequestPayload(noPassword, KeyFormatType.PKCS_12, null, null, null)))
            .isEqualTo(v.atLeast(KmipVersion.V2_0) ? ResultReason.BAD_PASSWORD : ResultReason.INVALID_FIELD);
      }
    }
  }

  @Test
  void registerAsPkcs12NeedsOneLinkToAnActivePassword() throws Exception {
    KeyPair ee = rsa();
    X509Certificate eeCert = certificate("CN=EE,O=Kmip Test,C=AU", ee, "CN=EE,O=Kmip Test,C=AU", ee, 4);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("alias", ee.getPrivate(), "password".toCharArray(), new X509Certificate[] {eeCert});
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ks.store(out, "password".toCharArray());
    PrivateKey p12 = new PrivateKey(KeyBlock.of(KeyFormatType.PKCS_12, out.toByteArray(), null, null));
    for (KmipVersion v : List.of(KmipVersion.V1_4, KmipVersion.V2_0)) {
      ServerFixture.Connection c = fixture.connect(v);
      ResultReason bad = v.atLeast(KmipVersion.V2_0) ? ResultReason.BAD_PASSWORD : ResultReason.INVALID_FIELD;
      // No PKCS#12 Password Link (KMIP 1.4 §11.4 Table 330).
      assertThat(c.reason(new RegisterRequestPayload(ObjectType.PRIVATE_KEY, Attributes.empty(), p12, null)))
          .isEqualTo(bad);
      // A link to Secret Data that is no Password.
      String seed = register(c, new SecretData(SecretDataType.SEED,
              KeyBlock.of(KeyFormatType.OPAQUE, "0123456789abcdef".getBytes(StandardCharsets.UTF_8), null, null)),
          Attributes.of(TtlvItem.dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(3600))));
      assertThat(c.reason(new RegisterRequestPayload(ObjectType.PRIVATE_KEY, passwordLink(seed), p12, null)))
          .isEqualTo(bad);
      // A Pre-Active password: the state error, as OASIS TC-PKCS12-2-14 and -20 answer it.
      String password = register(c, new SecretData(SecretDataType.PASSWORD,
          KeyBlock.of(KeyFormatType.OPAQUE, "password".getBytes(StandardCharsets.UTF_8), null, null)), Attributes.empty());
      assertThat(c.reason(new RegisterRequestPayload(ObjectType.PRIVATE_KEY, passwordLink(password), p12, null)))
          .isEqualTo(v.atLeast(KmipVersion.V2_0) ? ResultReason.WRONG_KEY_LIFECYCLE_STATE : ResultReason.PERMISSION_DENIED);
      // Once the password is Active, the same Register succeeds: the key is kept as PKCS#8, its
      // certificate as a Certificate object the key's PKCS#12 Certificate Link names.
      c.ok(new dev.clavis.codec.ActivateRequestPayload(password));
      String key = register(c, p12, passwordLink(password));
      Attributes a = all(c, key);
      assertThat(a.links()).contains(new Link(LinkType.PKCS_12_PASSWORD_LINK, password));
      assertThat(a.text(Tag.PKCS_12_FRIENDLY_NAME)).contains("alias");
      assertThat(a.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM)).contains(CryptographicAlgorithm.RSA.value());
      assertThat(a.integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(2048);
      GetResponsePayload got = c.ok(new GetRequestPayload(key, null, null, null, null));
      KeyBlock kb = ((PrivateKey) got.object()).keyBlock();
      assertThat(kb.keyFormatType()).isEqualTo(KeyFormatType.PKCS_8);
      assertThat(kb.keyMaterial().bytes()).isEqualTo(ee.getPrivate().getEncoded());
      String cert = a.links().stream().filter(l -> l.type() == LinkType.PKCS_12_CERTIFICATE_LINK)
          .map(Link::linkedObjectIdentifier).findFirst().orElseThrow();
      GetResponsePayload gotCert = c.ok(new GetRequestPayload(cert, null, null, null, null));
      assertThat(((Certificate) gotCert.object()).certificateValue()).isEqualTo(eeCert.getEncoded());
      assertThat(all(c, cert).text(Tag.PKCS_12_FRIENDLY_NAME)).contains("alias");
      // A wrong password cannot open the container.
      String other = register(c, new SecretData(SecretDataType.PASSWORD,
              KeyBlock.of(KeyFormatType.OPAQUE, "not it".getBytes(StandardCharsets.UTF_8), null, null)),
          Attributes.of(TtlvItem.dateTime(Tag.ACTIVATION_DATE, Instant.now().minusSeconds(3600))));
      assertThat(c.reason(new RegisterRequestPayload(ObjectType.PRIVATE_KEY, passwordLink(other), p12, null)))
          .isEqualTo(ResultReason.INVALID_FIELD);
    }
  }

  private static Attributes passwordLink(String uid) {
    return Attributes.of(List.of(new Link(LinkType.PKCS_12_PASSWORD_LINK, uid).toAttribute()));
  }
}
