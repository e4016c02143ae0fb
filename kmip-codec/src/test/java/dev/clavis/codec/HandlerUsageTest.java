package dev.clavis.codec;

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
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a server handler reads a typed request and builds a typed response, through the binary
 * codec, for a 1.x and a 2.x client (the examples of the typed-messages API).
 */
class HandlerUsageTest {

  /** A 1.0 Create request as a strict 1.x client sends it (KMIP 1.0 §4.1, Template-Attribute). */
  static TtlvItem createRequest10() {
    return structure(Tag.REQUEST_MESSAGE,
        structure(Tag.REQUEST_HEADER,
            structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, 1), integer(Tag.PROTOCOL_VERSION_MINOR, 0)),
            integer(Tag.BATCH_COUNT, 1)),
        structure(Tag.BATCH_ITEM,
            enumeration(Tag.OPERATION, Operation.CREATE.value()),
            structure(Tag.REQUEST_PAYLOAD,
                enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
                structure(Tag.TEMPLATE_ATTRIBUTE,
                    structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Cryptographic Algorithm"),
                        enumeration(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.AES.value())),
                    structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Cryptographic Length"),
                        integer(Tag.ATTRIBUTE_VALUE, 256)),
                    structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Name"),
                        structure(Tag.ATTRIBUTE_VALUE, text(Tag.NAME_VALUE, "disk-1"),
                            enumeration(Tag.NAME_TYPE, NameType.UNINTERPRETED_TEXT_STRING.value()))),
                    structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "x-owner"), text(Tag.ATTRIBUTE_VALUE, "ops"))))));
  }

  /** The Create handler's view: typed request in, typed response out. */
  static ResponseMessage handleCreate(RequestMessage req, Instant now) {
    KmipVersion v = req.version();
    RequestBatchItem item = req.batchItems().get(0);
    CreateRequestPayload create = (CreateRequestPayload) item.payload(v);
    int algorithm = create.attributes().enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM).orElseThrow();
    int length = create.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH).orElseThrow();
    assertThat(algorithm).isEqualTo(CryptographicAlgorithm.AES.value());
    assertThat(length).isEqualTo(256);
    assertThat(create.attributes().names()).containsExactly(new Name("disk-1", NameType.UNINTERPRETED_TEXT_STRING));
    assertThat(create.attributes().vendor("x", "owner")).contains(text(Tag.ATTRIBUTE_VALUE, "ops"));
    String uid = "6c1a-0001"; // what the store assigned
    CreateResponsePayload out = new CreateResponsePayload(ObjectType.SYMMETRIC_KEY, uid, null);
    return new ResponseMessage(ResponseHeader.of(req.header().protocolVersion(), now, 1),
        List.of(ResponseBatchItem.success(item.uniqueBatchItemId(), out, v)));
  }

  @Test
  void createOverTheWireFor10() {
    byte[] wire = TtlvEncoder.encode(createRequest10());
    RequestMessage req = RequestMessage.fromTtlv(TtlvDecoder.decode(wire, TtlvLimits.DEFAULT));
    Instant now = Instant.parse("2026-11-28T17:00:00Z");
    ResponseMessage resp = handleCreate(req, now);
    TtlvItem back = TtlvDecoder.decode(TtlvEncoder.encode(resp.toTtlv()), TtlvLimits.DEFAULT);
    assertThat(back).isEqualTo(structure(Tag.RESPONSE_MESSAGE,
        structure(Tag.RESPONSE_HEADER,
            structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, 1), integer(Tag.PROTOCOL_VERSION_MINOR, 0)),
            TtlvItem.dateTime(Tag.TIME_STAMP, now), integer(Tag.BATCH_COUNT, 1)),
        structure(Tag.BATCH_ITEM,
            enumeration(Tag.OPERATION, Operation.CREATE.value()),
            enumeration(Tag.RESULT_STATUS, ResultStatus.SUCCESS.value()),
            structure(Tag.RESPONSE_PAYLOAD,
                enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()), text(Tag.UNIQUE_IDENTIFIER, "6c1a-0001")))));
  }

  @Test
  void aOneXCreateRendersAsTwoXAndBack() {
    RequestMessage req = RequestMessage.fromTtlv(createRequest10());
    CreateRequestPayload create = (CreateRequestPayload) req.batchItems().get(0).payload(req.version());
    TtlvItem.Structure v21 = create.toTtlv(KmipVersion.V2_1);
    assertThat(v21).isEqualTo(structure(Tag.REQUEST_PAYLOAD,
        enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
        structure(Tag.ATTRIBUTES,
            enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
            integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
            structure(Tag.NAME, text(Tag.NAME_VALUE, "disk-1"), enumeration(Tag.NAME_TYPE, 1)),
            structure(Tag.ATTRIBUTE, text(Tag.VENDOR_IDENTIFICATION, "x"), text(Tag.ATTRIBUTE_NAME, "owner"),
                text(Tag.ATTRIBUTE_VALUE, "ops")))));
    assertThat(CreateRequestPayload.fromTtlv(v21, KmipVersion.V2_1)).isEqualTo(create);
    TtlvItem.Structure batchItem = (TtlvItem.Structure) ((TtlvItem.Structure) createRequest10()).items().get(1);
    TtlvItem original = batchItem.find(Tag.REQUEST_PAYLOAD).orElseThrow();
    assertThat(CreateRequestPayload.fromTtlv(v21, KmipVersion.V2_1).toTtlv(KmipVersion.V1_0)).isEqualTo(original);
  }

  @Test
  void getWithTheIdPlaceholderAndAKeyInTheResponse() {
    // Request: Get with no Unique Identifier (the ID Placeholder of an earlier batch item).
    GetRequestPayload get = GetRequestPayload.fromTtlv(structure(Tag.REQUEST_PAYLOAD), KmipVersion.V2_1);
    assertThat(get.uniqueIdentifier()).isNull();

    byte[] key = new byte[32];
    key[0] = 1;
    GetResponsePayload out = new GetResponsePayload(ObjectType.SYMMETRIC_KEY, "6c1a-0001",
        new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, key, CryptographicAlgorithm.AES, 256)));
    for (KmipVersion v : List.of(KmipVersion.V1_0, KmipVersion.V1_4, KmipVersion.V2_1)) {
      TtlvItem.Structure p = out.toTtlv(v);
      assertThat(p).isEqualTo(structure(Tag.RESPONSE_PAYLOAD,
          enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
          text(Tag.UNIQUE_IDENTIFIER, "6c1a-0001"),
          structure(Tag.SYMMETRIC_KEY, structure(Tag.KEY_BLOCK,
              enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.RAW.value()),
              structure(Tag.KEY_VALUE, TtlvItem.bytes(Tag.KEY_MATERIAL, key)),
              enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
              integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)))));
      GetResponsePayload read = GetResponsePayload.fromTtlv(p, v);
      assertThat(read).isEqualTo(out);
      assertThat(((SymmetricKey) read.object()).keyBlock().keyMaterial().bytes()).isEqualTo(key);
    }
  }
}
