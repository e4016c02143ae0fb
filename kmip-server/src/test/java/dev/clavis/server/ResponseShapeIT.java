package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.AddAttributeRequestPayload;
import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateKeyPairRequestPayload;
import dev.clavis.codec.CreateKeyPairResponsePayload;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.DiscoverVersionsRequestPayload;
import dev.clavis.codec.DiscoverVersionsResponsePayload;
import dev.clavis.codec.GetAttributeListRequestPayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every operation a key-server client uses, and the usual failures, in each protocol version, with
 * every response checked by {@link ResponseShapeGuard}: all attributes of a key (Get Attributes
 * without names), Create Key Pair's templates, Query with every 1.x function, error responses to
 * unknown objects, wrong states, unknown operations and a malformed header.
 */
class ResponseShapeIT {

  @TempDir Path dataDir;

  @ParameterizedTest
  @EnumSource(KmipVersion.class)
  void everyResponseHasTheVersionsShape(KmipVersion v) throws Exception {
    try (ClientSession s = new ClientSession(dataDir, false)) {
      CreateResponsePayload key = s.ok(v, new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
          OperationsIT.aes(256, "shape-" + v), null));
      String uid = key.uniqueIdentifier();
      GetAttributesResponsePayload all = s.ok(v, new GetAttributesRequestPayload(uid, List.of()));
      assertThat(all.attributes().get(Tag.STATE)).isPresent();
      assertThat(all.attributes().get(Tag.FRESH).isPresent()).as("Fresh is KMIP 1.1").isEqualTo(v.atLeast(KmipVersion.V1_1));
      assertThat(all.attributes().get(Tag.ORIGINAL_CREATION_DATE).isPresent()).as("Original Creation Date is KMIP 1.2")
          .isEqualTo(v.atLeast(KmipVersion.V1_2));
      s.ok(v, new GetAttributeListRequestPayload(uid));
      s.ok(v, new ActivateRequestPayload(uid));
      s.ok(v, new GetRequestPayload(uid, null, null, null, null));

      RegisterResponsePayload secret = s.ok(v, new RegisterRequestPayload(ObjectType.SECRET_DATA, Attributes.of(
          integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x04 | 0x08)),
          new SecretData(SecretDataType.PASSWORD, KeyBlock.of(KeyFormatType.OPAQUE, new byte[24], null, null)), null));
      s.ok(v, new GetAttributesRequestPayload(secret.uniqueIdentifier(), List.of()));
      s.ok(v, new GetRequestPayload(secret.uniqueIdentifier(), null, null, null, null));

      CreateKeyPairResponsePayload pair = s.ok(v, new CreateKeyPairRequestPayload(
          OperationsIT.pair(CryptographicAlgorithm.RSA, 2048),
          Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x01),
              new Name("shape-pair-" + v, NameType.UNINTERPRETED_TEXT_STRING).toTtlv()),
          Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x02)), null, null, null));
      s.ok(v, new GetRequestPayload(pair.privateKeyUniqueIdentifier(), null, null, null, null));
      s.ok(v, new GetRequestPayload(pair.publicKeyUniqueIdentifier(), null, null, null, null));
      s.ok(v, new GetAttributesRequestPayload(pair.publicKeyUniqueIdentifier(), List.of()));

      LocateResponsePayload located = s.ok(v, new LocateRequestPayload(null, null, null, null, Attributes.empty()));
      assertThat(located.uniqueIdentifiers()).hasSize(4);
      s.ok(v, new QueryRequestPayload(List.of(QueryFunction.values()).stream().filter(f -> f.definedIn(v)).toList(), null));
      // Discover Versions is KMIP 1.1, but clients send it before they know the version: answered in 1.0 too
      DiscoverVersionsResponsePayload discover = s.ok(v, new DiscoverVersionsRequestPayload(List.of(ProtocolVersion.of(v))));
      assertThat(discover.protocolVersions()).containsExactly(ProtocolVersion.of(v));

      assertThat(s.fails(v, new GetRequestPayload("no-such-object", null, null, null, null)).resultReason())
          .isEqualTo(v.atLeast(KmipVersion.V2_0) ? ResultReason.OBJECT_NOT_FOUND : ResultReason.ITEM_NOT_FOUND);
      assertThat(s.fails(v, new DestroyRequestPayload(uid)).resultReason()).isEqualTo(OperationsIT.wrongState(v));
      assertThat(s.fails(v, new ActivateRequestPayload(uid)).resultReason()).isEqualTo(OperationsIT.wrongState(v));

      s.ok(v, new AddAttributeRequestPayload(uid, Attribute.vendor("x", "ticket", text(Tag.ATTRIBUTE_VALUE, "CHG-1"))));
      s.ok(v, new GetAttributesRequestPayload(uid, List.of()));
      if (!v.atLeast(KmipVersion.V2_0)) {
        // a 1.x client naming attributes newer than its version gets none of them, and no error
        TtlvItem newer = structure(Tag.REQUEST_MESSAGE,
            structure(Tag.REQUEST_HEADER, ProtocolVersion.of(v).toTtlv(), integer(Tag.BATCH_COUNT, 1)),
            structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, 0x0000000B), structure(Tag.REQUEST_PAYLOAD,
                text(Tag.UNIQUE_IDENTIFIER, uid), text(Tag.ATTRIBUTE_NAME, "State"), text(Tag.ATTRIBUTE_NAME, "Fresh"),
                text(Tag.ATTRIBUTE_NAME, "Original Creation Date"), text(Tag.ATTRIBUTE_NAME, "Sensitive"),
                text(Tag.ATTRIBUTE_NAME, "Description"), text(Tag.ATTRIBUTE_NAME, "x-ticket"))));
        ResponseMessage named = ResponseMessage.fromTtlv(s.exchange(newer));
        GetAttributesResponsePayload got = (GetAttributesResponsePayload) named.batchItems().get(0).payload(v);
        assertThat(got.attributes().get(Tag.STATE)).isPresent();
      }
      for (int[] pv : new int[][] {{1, 5}, {3, 0}}) {
        s.exchange(structure(Tag.REQUEST_MESSAGE,
            structure(Tag.REQUEST_HEADER, structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, pv[0]),
                integer(Tag.PROTOCOL_VERSION_MINOR, pv[1])), integer(Tag.BATCH_COUNT, 1)),
            structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, 0x0000000A), structure(Tag.REQUEST_PAYLOAD,
                text(Tag.UNIQUE_IDENTIFIER, uid)))));
      }

      TtlvItem unknownOperation = structure(Tag.REQUEST_MESSAGE,
          structure(Tag.REQUEST_HEADER, ProtocolVersion.of(v).toTtlv(), integer(Tag.BATCH_COUNT, 1)),
          structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, 0x0000007F), structure(Tag.REQUEST_PAYLOAD)));
      s.exchange(unknownOperation);
      TtlvItem wrongCount = structure(Tag.REQUEST_MESSAGE,
          structure(Tag.REQUEST_HEADER, ProtocolVersion.of(v).toTtlv(), integer(Tag.BATCH_COUNT, 3)),
          structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, 0x0000000A), structure(Tag.REQUEST_PAYLOAD,
              text(Tag.UNIQUE_IDENTIFIER, uid))));
      s.exchange(wrongCount);
      TtlvItem noHeader = structure(Tag.REQUEST_MESSAGE, structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, 0x0A)));
      s.exchange(noHeader);
    }
  }

  /** Errors the transport answers before the processor: an oversize frame, a frame that is not a structure. */
  @org.junit.jupiter.api.Test
  void framingErrorsAreAnsweredWellShaped() throws Exception {
    try (ServerFixture f = new ServerFixture(dataDir)) {
      byte[][] frames = {
          {0x42, 0x00, 0x78, 0x02, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00},
          {0x42, 0x00, 0x78, 0x01, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0}};
      for (byte[] frame : frames) {
        ServerFixture.Connection c = f.connect(KmipVersion.V1_0);
        c.client.send(frame);
        TtlvItem answer = dev.clavis.codec.TtlvDecoder.decode(c.client.receive(), dev.clavis.codec.TtlvLimits.DEFAULT);
        assertThat(ResponseShapeGuard.check(null, answer)).isEmpty();
        ResponseMessage m = ResponseMessage.fromTtlv(answer);
        assertThat(m.header().protocolVersion()).isEqualTo(ProtocolVersion.of(KmipVersion.V1_0));
        assertThat(m.batchItems()).singleElement().extracting(i -> i.resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
      }
    }
  }
}
