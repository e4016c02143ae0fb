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
}
