package dev.clavis.codec;

import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Malformed messages and payloads fail with the Result Reason KMIP 1.4 §11.1 gives them: parse
 * errors, wrong types, duplicate fields, missing required fields and a wrong Batch Count are
 * {@code Invalid Message}; an unexpected field is {@code Invalid Field}; an undefined or untyped
 * operation is {@code Operation Not Supported}.
 */
class MessageErrorsTest {

  static TtlvItem.Structure header(int major, int minor, int count) {
    return structure(Tag.REQUEST_HEADER,
        structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, major), integer(Tag.PROTOCOL_VERSION_MINOR, minor)),
        integer(Tag.BATCH_COUNT, count));
  }

  static TtlvItem.Structure getItem(byte[] id) {
    List<TtlvItem> items = new ArrayList<>();
    items.add(enumeration(Tag.OPERATION, Operation.GET.value()));
    if (id != null) {
      items.add(bytes(Tag.UNIQUE_BATCH_ITEM_ID, id));
    }
    items.add(structure(Tag.REQUEST_PAYLOAD, text(Tag.UNIQUE_IDENTIFIER, "u-1")));
    return structure(Tag.BATCH_ITEM, items);
  }

  static void assertReason(Supplier<?> s, ResultReason reason, String messagePart) {
    assertThatThrownBy(s::get).isInstanceOfSatisfying(KmipException.class, e -> {
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.getMessage()).contains(messagePart);
    });
  }

  @Test
  void aWellFormedRequestDecodes() {
    RequestMessage m = RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE, header(1, 4, 1), getItem(null)));
    assertThat(m.version()).isEqualTo(KmipVersion.V1_4);
    assertThat(m.batchItems()).singleElement().satisfies(b -> {
      assertThat(b.operation()).isEqualTo(Operation.GET);
      assertThat(b.payload(KmipVersion.V1_4)).isEqualTo(new GetRequestPayload("u-1", null, null, null, null));
    });
  }

  @Test
  void structuralErrorsAreInvalidMessage() {
    assertReason(() -> RequestMessage.fromTtlv(structure(Tag.RESPONSE_MESSAGE, header(1, 4, 1), getItem(null))),
        ResultReason.INVALID_MESSAGE, "Request Message tag: 0x42007B (expected: 0x420078)");
    assertReason(() -> RequestMessage.fromTtlv(text(Tag.REQUEST_MESSAGE, "x")),
        ResultReason.INVALID_MESSAGE, "type: TEXT_STRING (expected: STRUCTURE)");
    assertReason(() -> RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE, getItem(null))),
        ResultReason.INVALID_MESSAGE, "Request Header missing");
    assertReason(() -> RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE,
            structure(Tag.REQUEST_HEADER, integer(Tag.BATCH_COUNT, 1)), getItem(null))),
        ResultReason.INVALID_MESSAGE, "Protocol Version missing");
    assertReason(() -> RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE, header(1, 4, 2), getItem(null))),
        ResultReason.INVALID_MESSAGE, "Batch Count: 2 (expected: 1, the number of Batch Items)");
    assertReason(() -> RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE, header(1, 4, 0))),
        ResultReason.INVALID_MESSAGE, "Batch Item count: 0 (expected: at least 1)");
    assertReason(() -> RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE, header(1, 4, 2), getItem(null), getItem(null))),
        ResultReason.INVALID_MESSAGE, "Unique Batch Item ID missing");
    assertReason(() -> RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE,
            structure(Tag.REQUEST_HEADER,
                structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, 1), integer(Tag.PROTOCOL_VERSION_MINOR, 4)),
                enumeration(Tag.BATCH_COUNT, 1)), getItem(null))),
        ResultReason.INVALID_MESSAGE, "Batch Count has type ENUMERATION (expected: INTEGER)");
    assertReason(() -> RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE, header(1, 4, 1),
            structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.GET.value())))),
        ResultReason.INVALID_MESSAGE, "Request Payload missing");
  }

  @Test
  void duplicateFieldsAreInvalidMessage() {
    assertReason(() -> GetRequestPayload.fromTtlv(
            structure(Tag.REQUEST_PAYLOAD, text(Tag.UNIQUE_IDENTIFIER, "a"), text(Tag.UNIQUE_IDENTIFIER, "b")), KmipVersion.V1_4),
        ResultReason.INVALID_MESSAGE, "Unique Identifier given twice");
  }

  @Test
  void unexpectedFieldsAreInvalidField() {
    assertReason(() -> GetRequestPayload.fromTtlv(
            structure(Tag.REQUEST_PAYLOAD, text(Tag.UNIQUE_IDENTIFIER, "a"), integer(Tag.BATCH_COUNT, 1)), KmipVersion.V1_4),
        ResultReason.INVALID_FIELD, "unexpected field Batch Count");
    assertReason(() -> RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE, header(1, 4, 1), getItem(null),
            text(Tag.UNIQUE_IDENTIFIER, "stray"))),
        ResultReason.INVALID_FIELD, "Request Message: unexpected field Unique Identifier");
  }

  @Test
  void missingRequiredPayloadFieldsAreInvalidMessage() {
    assertReason(() -> CreateRequestPayload.fromTtlv(structure(Tag.REQUEST_PAYLOAD,
            structure(Tag.TEMPLATE_ATTRIBUTE)), KmipVersion.V1_4),
        ResultReason.INVALID_MESSAGE, "Create Request Payload: Object Type missing");
    assertReason(() -> RevokeRequestPayload.fromTtlv(structure(Tag.REQUEST_PAYLOAD, text(Tag.UNIQUE_IDENTIFIER, "u")),
            KmipVersion.V2_1),
        ResultReason.INVALID_MESSAGE, "Revocation Reason missing");
  }

  @Test
  void unknownOrUntypedOperationsAreNotSupported() {
    assertReason(() -> RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE, header(1, 4, 1),
            structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, 0x7777), structure(Tag.REQUEST_PAYLOAD)))),
        ResultReason.OPERATION_NOT_SUPPORTED, "Operation: 0x7777");
    assertReason(() -> Payloads.request(Operation.CERTIFY, structure(Tag.REQUEST_PAYLOAD), KmipVersion.V1_4),
        ResultReason.OPERATION_NOT_SUPPORTED, "Operation: CERTIFY");
    assertThat(Payloads.supported()).hasSize(44);
  }

  @Test
  void badAttributesAreInvalidField() {
    assertReason(() -> Attribute.fromV1(structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Colour"),
            text(Tag.ATTRIBUTE_VALUE, "red"))),
        ResultReason.INVALID_FIELD, "Attribute Name: \"Colour\"");
    assertReason(() -> Attribute.fromV1(structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Cryptographic Length"),
            text(Tag.ATTRIBUTE_VALUE, "256"))),
        ResultReason.INVALID_FIELD, "Attribute Cryptographic Length type: TEXT_STRING (expected: INTEGER)");
    assertReason(() -> Attributes.fromAttributes(structure(Tag.ATTRIBUTES, integer(Tag.CRYPTOGRAPHIC_LENGTH, 1),
            enumeration(Tag.CRYPTOGRAPHIC_LENGTH, 2))),
        ResultReason.INVALID_FIELD, "Attribute Cryptographic Length type: ENUMERATION (expected: INTEGER)");
    assertReason(() -> Attribute.fromV1(structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Cryptographic Length"))),
        ResultReason.INVALID_MESSAGE, "Attribute Value missing");
  }

  @Test
  void failedResponsesNeedAReason() {
    TtlvItem.Structure rh = structure(Tag.RESPONSE_HEADER,
        structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, 2), integer(Tag.PROTOCOL_VERSION_MINOR, 1)),
        TtlvItem.dateTime(Tag.TIME_STAMP, java.time.Instant.EPOCH), integer(Tag.BATCH_COUNT, 1));
    assertReason(() -> ResponseMessage.fromTtlv(structure(Tag.RESPONSE_MESSAGE, rh,
            structure(Tag.BATCH_ITEM, enumeration(Tag.RESULT_STATUS, ResultStatus.OPERATION_FAILED.value())))),
        ResultReason.INVALID_MESSAGE, "Result Reason missing");
    // A failure without Operation (an unparsable request, KMIP 1.4 §11.1) is fine.
    ResponseMessage ok = ResponseMessage.fromTtlv(structure(Tag.RESPONSE_MESSAGE, rh,
        structure(Tag.BATCH_ITEM, enumeration(Tag.RESULT_STATUS, ResultStatus.OPERATION_FAILED.value()),
            enumeration(Tag.RESULT_REASON, ResultReason.INVALID_MESSAGE.value()))));
    assertThat(ok.batchItems().get(0).operation()).isNull();
    assertThat(ok.toTtlv().items().get(1)).isEqualTo(structure(Tag.BATCH_ITEM,
        enumeration(Tag.RESULT_STATUS, ResultStatus.OPERATION_FAILED.value()),
        enumeration(Tag.RESULT_REASON, ResultReason.INVALID_MESSAGE.value())));
  }

  @Test
  void unknownProtocolVersionsDecodeAndRenderAsTheNearestKnown() {
    RequestMessage m = RequestMessage.fromTtlv(structure(Tag.REQUEST_MESSAGE, header(1, 7, 1), getItem(null)));
    assertThat(m.header().protocolVersion()).isEqualTo(new ProtocolVersion(1, 7));
    assertThat(m.header().protocolVersion().known()).isFalse();
    assertThat(m.version()).isEqualTo(KmipVersion.V1_4);
    assertThat(new ProtocolVersion(3, 0).kmipVersion()).isEqualTo(KmipVersion.V2_1);
    assertThat(new ProtocolVersion(0, 9).kmipVersion()).isEqualTo(KmipVersion.V1_0);
  }

  @Test
  void anEnvelopeLetsTheServerFailOneItemAndAnswerTheOthers() {
    TtlvItem.Structure bad = structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, 0x7777),
        bytes(Tag.UNIQUE_BATCH_ITEM_ID, new byte[] {2}), structure(Tag.REQUEST_PAYLOAD));
    RequestMessage.Envelope env = RequestMessage.open(structure(Tag.REQUEST_MESSAGE,
        structure(Tag.REQUEST_HEADER,
            structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, 1), integer(Tag.PROTOCOL_VERSION_MINOR, 4)),
            text(Tag.CLIENT_CORRELATION_VALUE, "c-9"), integer(Tag.BATCH_COUNT, 2)),
        getItem(new byte[] {1}), bad));
    List<ResponseBatchItem> answers = new ArrayList<>();
    for (TtlvItem raw : env.batchItems()) {
      try {
        RequestBatchItem item = RequestBatchItem.fromTtlv(raw);
        GetRequestPayload get = (GetRequestPayload) item.payload(env.version());
        answers.add(ResponseBatchItem.success(item.uniqueBatchItemId(),
            new GetResponsePayload(dev.clavis.codec.spec.ObjectType.OPAQUE_OBJECT, get.uniqueIdentifier(),
                new OpaqueObject(0x80000001, new byte[1])), env.version()));
      } catch (KmipException e) {
        answers.add(ResponseBatchItem.failure(RequestBatchItem.peekOperation(raw),
            RequestBatchItem.peekUniqueBatchItemId(raw), e.reason(), e.getMessage()));
      }
    }
    ResponseMessage resp = ResponseMessage.answering(env.header(), java.time.Instant.EPOCH, answers);
    assertThat(resp.header().clientCorrelationValue()).isEqualTo("c-9");
    assertThat(resp.header().batchCount()).isEqualTo(2);
    ResponseBatchItem failed = resp.batchItems().get(1);
    assertThat(failed.operation()).isNull();
    assertThat(failed.uniqueBatchItemId()).containsExactly(2);
    assertThat(failed.resultReason()).isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
    assertThat(ResponseMessage.fromTtlv(resp.toTtlv()).toTtlv()).isEqualTo(resp.toTtlv());
  }
}
