package dev.clavis.codec;

import static dev.clavis.codec.TtlvItem.bool;
import static dev.clavis.codec.TtlvItem.dateTime;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Rendering for a protocol version leaves out everything newer than it (DESIGN §4): attributes
 * whose tag is newer, attributes holding an enumeration value that is newer, fields inside
 * structure values that are newer, attributes inside a Key Value for 1.x, header fields.
 *
 * <p>Decision for enumeration values: an attribute carrying a value the version does not know is
 * dropped from the response (the client never asked for something it cannot name); a Query
 * response leaves such Operation/Object Type values out; a Result Reason newer than the version
 * is rendered as General Failure.
 */
class AttributeVersionRenderingTest {

  static final KmipVersion V1_0 = KmipVersion.V1_0;
  static final KmipVersion V1_1 = KmipVersion.V1_1;
  static final KmipVersion V1_4 = KmipVersion.V1_4;
  static final KmipVersion V2_1 = KmipVersion.V2_1;
  static final Instant T = Instant.parse("2026-01-02T03:04:05Z");

  /** A Get Attributes response holding attributes of every age. */
  static GetAttributesResponsePayload response() {
    Attributes a = Attributes.of(
            enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
            integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
            bool(Tag.FRESH, true), // 1.1
            dateTime(Tag.ORIGINAL_CREATION_DATE, T), // 1.2
            bool(Tag.SENSITIVE, false), // 1.4
            text(Tag.DESCRIPTION, "disk key"), // 1.4
            bool(Tag.QUANTUM_SAFE, false)) // 2.0
        .with(new Name("key-1", NameType.UNINTERPRETED_TEXT_STRING).toAttribute())
        .with(Attribute.vendor("x", "ID", text(Tag.ATTRIBUTE_VALUE, "app-42")))
        .with(Attribute.vendor("acme", "Tier", text(Tag.ATTRIBUTE_VALUE, "gold")));
    return new GetAttributesResponsePayload("uid-1", a);
  }

  static Set<String> v1Names(TtlvItem.Structure payload) {
    return payload.all(Tag.ATTRIBUTE).stream()
        .map(i -> ((TtlvItem.Structure) i).find(Tag.ATTRIBUTE_NAME, TtlvItem.Text.class).orElseThrow().value())
        .collect(Collectors.toSet());
  }

  @Test
  void getAttributesResponseFor10HasNoNewerAttributes() {
    TtlvItem.Structure p = response().toTtlv(V1_0);
    assertThat(v1Names(p)).containsExactlyInAnyOrder("Cryptographic Algorithm", "Cryptographic Length", "Name", "x-ID");
    assertThat(p.find(Tag.ATTRIBUTES)).isEmpty();
    // The Name attribute is a 1.x Attribute with the value under Attribute Value.
    TtlvItem.Structure name = (TtlvItem.Structure) p.all(Tag.ATTRIBUTE).stream()
        .filter(i -> ((TtlvItem.Structure) i).items().contains(text(Tag.ATTRIBUTE_NAME, "Name"))).findFirst().orElseThrow();
    assertThat(name).isEqualTo(structure(Tag.ATTRIBUTE,
        text(Tag.ATTRIBUTE_NAME, "Name"),
        structure(Tag.ATTRIBUTE_VALUE, text(Tag.NAME_VALUE, "key-1"), enumeration(Tag.NAME_TYPE, 1))));
  }

  @Test
  void getAttributesResponseFor11And12And14AddWhatEachVersionKnows() {
    assertThat(v1Names(response().toTtlv(V1_1))).contains("Fresh").doesNotContain("Original Creation Date", "Sensitive");
    assertThat(v1Names(response().toTtlv(KmipVersion.V1_2))).contains("Fresh", "Original Creation Date")
        .doesNotContain("Sensitive", "Description");
    assertThat(v1Names(response().toTtlv(V1_4))).contains("Fresh", "Original Creation Date", "Sensitive", "Description")
        .doesNotContain("Quantum Safe", "acme-Tier");
  }

  @Test
  void getAttributesResponseFor21KeepsEverythingAsTypedItems() {
    TtlvItem.Structure p = response().toTtlv(V2_1);
    assertThat(p.all(Tag.ATTRIBUTE)).isEmpty();
    TtlvItem.Structure attrs = p.find(Tag.ATTRIBUTES, TtlvItem.Structure.class).orElseThrow();
    assertThat(attrs.items()).contains(
        bool(Tag.FRESH, true), dateTime(Tag.ORIGINAL_CREATION_DATE, T), bool(Tag.SENSITIVE, false),
        text(Tag.DESCRIPTION, "disk key"), bool(Tag.QUANTUM_SAFE, false),
        structure(Tag.ATTRIBUTE, text(Tag.VENDOR_IDENTIFICATION, "x"), text(Tag.ATTRIBUTE_NAME, "ID"),
            text(Tag.ATTRIBUTE_VALUE, "app-42")),
        structure(Tag.ATTRIBUTE, text(Tag.VENDOR_IDENTIFICATION, "acme"), text(Tag.ATTRIBUTE_NAME, "Tier"),
            text(Tag.ATTRIBUTE_VALUE, "gold")));
    assertThat(attrs.items()).hasSize(10);
    // And it reads back to the same model.
    assertThat(GetAttributesResponsePayload.fromTtlv(p, V2_1)).isEqualTo(response());
  }

  @Test
  void oneXAndTwoXFormsMapToOneModel() {
    GetAttributesResponsePayload r = response();
    GetAttributesResponsePayload from14 = GetAttributesResponsePayload.fromTtlv(r.toTtlv(V1_4), V1_4);
    GetAttributesResponsePayload from21 = GetAttributesResponsePayload.fromTtlv(r.toTtlv(V2_1), V2_1);
    // The 1.4 form lost only what 1.4 cannot say (Quantum Safe, the acme vendor attribute).
    assertThat(from14.attributes().list()).isEqualTo(
        r.attributes().filter(a -> a.tag() != Tag.QUANTUM_SAFE && !"acme".equals(a.vendorIdentification())).list());
    assertThat(from14.attributes().vendor("x", "ID")).contains(text(Tag.ATTRIBUTE_VALUE, "app-42"));
    assertThat(from21.attributes().vendor("x", "ID")).contains(text(Tag.ATTRIBUTE_VALUE, "app-42"));
    assertThat(from14.toTtlv(V2_1).find(Tag.ATTRIBUTES)).isPresent();
  }

  @Test
  void enumerationValuesNewerThanTheVersionAreDropped() {
    Attributes a = Attributes.of(
        enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.CHACHA20.value()), // value since 1.4
        enumeration(Tag.OBJECT_TYPE, ObjectType.PGP_KEY.value()), // value since 1.2
        text(Tag.UNIQUE_IDENTIFIER, "u"));
    assertThat(v1Names(new GetAttributesResponsePayload("u", a).toTtlv(V1_1))).containsExactly("Unique Identifier");
    assertThat(v1Names(new GetAttributesResponsePayload("u", a).toTtlv(KmipVersion.V1_3)))
        .containsExactlyInAnyOrder("Unique Identifier", "Object Type");
    assertThat(v1Names(new GetAttributesResponsePayload("u", a).toTtlv(V1_4)))
        .containsExactlyInAnyOrder("Unique Identifier", "Object Type", "Cryptographic Algorithm");
    // Extension values (0x8…) are kept: the registry cannot date them.
    Attributes ext = Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, 0x80000001));
    assertThat(ext.forVersion(V1_0).list()).hasSize(1);
  }

  @Test
  void structureValuesLoseFieldsNewerThanTheVersion() {
    TtlvItem.Structure params = structure(Tag.CRYPTOGRAPHIC_PARAMETERS,
        enumeration(Tag.BLOCK_CIPHER_MODE, 1), bool(Tag.RANDOM_IV, true)); // Random IV since 1.2
    Attributes a = Attributes.of(params);
    assertThat(a.forVersion(V1_0).list().get(0).value())
        .isEqualTo(structure(Tag.CRYPTOGRAPHIC_PARAMETERS, enumeration(Tag.BLOCK_CIPHER_MODE, 1)));
    assertThat(a.forVersion(KmipVersion.V1_2).list().get(0).value()).isEqualTo(params);
  }

  @Test
  void queryResponseLeavesOutOperationsNewerThanTheVersion() {
    QueryResponsePayload q = new QueryResponsePayload(
        List.of(Operation.CREATE, Operation.DISCOVER_VERSIONS, Operation.ENCRYPT, Operation.IMPORT),
        List.of(ObjectType.SYMMETRIC_KEY, ObjectType.PGP_KEY), null, null, List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
    TtlvItem.Structure p10 = q.toTtlv(V1_0);
    assertThat(p10.items()).containsExactly(
        enumeration(Tag.OPERATION, Operation.CREATE.value()), enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()));
    assertThat(q.toTtlv(V1_4).all(Tag.OPERATION)).hasSize(4);
  }

  @Test
  void resultReasonNewerThanTheVersionBecomesGeneralFailure() {
    ResponseBatchItem item = ResponseBatchItem.failure(Operation.GET, null, ResultReason.WRONG_KEY_LIFECYCLE_STATE, "state");
    assertThat(item.toTtlv(V1_4).find(Tag.RESULT_REASON))
        .contains(enumeration(Tag.RESULT_REASON, ResultReason.GENERAL_FAILURE.value()));
    assertThat(item.toTtlv(V2_1).find(Tag.RESULT_REASON))
        .contains(enumeration(Tag.RESULT_REASON, ResultReason.WRONG_KEY_LIFECYCLE_STATE.value()));
  }

  @Test
  void oneXResponsesNeverCarryAttributesInsideKeyValue() {
    KeyValue kv = new KeyValue.Plain(KeyMaterial.of(new byte[16]),
        Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value())));
    KeyBlock block = new KeyBlock(KeyFormatType.RAW, null, kv, CryptographicAlgorithm.AES, 128, null);
    GetResponsePayload get = new GetResponsePayload(ObjectType.SYMMETRIC_KEY, "u", new SymmetricKey(block));
    for (KmipVersion v : List.of(V1_0, V1_1, KmipVersion.V1_2, KmipVersion.V1_3, V1_4)) {
      TtlvItem.Structure keyValue = keyValue(get.toTtlv(v));
      assertThat(keyValue.items()).as("%s", v).containsExactly(TtlvItem.bytes(Tag.KEY_MATERIAL, new byte[16]));
    }
    assertThat(keyValue(get.toTtlv(V2_1)).find(Tag.ATTRIBUTES)).isPresent();
    // Accepted on input in the 1.x form.
    TtlvItem.Structure v1 = structure(Tag.KEY_VALUE, TtlvItem.bytes(Tag.KEY_MATERIAL, new byte[16]),
        structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Cryptographic Algorithm"),
            enumeration(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.AES.value())));
    assertThat(((KeyValue.Plain) KeyValue.fromTtlv(v1)).attributes().enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM))
        .contains(CryptographicAlgorithm.AES.value());
  }

  static TtlvItem.Structure keyValue(TtlvItem.Structure payload) {
    TtlvItem.Structure key = payload.find(Tag.SYMMETRIC_KEY, TtlvItem.Structure.class).orElseThrow();
    TtlvItem.Structure block = key.find(Tag.KEY_BLOCK, TtlvItem.Structure.class).orElseThrow();
    return block.find(Tag.KEY_VALUE, TtlvItem.Structure.class).orElseThrow();
  }

  @Test
  void headerFieldsNewerThanTheVersionAreLeftOut() {
    RequestHeader h = new RequestHeader(new ProtocolVersion(1, 3), null, "client-7", null, null, true, List.of(),
        List.of(), null, null, null, 1);
    TtlvItem.Structure t = h.toTtlv();
    assertThat(t.find(Tag.CLIENT_CORRELATION_VALUE)).isEmpty(); // 1.4
    assertThat(t.find(Tag.ATTESTATION_CAPABLE_INDICATOR)).isPresent(); // 1.2
    RequestHeader h14 = new RequestHeader(new ProtocolVersion(1, 4), null, "client-7", null, null, true, List.of(),
        List.of(), null, null, null, 1);
    assertThat(h14.toTtlv().find(Tag.CLIENT_CORRELATION_VALUE)).contains(text(Tag.CLIENT_CORRELATION_VALUE, "client-7"));
  }

  @Test
  void payloadFieldsNewerThanTheVersionAreLeftOut() {
    EncryptRequestPayload e = new EncryptRequestPayload("u", null, new byte[4], null, new byte[2], true, false, new byte[3]);
    assertThat(e.toTtlv(KmipVersion.V1_2).items()).extracting(TtlvItem::tag)
        .containsExactly(Tag.UNIQUE_IDENTIFIER, Tag.DATA);
    assertThat(e.toTtlv(V1_4).items()).extracting(TtlvItem::tag).containsExactly(Tag.UNIQUE_IDENTIFIER, Tag.DATA,
        Tag.CORRELATION_VALUE, Tag.INIT_INDICATOR, Tag.FINAL_INDICATOR, Tag.AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA);
  }

  @Test
  void multiInstanceAttributesGetOneXIndices() {
    Attributes a = Attributes.of(List.of(
        new Name("a", NameType.UNINTERPRETED_TEXT_STRING).toAttribute(),
        Attribute.of(integer(Tag.CRYPTOGRAPHIC_LENGTH, 128)),
        new Name("b", NameType.UNINTERPRETED_TEXT_STRING).toAttribute(),
        new Name("c", NameType.UNINTERPRETED_TEXT_STRING).toAttribute()));
    assertThat(a.withInstanceIndices().list()).extracting(Attribute::index).containsExactly(null, null, 1, 2);
    List<TtlvItem> v1 = a.withInstanceIndices().toV1List(V1_4);
    assertThat(((TtlvItem.Structure) v1.get(3)).find(Tag.ATTRIBUTE_INDEX)).contains(integer(Tag.ATTRIBUTE_INDEX, 2));
    // 2.x has no Attribute Index: the typed items carry none.
    assertThat(a.withInstanceIndices().toAttributes(Tag.ATTRIBUTES, V2_1).items()).hasSize(4)
        .noneMatch(i -> i instanceof TtlvItem.Structure st && st.find(Tag.ATTRIBUTE_INDEX).isPresent());
  }

  @Test
  void getAttributesSelectsByReferenceAndListsReferences() {
    Attributes a = response().attributes();
    Attributes picked = a.select(List.of(AttributeReference.of(Tag.FRESH), AttributeReference.ofName("x-ID"),
        AttributeReference.ofName("Name")));
    assertThat(picked.list()).extracting(Attribute::name).containsExactly("Fresh", "Name", "x-ID");
    assertThat(a.select(List.of())).isEqualTo(a);
    assertThat(a.references()).hasSize(10).contains(AttributeReference.vendor("acme", "Tier"));
    assertThat(new GetAttributeListResponsePayload("u", a.references()).toTtlv(V1_0).all(Tag.ATTRIBUTE_NAME))
        .extracting(i -> ((TtlvItem.Text) i).value())
        .containsExactly("Cryptographic Algorithm", "Cryptographic Length", "Name", "x-ID");
  }
}
