package dev.clavis.codec;

import static dev.clavis.codec.TtlvItem.bool;
import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.interval;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.spec.CancellationResult;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payloads of the operations no OASIS test file exercises (Archive, Recover, Cancel, Poll,
 * Re-key Key Pair), built by hand from the spec tables, in their 1.x and 2.x shapes: each decodes
 * to the expected record and re-renders to the same tree.
 */
class HandBuiltPayloadsTest {

  static final KmipVersion V1_4 = KmipVersion.V1_4;
  static final KmipVersion V2_1 = KmipVersion.V2_1;

  static TtlvItem.Structure req(TtlvItem... items) {
    return structure(Tag.REQUEST_PAYLOAD, items);
  }

  static TtlvItem.Structure resp(TtlvItem... items) {
    return structure(Tag.RESPONSE_PAYLOAD, items);
  }

  /** Decodes through {@link Payloads}, checks the record, re-renders to the same tree. */
  static void roundTrip(Operation op, TtlvItem.Structure request, Object expectedRequest,
      TtlvItem.Structure response, Object expectedResponse, KmipVersion v) {
    RequestPayload rq = Payloads.request(op, request, v);
    assertThat(rq).isEqualTo(expectedRequest);
    assertThat(rq.operation()).isEqualTo(op);
    assertThat(rq.toTtlv(v)).isEqualTo(request);
    ResponsePayload rs = Payloads.response(op, response, v);
    assertThat(rs).isEqualTo(expectedResponse);
    assertThat(rs.operation()).isEqualTo(op);
    assertThat(rs.toTtlv(v)).isEqualTo(response);
  }

  @Test
  void archiveAndRecover() {
    for (KmipVersion v : List.of(KmipVersion.V1_0, V1_4, V2_1)) {
      roundTrip(Operation.ARCHIVE, req(text(Tag.UNIQUE_IDENTIFIER, "k-1")), new ArchiveRequestPayload("k-1"),
          resp(text(Tag.UNIQUE_IDENTIFIER, "k-1")), new ArchiveResponsePayload("k-1"), v);
      roundTrip(Operation.RECOVER, req(text(Tag.UNIQUE_IDENTIFIER, "k-1")), new RecoverRequestPayload("k-1"),
          resp(text(Tag.UNIQUE_IDENTIFIER, "k-1")), new RecoverResponsePayload("k-1"), v);
      // The ID Placeholder form: no Unique Identifier in the request.
      assertThat(Payloads.request(Operation.ARCHIVE, req(), v)).isEqualTo(new ArchiveRequestPayload(null));
    }
  }

  @Test
  void cancelAndPoll() {
    byte[] acv = {1, 2, 3, 4};
    roundTrip(Operation.CANCEL, req(bytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE, acv)), new CancelRequestPayload(acv),
        resp(bytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE, acv),
            enumeration(Tag.CANCELLATION_RESULT, CancellationResult.CANCELED.value())),
        new CancelResponsePayload(acv, CancellationResult.CANCELED), V1_4);
    // Poll answers with the payload of the polled operation, e.g. a Create response.
    TtlvItem.Structure created = resp(enumeration(Tag.OBJECT_TYPE, 2), text(Tag.UNIQUE_IDENTIFIER, "k-9"));
    roundTrip(Operation.POLL, req(bytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE, acv)), new PollRequestPayload(acv),
        created, new PollResponsePayload(created), V2_1);
    PollResponsePayload polled = (PollResponsePayload) Payloads.response(Operation.POLL, created, V2_1);
    assertThat(Payloads.response(Operation.CREATE, polled.payload(), V2_1))
        .isEqualTo(new CreateResponsePayload(dev.clavis.codec.spec.ObjectType.SYMMETRIC_KEY, "k-9", null));
  }

  @Test
  void reKeyKeyPairIn14() {
    TtlvItem.Structure request = req(
        text(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER, "priv-1"),
        interval(Tag.OFFSET, 3600),
        structure(Tag.COMMON_TEMPLATE_ATTRIBUTE,
            structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Cryptographic Algorithm"),
                enumeration(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.RSA.value())),
            structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Cryptographic Length"), integer(Tag.ATTRIBUTE_VALUE, 2048))),
        structure(Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE,
            structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Cryptographic Usage Mask"), integer(Tag.ATTRIBUTE_VALUE, 1))),
        structure(Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE,
            structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Cryptographic Usage Mask"), integer(Tag.ATTRIBUTE_VALUE, 2))));
    ReKeyKeyPairRequestPayload expected = new ReKeyKeyPairRequestPayload("priv-1", 3600L,
        Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.RSA.value()),
            integer(Tag.CRYPTOGRAPHIC_LENGTH, 2048)),
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 1)),
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 2)),
        null, null, null);
    TtlvItem.Structure response = resp(
        text(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER, "priv-2"), text(Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER, "pub-2"),
        structure(Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE,
            structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Fresh"), bool(Tag.ATTRIBUTE_VALUE, true))));
    ReKeyKeyPairResponsePayload expectedResponse = new ReKeyKeyPairResponsePayload("priv-2", "pub-2",
        Attributes.of(bool(Tag.FRESH, true)), null);
    roundTrip(Operation.RE_KEY_KEY_PAIR, request, expected, response, expectedResponse, V1_4);

    // The same records in the 2.x shape: Attributes structures, no response attributes.
    TtlvItem.Structure request21 = expected.toTtlv(V2_1);
    assertThat(request21.items()).extracting(TtlvItem::tag).containsExactly(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER, Tag.OFFSET,
        Tag.COMMON_ATTRIBUTES, Tag.PRIVATE_KEY_ATTRIBUTES, Tag.PUBLIC_KEY_ATTRIBUTES);
    assertThat(ReKeyKeyPairRequestPayload.fromTtlv(request21, V2_1)).isEqualTo(expected);
    assertThat(expectedResponse.toTtlv(V2_1)).isEqualTo(resp(
        text(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER, "priv-2"), text(Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER, "pub-2")));
  }
}
