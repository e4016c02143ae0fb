package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateKeyPairRequestPayload;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.GetAttributeListRequestPayload;
import dev.clavis.codec.GetAttributeListResponsePayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.CheckRequestPayload;
import dev.clavis.codec.CheckResponsePayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.ModifyAttributeRequestPayload;
import dev.clavis.codec.ObtainLeaseRequestPayload;
import dev.clavis.codec.ObtainLeaseResponsePayload;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Attributes the server sets on every new object from its own policy — Lease Time (KMIP 1.4
 * §3.20, {@code policy.lease-time}) and Protection Storage Mask (KMIP 2.1 §4.44) — and the
 * policies that refuse a new object: Quantum Safe (KMIP 2.1 §4.45). A real {@link ClavisServer}
 * on port 0, real TLS, H2 file store, software KEK.
 */
class ServerSetAttributesIT {

  @TempDir Path dataDir;

  private static Attributes aes(int bits) {
    return Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, bits));
  }

  private static String create(ServerFixture.Connection c, Attributes a) throws Exception {
    return c.<dev.clavis.codec.CreateResponsePayload>ok(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, a, null))
        .uniqueIdentifier();
  }

  private static Attributes all(ServerFixture.Connection c, String uid) throws Exception {
    GetAttributesResponsePayload r = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    return r.attributes();
  }

  private static long leaseTime(Attributes a) {
    return ((TtlvItem.Interval) a.get(Tag.LEASE_TIME).orElseThrow(() -> new AssertionError("no Lease Time"))).seconds();
  }

  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_0", "V1_2", "V1_4", "V2_0", "V2_1"})
  void everyNewObjectCarriesTheDefaultLeaseTimeOfOneHour(KmipVersion v) throws Exception {
    try (ServerFixture f = new ServerFixture(dataDir)) {
      ServerFixture.Connection c = f.connect(v);
      String key = create(c, aes(256));
      assertThat(leaseTime(all(c, key))).isEqualTo(3600);
      GetAttributeListResponsePayload names = c.ok(new GetAttributeListRequestPayload(key));
      assertThat(names.attributeReferences()).contains(AttributeReference.of(Tag.LEASE_TIME));

      var pair = c.<dev.clavis.codec.CreateKeyPairResponsePayload>ok(new CreateKeyPairRequestPayload(
          Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.RSA.value()),
              integer(Tag.CRYPTOGRAPHIC_LENGTH, 2048)), Attributes.empty(), Attributes.empty(), null, null, null));
      assertThat(leaseTime(all(c, pair.privateKeyUniqueIdentifier()))).isEqualTo(3600);
      assertThat(leaseTime(all(c, pair.publicKeyUniqueIdentifier()))).isEqualTo(3600);

      byte[] secret = new byte[16];
      new java.security.SecureRandom().nextBytes(secret);
      String registered = c.<dev.clavis.codec.RegisterResponsePayload>ok(new RegisterRequestPayload(ObjectType.SECRET_DATA,
          Attributes.empty(), new SecretData(SecretDataType.PASSWORD, KeyBlock.of(KeyFormatType.OPAQUE, secret, null, null)),
          null)).uniqueIdentifier();
      assertThat(leaseTime(all(c, registered))).isEqualTo(3600);
    }
  }

  @Test
  void leaseTimeFollowsTheConfiguredPolicyAndIsReadOnlyForClients() throws Exception {
    try (ServerFixture f = new ServerFixture(dataDir, Map.of("policy.lease-time", "2m"))) {
      ServerFixture.Connection c = f.connect(KmipVersion.V2_1);
      String key = create(c, aes(128));
      assertThat(leaseTime(all(c, key))).isEqualTo(120);
      Attribute lease = Attribute.of(TtlvItem.interval(Tag.LEASE_TIME, 99_999));
      assertThat(c.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, aes(128).with(lease), null)))
          .as("Lease Time is set by the server only").isEqualTo(ResultReason.ATTRIBUTE_READ_ONLY);
      assertThat(c.reason(new ModifyAttributeRequestPayload(key, null, lease)))
          .isIn(ResultReason.ATTRIBUTE_READ_ONLY, ResultReason.READ_ONLY_ATTRIBUTE);
      assertThat(leaseTime(all(c, key))).isEqualTo(120);

      ServerFixture.Connection old = f.connect(KmipVersion.V1_4);
      assertThat(old.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, aes(128).with(lease), null)))
          .as("read-only before KMIP 2.0 is Permission Denied").isEqualTo(ResultReason.PERMISSION_DENIED);
    }
  }

  @Test
  void protectionStorageMaskIsSoftwareUnderTheSoftwareKekAndOnlyShownFromKmip20() throws Exception {
    try (ServerFixture f = new ServerFixture(dataDir)) {
      ServerFixture.Connection c21 = f.connect(KmipVersion.V2_1);
      String key = create(c21, aes(256));
      assertThat(all(c21, key).integer(Tag.PROTECTION_STORAGE_MASK)).contains(ObjectService.PROTECTION_SOFTWARE);
      ServerFixture.Connection c14 = f.connect(KmipVersion.V1_4);
      assertThat(all(c14, key).get(Tag.PROTECTION_STORAGE_MASK)).as("a KMIP 2.0 attribute").isEmpty();
      assertThat(c21.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
          aes(256).with(integer(Tag.PROTECTION_STORAGE_MASK, ObjectService.PROTECTION_HARDWARE)), null)))
          .isEqualTo(ResultReason.ATTRIBUTE_READ_ONLY);
    }
  }

  @Test
  void quantumSafeRefusesKeysThatCannotBeAndAcceptsThoseThatCan() throws Exception {
    try (ServerFixture f = new ServerFixture(dataDir)) {
      ServerFixture.Connection c = f.connect(KmipVersion.V2_1);
      TtlvItem qs = TtlvItem.bool(Tag.QUANTUM_SAFE, true);
      assertThat(c.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, aes(128).with(qs), null)))
          .as("AES-128 keeps 64 bits against Grover").isEqualTo(ResultReason.GENERAL_FAILURE);
      String safe = create(c, aes(256).with(qs));
      assertThat(all(c, safe).bool(Tag.QUANTUM_SAFE)).contains(true);
      assertThat(c.reason(new CreateKeyPairRequestPayload(
          Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.RSA.value()),
              integer(Tag.CRYPTOGRAPHIC_LENGTH, 2048), qs), Attributes.empty(), Attributes.empty(), null, null, null)))
          .as("RSA falls to Shor").isEqualTo(ResultReason.GENERAL_FAILURE);
      assertThat(create(c, aes(128).with(TtlvItem.bool(Tag.QUANTUM_SAFE, false)))).isNotBlank();
    }
  }

  @Test
  void skipjackKeysAreEightyBitsOnly() throws Exception {
    try (ServerFixture f = new ServerFixture(dataDir)) {
      ServerFixture.Connection c = f.connect(KmipVersion.V1_0);
      Attributes skipjack = Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.SKIPJACK.value()),
          integer(Tag.CRYPTOGRAPHIC_LENGTH, 80));
      String uid = create(c, skipjack);
      GetResponsePayload got = c.ok(new GetRequestPayload(uid, null, null, null, null));
      assertThat(((SymmetricKey) got.object()).keyBlock().keyMaterial().byteCount()).isEqualTo(10);
      assertThat(c.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
          Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.SKIPJACK.value()),
              integer(Tag.CRYPTOGRAPHIC_LENGTH, 64)), null))).isEqualTo(ResultReason.INVALID_FIELD);
    }
  }

  @Test
  void obtainLeaseGrantsTheLeaseTimeCappedByThePolicyWithTheLastChangeDate() throws Exception {
    String key;
    try (ServerFixture f = new ServerFixture(dataDir)) {
      ServerFixture.Connection c = f.connect(KmipVersion.V1_4);
      key = create(c, aes(256));
      ObtainLeaseResponsePayload lease = c.ok(new ObtainLeaseRequestPayload(key));
      assertThat(lease.uniqueIdentifier()).isEqualTo(key);
      assertThat(lease.leaseTime()).isEqualTo(3600);
      assertThat(lease.lastChangeDate()).isEqualTo(all(c, key).dateTime(Tag.LAST_CHANGE_DATE).orElseThrow());

      ServerFixture.Connection c21 = f.connect(KmipVersion.V2_1);
      ResponseMessage batch = c21.batch(List.of(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, aes(128), null),
          new ObtainLeaseRequestPayload(null)));
      assertThat(batch.batchItems()).extracting(i -> i.resultStatus()).containsOnly(ResultStatus.SUCCESS);
      assertThat(((ObtainLeaseResponsePayload) batch.batchItems().get(1).payload(KmipVersion.V2_1)).leaseTime())
          .as("the ID Placeholder names the key just created").isEqualTo(3600);

      String gone = create(c21, aes(128));
      c21.ok(new DestroyRequestPayload(gone));
      assertThat(c21.reason(new ObtainLeaseRequestPayload(gone))).isEqualTo(ResultReason.PERMISSION_DENIED);
      assertThat(c21.reason(new ObtainLeaseRequestPayload("no-such-object"))).isEqualTo(ResultReason.OBJECT_NOT_FOUND);
    }
    try (ServerFixture f = new ServerFixture(dataDir, Map.of("policy.lease-time", "10m"))) {
      ServerFixture.Connection c = f.connect(KmipVersion.V2_1);
      assertThat(c.<ObtainLeaseResponsePayload>ok(new ObtainLeaseRequestPayload(key)).leaseTime())
          .as("a lowered policy caps the leases of older objects").isEqualTo(600);
      assertThat(leaseTime(all(c, key))).as("the attribute keeps what was served at creation").isEqualTo(3600);
    }
  }

  @Test
  void freshTurnsFalseOnceTheMaterialHasBeenServed() throws Exception {
    try (ServerFixture f = new ServerFixture(dataDir)) {
      ServerFixture.Connection c = f.connect(KmipVersion.V2_1);
      String key = create(c, aes(256));
      Attributes before = all(c, key);
      assertThat(before.bool(Tag.FRESH)).contains(true);
      c.ok(new ObtainLeaseRequestPayload(key));
      assertThat(all(c, key).bool(Tag.FRESH)).as("attributes and leases do not serve the material").contains(true);
      c.ok(new GetRequestPayload(key, null, null, null, null));
      Attributes after = all(c, key);
      assertThat(after.bool(Tag.FRESH)).contains(false);
      assertThat(after.dateTime(Tag.LAST_CHANGE_DATE).orElseThrow())
          .isAfterOrEqualTo(before.dateTime(Tag.LAST_CHANGE_DATE).orElseThrow());
      c.ok(new GetRequestPayload(key, null, null, null, null));
      assertThat(all(c, key).bool(Tag.FRESH)).contains(false);
    }
  }

  @Test
  void checkReturnsTheGrantableLeaseOnlyWhenALongerOneIsAskedAndThenStopsTheBatch() throws Exception {
    try (ServerFixture f = new ServerFixture(dataDir)) {
      ServerFixture.Connection c = f.connect(KmipVersion.V1_4);
      String key = create(c, aes(256));
      c.ok(new ActivateRequestPayload(key));
      CheckResponsePayload ok = c.ok(new CheckRequestPayload(key, null, null, 600L));
      assertThat(ok.uniqueIdentifier()).isEqualTo(key);
      assertThat(ok.leaseTime()).as("a lease the server may grant").isNull();

      ResponseMessage batch = c.batch(List.of(new CheckRequestPayload(key, null, null, 86_400L),
          new ObtainLeaseRequestPayload(null)));
      CheckResponsePayload refused = (CheckResponsePayload) batch.batchItems().get(0).payload(KmipVersion.V1_4);
      assertThat(refused.leaseTime()).as("the longest lease granted").isEqualTo(3600L);
      assertThat(batch.batchItems().get(1).resultStatus())
          .as("the ID Placeholder was emptied: nothing to lease").isEqualTo(ResultStatus.OPERATION_FAILED);
    }
  }
}
