package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.bool;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.ExportRequestPayload;
import dev.clavis.codec.ExportResponsePayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.ImportRequestPayload;
import dev.clavis.codec.ImportResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.Name;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and Import (KMIP 2.1 §6.1.18, §6.1.25), and Fresh (§4.24), end to end: a real {@link
 * ClavisServer} on port 0, real TLS, H2 file store.
 */
class ImportExportIT {

  static final KmipVersion V = KmipVersion.V2_0;
  static final byte[] AES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

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

  static SymmetricKey aes(byte[] key) {
    return new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, key.clone(), CryptographicAlgorithm.AES, 128));
  }

  static String register(ServerFixture.Connection c, Attributes a) throws Exception {
    RegisterResponsePayload r = c.ok(new RegisterRequestPayload(ObjectType.SYMMETRIC_KEY, a, aes(AES), null));
    return r.uniqueIdentifier();
  }

  static boolean fresh(ServerFixture.Connection c, String uid) throws Exception {
    GetAttributesResponsePayload r = c.ok(new GetAttributesRequestPayload(uid, List.of(AttributeReference.of(Tag.FRESH))));
    return r.attributes().bool(Tag.FRESH).orElseThrow();
  }

  @Test
  void exportReturnsTheObjectWithAllItsAttributesAndLeavesItFresh() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    String uid = register(c, Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 4))
        .with(new Name("exported", NameType.UNINTERPRETED_TEXT_STRING).toAttribute()));
    ExportResponsePayload e = c.ok(new ExportRequestPayload(uid, null, null, null, null));
    assertThat(e.uniqueIdentifier()).isEqualTo(uid);
    assertThat(e.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
    assertThat(((SymmetricKey) e.object()).keyBlock().keyMaterial().bytes()).isEqualTo(AES);
    assertThat(e.attributes().text(Tag.UNIQUE_IDENTIFIER)).contains(uid);
    assertThat(e.attributes().names()).extracting(Name::value).containsExactly("exported");
    assertThat(e.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK)).contains(4);
    assertThat(e.attributes().enumeration(Tag.STATE)).contains(State.PRE_ACTIVE.value());
    assertThat(fresh(c, uid)).as("Export is not Get").isTrue();

    c.ok(new GetRequestPayload(uid, null, null, null, null));
    assertThat(fresh(c, uid)).as("served by Get").isFalse();
  }

  @Test
  void freshIsFalseWhenTheClientRegistersItSo() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    String uid = register(c, Attributes.of(bool(Tag.FRESH, false)));
    assertThat(fresh(c, uid)).isFalse();
  }

  @Test
  void importStoresTheObjectUnderTheGivenIdentifierWithTheSuppliedAttributes() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    String uid = "imported-key-1";
    Attributes supplied = Attributes.of(text(Tag.UNIQUE_IDENTIFIER, uid),
        enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
        enumeration(Tag.STATE, State.DEACTIVATED.value()), bool(Tag.FRESH, false), integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 12));
    ImportResponsePayload r = c.ok(new ImportRequestPayload(uid, ObjectType.SYMMETRIC_KEY, null, null, supplied, aes(AES)));
    assertThat(r.uniqueIdentifier()).isEqualTo(uid);
    GetAttributesResponsePayload a = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    assertThat(a.attributes().enumeration(Tag.STATE)).as("the supplied state, not Pre-Active").contains(State.DEACTIVATED.value());
    assertThat(a.attributes().bool(Tag.FRESH)).contains(false);
    assertThat(a.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK)).contains(12);
    assertThat(a.attributes().enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM)).as("server value where none supplied")
        .contains(CryptographicAlgorithm.AES.value());
    GetResponsePayload got = c.ok(new GetRequestPayload(uid, null, null, null, null));
    assertThat(((SymmetricKey) got.object()).keyBlock().keyMaterial().bytes()).isEqualTo(AES);

    assertThat(c.reason(new ImportRequestPayload(uid, ObjectType.SYMMETRIC_KEY, false, null, Attributes.empty(), aes(AES))))
        .isEqualTo(ResultReason.OBJECT_ALREADY_EXISTS);
  }

  @Test
  void importReplacesAnExistingObjectOnlyWhenAsked() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    String uid = register(c, Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 4)));
    ExportResponsePayload e = c.ok(new ExportRequestPayload(uid, null, null, null, null));
    byte[] other = new byte[16];
    java.util.Arrays.fill(other, (byte) 7);
    c.ok(new ImportRequestPayload(uid, ObjectType.SYMMETRIC_KEY, true, null,
        e.attributes().without(Tag.CRYPTOGRAPHIC_USAGE_MASK).with(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 8)), aes(other)));
    GetResponsePayload got = c.ok(new GetRequestPayload(uid, null, null, null, null));
    assertThat(((SymmetricKey) got.object()).keyBlock().keyMaterial().bytes()).isEqualTo(other);
    GetAttributesResponsePayload a = c.ok(new GetAttributesRequestPayload(uid,
        List.of(AttributeReference.of(Tag.CRYPTOGRAPHIC_USAGE_MASK))));
    assertThat(a.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK)).contains(8);

    SecretData secret = new SecretData(SecretDataType.PASSWORD, KeyBlock.of(KeyFormatType.OPAQUE, "pw".getBytes(), null, null));
    assertThat(c.reason(new ImportRequestPayload(uid, ObjectType.SECRET_DATA, true, null, Attributes.empty(), secret)))
        .as("replacing with another object type").isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(c.reason(new ImportRequestPayload("x-1", ObjectType.SYMMETRIC_KEY, null, null,
        Attributes.of(text(Tag.UNIQUE_IDENTIFIER, "x-2")), aes(AES)))).isEqualTo(ResultReason.INVALID_ATTRIBUTE_VALUE);
  }

  @Test
  void anotherClientCannotReplaceOrExportMyObject() throws Exception {
    ServerFixture.Connection mine = fixture.connect(V);
    ServerFixture.Connection other = fixture.connect(V, ServerFixture.PKI.otherClientCert, ServerFixture.PKI.otherClientKey);
    String uid = register(mine, Attributes.empty());
    assertThat(other.reason(new ExportRequestPayload(uid, null, null, null, null))).isEqualTo(ResultReason.OBJECT_NOT_FOUND);
    assertThat(other.reason(new ImportRequestPayload(uid, ObjectType.SYMMETRIC_KEY, true, null, Attributes.empty(), aes(AES))))
        .isEqualTo(ResultReason.OBJECT_NOT_FOUND);
    GetResponsePayload got = mine.ok(new GetRequestPayload(uid, null, null, null, null));
    assertThat(((SymmetricKey) got.object()).keyBlock().keyMaterial().bytes()).isEqualTo(AES);
  }
}
