package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.bool;
import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.dateTime;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link ResponseShapeGuard}: a well-shaped tree passes, each defect is named. */
class ResponseShapeGuardTest {

  static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  static TtlvItem request(KmipVersion v, TtlvItem... items) {
    List<TtlvItem> children = new ArrayList<>();
    children.add(structure(Tag.REQUEST_HEADER, ProtocolVersion.of(v).toTtlv(), integer(Tag.BATCH_COUNT, items.length)));
    children.addAll(List.of(items));
    return structure(Tag.REQUEST_MESSAGE, children);
  }

  static TtlvItem requestItem(Operation op, TtlvItem... payload) {
    return structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, op.value()), structure(Tag.REQUEST_PAYLOAD, payload));
  }

  static TtlvItem response(KmipVersion v, TtlvItem... items) {
    List<TtlvItem> children = new ArrayList<>();
    children.add(structure(Tag.RESPONSE_HEADER, ProtocolVersion.of(v).toTtlv(), dateTime(Tag.TIME_STAMP, NOW),
        integer(Tag.BATCH_COUNT, items.length)));
    children.addAll(List.of(items));
    return structure(Tag.RESPONSE_MESSAGE, children);
  }

  static TtlvItem ok(Operation op, TtlvItem... payload) {
    return structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, op.value()),
        enumeration(Tag.RESULT_STATUS, ResultStatus.SUCCESS.value()), structure(Tag.RESPONSE_PAYLOAD, payload));
  }

  static TtlvItem attribute(String name, TtlvItem value) {
    return structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, name), value);
  }

  static TtlvItem uid() {
    return text(Tag.UNIQUE_IDENTIFIER, "1");
  }

  static List<String> check(KmipVersion v, Operation op, TtlvItem... responsePayload) {
    return ResponseShapeGuard.check(request(v, requestItem(op, uid())), response(v, ok(op, responsePayload)));
  }

  @Test
  void aWellShapedResponsePasses() {
    assertThat(check(KmipVersion.V1_0, Operation.CREATE, enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
        uid())).isEmpty();
    assertThat(check(KmipVersion.V2_1, Operation.GET_ATTRIBUTES, uid(), structure(Tag.ATTRIBUTES,
        bool(Tag.FRESH, true), bool(Tag.SENSITIVE, false)))).isEmpty();
  }

  @Test
  void theResponseCarriesTheRequestsVersion() {
    assertThat(ResponseShapeGuard.check(request(KmipVersion.V1_0, requestItem(Operation.ACTIVATE, uid())),
        response(KmipVersion.V1_4, ok(Operation.ACTIVATE, uid()))))
        .singleElement().asString().contains("Protocol Version: 1.4 (expected: 1.0");
  }

  @Test
  void noTagNewerThanTheVersion() {
    assertThat(check(KmipVersion.V1_2, Operation.LOCATE, integer(Tag.LOCATED_ITEMS, 1), uid()))
        .singleElement().asString().contains("LocatedItems: tag not defined in KMIP 1.2 (since 1.3)");
    assertThat(check(KmipVersion.V1_4, Operation.GET_ATTRIBUTES, uid(), structure(Tag.ATTRIBUTES)))
        .anyMatch(s -> s.contains("Attributes: tag not defined in KMIP 1.4 (since 2.0)"));
    assertThat(check(KmipVersion.V2_0, Operation.CREATE, enumeration(Tag.OBJECT_TYPE, 2), uid(),
        structure(Tag.TEMPLATE_ATTRIBUTE))).anyMatch(s -> s.contains("TemplateAttribute: tag not defined in KMIP 2.0"));
  }

  @Test
  void noAttributeNameNewerThanTheVersion() {
    assertThat(check(KmipVersion.V1_0, Operation.GET_ATTRIBUTES, uid(), attribute("Fresh", bool(Tag.ATTRIBUTE_VALUE, true))))
        .singleElement().asString().contains("attribute Fresh not defined in KMIP 1.0 (since 1.1)");
    assertThat(check(KmipVersion.V1_1, Operation.GET_ATTRIBUTES, uid(),
        attribute("Original Creation Date", dateTime(Tag.ATTRIBUTE_VALUE, NOW)))).hasSize(1);
    assertThat(check(KmipVersion.V1_3, Operation.GET_ATTRIBUTES, uid(), attribute("Sensitive", bool(Tag.ATTRIBUTE_VALUE, true)),
        attribute("Description", text(Tag.ATTRIBUTE_VALUE, "d")))).hasSize(2);
    assertThat(check(KmipVersion.V1_0, Operation.GET_ATTRIBUTES, uid(), attribute("x-custom", text(Tag.ATTRIBUTE_VALUE, "c"))))
        .as("custom attributes are any version's").isEmpty();
  }

  @Test
  void noEnumerationValueOrMaskBitNewerThanTheVersion() {
    assertThat(check(KmipVersion.V1_0, Operation.QUERY, enumeration(Tag.OPERATION, Operation.DISCOVER_VERSIONS.value())))
        .singleElement().asString().contains("DiscoverVersions not defined in KMIP 1.0 (since 1.1)");
    assertThat(check(KmipVersion.V1_0, Operation.GET_ATTRIBUTES, uid(),
        attribute("Object Type", enumeration(Tag.ATTRIBUTE_VALUE, ObjectType.PGP_KEY.value()))))
        .singleElement().asString().contains("PGPKey not defined in KMIP 1.0");
    assertThat(check(KmipVersion.V1_3, Operation.GET_ATTRIBUTES, uid(),
        attribute("Cryptographic Usage Mask", integer(Tag.ATTRIBUTE_VALUE, CryptographicUsageMask.AUTHENTICATE.value()))))
        .singleElement().asString().contains("bit Authenticate not defined in KMIP 1.3");
  }

  @Test
  void noAttributeInsideA1xKeyValue() {
    TtlvItem key = structure(Tag.SYMMETRIC_KEY, structure(Tag.KEY_BLOCK, enumeration(Tag.KEY_FORMAT_TYPE, 1),
        structure(Tag.KEY_VALUE, bytes(Tag.KEY_MATERIAL, new byte[16]),
            attribute("Cryptographic Length", integer(Tag.ATTRIBUTE_VALUE, 128)))));
    assertThat(check(KmipVersion.V1_4, Operation.GET, enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()), uid(), key))
        .singleElement().asString().contains("Attribute inside a KMIP 1.4 Key Value");
  }

  @Test
  void payloadsHoldOnlyTheVersionsFieldsInOrder() {
    assertThat(check(KmipVersion.V1_4, Operation.REGISTER, enumeration(Tag.OBJECT_TYPE, 2), uid()))
        .singleElement().asString().contains("Register payload: unexpected field ObjectType");
    assertThat(check(KmipVersion.V1_4, Operation.CREATE, uid(), enumeration(Tag.OBJECT_TYPE, 2)))
        .singleElement().asString().contains("ObjectType out of the spec's order");
  }

  @Test
  void getAttributesReturnsOnlyWhatWasAsked() {
    TtlvItem req = request(KmipVersion.V1_1, requestItem(Operation.GET_ATTRIBUTES, uid(), text(Tag.ATTRIBUTE_NAME, "State")));
    TtlvItem res = response(KmipVersion.V1_1, ok(Operation.GET_ATTRIBUTES, uid(),
        attribute("State", enumeration(Tag.ATTRIBUTE_VALUE, 2)), attribute("Name", structure(Tag.ATTRIBUTE_VALUE))));
    assertThat(ResponseShapeGuard.check(req, res)).singleElement().asString().contains("returned Name (expected: only [State])");
  }

  @Test
  void everyFailureCarriesAReasonAndAMessageAndNoPayload() {
    TtlvItem failed = structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.GET.value()),
        enumeration(Tag.RESULT_STATUS, ResultStatus.OPERATION_FAILED.value()),
        enumeration(Tag.RESULT_REASON, ResultReason.ITEM_NOT_FOUND.value()), structure(Tag.RESPONSE_PAYLOAD));
    assertThat(ResponseShapeGuard.check(request(KmipVersion.V1_0, requestItem(Operation.GET, uid())),
        response(KmipVersion.V1_0, failed))).containsExactly(
            "batch item 1: failed without a Result Message (libkmip-based clients need one)",
            "batch item 1: failed with a Response Payload");
  }

  @Test
  void theHeaderHasATimeStampABatchCountThatMatchesAndTheSpecsOrder() {
    TtlvItem bad = structure(Tag.RESPONSE_MESSAGE, structure(Tag.RESPONSE_HEADER, integer(Tag.BATCH_COUNT, 2),
        ProtocolVersion.of(KmipVersion.V1_0).toTtlv()), ok(Operation.ACTIVATE, uid()));
    assertThat(ResponseShapeGuard.check(null, bad)).containsExactlyInAnyOrder(
        "Response Header: ProtocolVersion out of the spec's order",
        "response header: no Time Stamp (expected: one, KMIP 1.4 §6.5)",
        "Batch Count: 2 (expected: 1, the Batch Items sent)");
  }

  @Test
  void eachItemEchoesTheRequestsOperationAndAnUndoneItemNeedsNoMessage() {
    assertThat(ResponseShapeGuard.check(request(KmipVersion.V1_0, requestItem(Operation.ACTIVATE, uid())),
        response(KmipVersion.V1_0, ok(Operation.DESTROY, uid()))))
        .singleElement().asString().contains("Operation Destroy (expected: Activate, the request's)");
    TtlvItem undone = structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.CREATE.value()),
        enumeration(Tag.RESULT_STATUS, ResultStatus.OPERATION_UNDONE.value()));
    assertThat(ResponseShapeGuard.check(request(KmipVersion.V1_4, requestItem(Operation.CREATE)),
        response(KmipVersion.V1_4, undone))).isEmpty();
    assertThat(ResponseShapeGuard.check(request(KmipVersion.V1_0, requestItem(Operation.DISCOVER_VERSIONS)),
        response(KmipVersion.V1_0, structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.DISCOVER_VERSIONS.value()),
            enumeration(Tag.RESULT_STATUS, ResultStatus.OPERATION_FAILED.value()),
            enumeration(Tag.RESULT_REASON, ResultReason.OPERATION_NOT_SUPPORTED.value()),
            text(Tag.RESULT_MESSAGE, "operation: Discover Versions (expected: a KMIP 1.0 operation)")))))
        .as("a 1.1 operation sent by a 1.0 client is echoed back").isEmpty();
  }
}
