package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request whose header reads but whose payload does not is answered in the request's own
 * Protocol Version (KMIP 1.4 §5.1; only an unreadable header falls back to 1.0), with the batch
 * item's Operation and Unique Batch Item ID echoed, over real TLS: found by fuzzing (a 1.3 Locate
 * whose payload held an item of tag 0x422A54 that did not decode was answered in 1.0, which the
 * {@link ResponseShapeGuard} logged). An unknown tag that decodes fails in the payload's reader.
 */
class DecodeErrorVersionIT {

  /** In the 0x42 range, but no KMIP tag. */
  static final int UNKNOWN_TAG = 0x422A54;

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

  static TtlvItem.Structure request(int major, int minor, TtlvItem... items) {
    TtlvItem[] all = new TtlvItem[items.length + 1];
    all[0] = structure(Tag.REQUEST_HEADER,
        structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, major), integer(Tag.PROTOCOL_VERSION_MINOR, minor)),
        integer(Tag.BATCH_COUNT, items.length));
    System.arraycopy(items, 0, all, 1, items.length);
    return structure(Tag.REQUEST_MESSAGE, all);
  }

  @Test
  void anUnknownTagInAPayloadIsAnsweredInTheRequestsVersion() throws Exception {
    for (int[] v : new int[][] {{1, 3}, {1, 4}, {2, 1}}) {
      ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
      TtlvItem.Structure req = request(v[0], v[1], structure(Tag.BATCH_ITEM,
          enumeration(Tag.OPERATION, Operation.LOCATE.value()), bytes(Tag.UNIQUE_BATCH_ITEM_ID, new byte[] {7}),
          structure(Tag.REQUEST_PAYLOAD, text(UNKNOWN_TAG, "x"))));
      TtlvItem raw = c.exchange(req);
      ResponseMessage r = ResponseMessage.fromTtlv(raw);
      assertThat(r.header().protocolVersion().major()).isEqualTo(v[0]);
      assertThat(r.header().protocolVersion().minor()).isEqualTo(v[1]);
      assertThat(r.batchItems()).hasSize(1);
      ResponseBatchItem item = r.batchItems().get(0);
      assertThat(item.resultStatus()).isEqualTo(ResultStatus.OPERATION_FAILED);
      assertThat(item.resultReason()).isIn(ResultReason.INVALID_FIELD, ResultReason.INVALID_MESSAGE);
      assertThat(item.operation()).isEqualTo(Operation.LOCATE);
      assertThat(item.uniqueBatchItemId()).containsExactly(7);
      assertThat(ResponseShapeGuard.check(req, raw)).isEmpty();
    }
  }

  /** The request with the unknown item's type byte set to 0x0C, no TTLV type: the payload does not decode. */
  static byte[] undecodablePayload(TtlvItem.Structure request) {
    byte[] b = dev.clavis.codec.TtlvEncoder.encode(request);
    for (int i = 0; i + 3 < b.length; i += 1) {
      if ((b[i] & 0xFF) == 0x42 && (b[i + 1] & 0xFF) == 0x2A && (b[i + 2] & 0xFF) == 0x54) {
        b[i + 3] = 0x0C;
        return b;
      }
    }
    throw new IllegalStateException("no unknown tag in the request");
  }

  @Test
  void aPayloadThatDoesNotDecodeIsAnsweredInTheRequestsVersion() throws Exception {
    long violations = ResponseShapeGuard.violationCount();
    for (int[] v : new int[][] {{1, 3}, {1, 0}, {2, 0}}) {
      ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
      byte[] req = undecodablePayload(request(v[0], v[1],
          structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.QUERY.value()),
              structure(Tag.REQUEST_PAYLOAD, enumeration(Tag.QUERY_FUNCTION, 1))),
          structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.LOCATE.value()),
              bytes(Tag.UNIQUE_BATCH_ITEM_ID, new byte[] {9}), structure(Tag.REQUEST_PAYLOAD, text(UNKNOWN_TAG, "x")))));
      ResponseMessage r = c.sendRaw(req);
      assertThat(r.header().protocolVersion().major()).isEqualTo(v[0]);
      assertThat(r.header().protocolVersion().minor()).isEqualTo(v[1]);
      // The whole message is refused: one item per batch item read, each Invalid Message, echoing
      // the Operation and Unique Batch Item ID read before the undecodable payload.
      assertThat(r.batchItems()).hasSize(2);
      assertThat(r.batchItems()).allSatisfy(i -> {
        assertThat(i.resultStatus()).isEqualTo(ResultStatus.OPERATION_FAILED);
        assertThat(i.resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
      });
      assertThat(r.batchItems().get(0).operation()).isEqualTo(Operation.QUERY);
      assertThat(r.batchItems().get(1).operation()).isEqualTo(Operation.LOCATE);
      assertThat(r.batchItems().get(1).uniqueBatchItemId()).containsExactly(9);
      // The connection stays usable.
      assertThat(c.exchange(request(v[0], v[1], structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION,
          Operation.QUERY.value()), structure(Tag.REQUEST_PAYLOAD, enumeration(Tag.QUERY_FUNCTION, 1)))))).isNotNull();
    }
    assertThat(ResponseShapeGuard.violationCount()).isEqualTo(violations);
  }

  @Test
  void anUnreadableHeaderStillFallsBackTo10() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    TtlvItem.Structure req = structure(Tag.REQUEST_MESSAGE, structure(Tag.REQUEST_HEADER, integer(Tag.BATCH_COUNT, 1)),
        structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.LOCATE.value()), structure(Tag.REQUEST_PAYLOAD)));
    ResponseMessage r = ResponseMessage.fromTtlv(c.exchange(req));
    assertThat(r.header().protocolVersion().major()).isEqualTo(1);
    assertThat(r.header().protocolVersion().minor()).isEqualTo(0);
    assertThat(r.batchItems().get(0).resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
  }
}
