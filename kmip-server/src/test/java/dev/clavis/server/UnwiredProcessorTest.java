package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnwiredProcessorTest {

  static final int REQUEST_MESSAGE = 0x420078;
  static final int OPERATION_CREATE = 0x01;
  static final int OPERATION_QUERY = 0x18;

  private final UnwiredProcessor processor = new UnwiredProcessor(ServerLimits.DEFAULT);

  static byte[] request(int major, int minor, TtlvItem... batchItems) {
    TtlvItem header = TtlvItem.structure(ErrorResponses.REQUEST_HEADER,
        TtlvItem.structure(ErrorResponses.PROTOCOL_VERSION,
            TtlvItem.integer(ErrorResponses.PROTOCOL_VERSION_MAJOR, major),
            TtlvItem.integer(ErrorResponses.PROTOCOL_VERSION_MINOR, minor)),
        TtlvItem.integer(ErrorResponses.BATCH_COUNT, batchItems.length));
    TtlvItem.Structure message = TtlvItem.structure(REQUEST_MESSAGE, header);
    for (TtlvItem i : batchItems) {
      message = message.with(i);
    }
    return TtlvEncoder.encode(message);
  }

  static TtlvItem.Structure decode(byte[] response) {
    return (TtlvItem.Structure) TtlvDecoder.decode(response, TtlvLimits.DEFAULT);
  }

  private static int intAt(TtlvItem.Structure s, int... path) {
    TtlvItem.Structure at = s;
    for (int i = 0; i < path.length - 1; i++) {
      at = at.find(path[i], TtlvItem.Structure.class).orElseThrow();
    }
    return at.find(path[path.length - 1], TtlvItem.Int.class).orElseThrow().value();
  }

  @Test
  void everyBatchItemFailsWithOperationNotSupportedInTheRequestsVersion() {
    byte[] id = {1, 2, 3, 4};
    byte[] request = request(1, 4,
        TtlvItem.structure(ErrorResponses.BATCH_ITEM,
            TtlvItem.enumeration(ErrorResponses.OPERATION, OPERATION_CREATE),
            TtlvItem.bytes(ErrorResponses.UNIQUE_BATCH_ITEM_ID, id)),
        TtlvItem.structure(ErrorResponses.BATCH_ITEM,
            TtlvItem.enumeration(ErrorResponses.OPERATION, OPERATION_QUERY)));
    Instant before = Instant.now().minusSeconds(1);
    TtlvItem.Structure r = decode(processor.process(request, null));

    assertThat(r.tag()).isEqualTo(ErrorResponses.RESPONSE_MESSAGE);
    assertThat(intAt(r, ErrorResponses.RESPONSE_HEADER, ErrorResponses.PROTOCOL_VERSION, ErrorResponses.PROTOCOL_VERSION_MAJOR)).isEqualTo(1);
    assertThat(intAt(r, ErrorResponses.RESPONSE_HEADER, ErrorResponses.PROTOCOL_VERSION, ErrorResponses.PROTOCOL_VERSION_MINOR)).isEqualTo(4);
    assertThat(intAt(r, ErrorResponses.RESPONSE_HEADER, ErrorResponses.BATCH_COUNT)).isEqualTo(2);
    long stamp = r.find(ErrorResponses.RESPONSE_HEADER, TtlvItem.Structure.class).orElseThrow()
        .find(ErrorResponses.TIME_STAMP, TtlvItem.DateTime.class).orElseThrow().epochSeconds();
    assertThat(stamp).isBetween(before.getEpochSecond(), Instant.now().getEpochSecond() + 1);

    List<TtlvItem> items = r.all(ErrorResponses.BATCH_ITEM);
    assertThat(items).hasSize(2);
    TtlvItem.Structure first = (TtlvItem.Structure) items.get(0);
    assertThat(first.find(ErrorResponses.OPERATION, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(OPERATION_CREATE);
    assertThat(first.find(ErrorResponses.UNIQUE_BATCH_ITEM_ID, TtlvItem.Bytes.class).orElseThrow().value()).isEqualTo(id);
    TtlvItem.Structure second = (TtlvItem.Structure) items.get(1);
    assertThat(second.find(ErrorResponses.UNIQUE_BATCH_ITEM_ID)).isEmpty();
    for (TtlvItem i : items) {
      TtlvItem.Structure s = (TtlvItem.Structure) i;
      assertThat(s.find(ErrorResponses.RESULT_STATUS, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ErrorResponses.OPERATION_FAILED);
      assertThat(s.find(ErrorResponses.RESULT_REASON, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ErrorResponses.OPERATION_NOT_SUPPORTED);
      assertThat(s.find(ErrorResponses.RESULT_MESSAGE, TtlvItem.Text.class).orElseThrow().value()).isEqualTo("operations not yet wired");
    }
  }

  @Test
  void undecodableRequestGetsInvalidMessageInVersion10() {
    // A Request Message whose only child claims more bytes than the structure holds.
    byte[] bad = {0x42, 0x00, 0x78, 0x01, 0, 0, 0, 8, 0x42, 0x00, 0x77, 0x01, 0, 0, 0, 0x40};
    TtlvItem.Structure r = decode(processor.process(bad, null));
    assertThat(intAt(r, ErrorResponses.RESPONSE_HEADER, ErrorResponses.PROTOCOL_VERSION, ErrorResponses.PROTOCOL_VERSION_MINOR)).isZero();
    TtlvItem.Structure item = r.find(ErrorResponses.BATCH_ITEM, TtlvItem.Structure.class).orElseThrow();
    assertThat(item.find(ErrorResponses.RESULT_REASON, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ErrorResponses.INVALID_MESSAGE);
  }

  @Test
  void requestWithoutBatchItemsGetsInvalidMessage() {
    TtlvItem.Structure r = decode(processor.process(request(2, 1), null));
    assertThat(intAt(r, ErrorResponses.RESPONSE_HEADER, ErrorResponses.PROTOCOL_VERSION, ErrorResponses.PROTOCOL_VERSION_MAJOR)).isEqualTo(2);
    TtlvItem.Structure item = r.find(ErrorResponses.BATCH_ITEM, TtlvItem.Structure.class).orElseThrow();
    assertThat(item.find(ErrorResponses.RESULT_REASON, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ErrorResponses.INVALID_MESSAGE);
  }

  @Test
  void framingErrorResponseCarriesTheReason() {
    TtlvItem.Structure r = decode(UnwiredProcessor.framingError(
        new KmipFrameDecoder.Rejected("message length: 1073741824 (expected: <= 4194296)")));
    TtlvItem.Structure item = r.find(ErrorResponses.BATCH_ITEM, TtlvItem.Structure.class).orElseThrow();
    assertThat(item.find(ErrorResponses.RESULT_STATUS, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ErrorResponses.OPERATION_FAILED);
    assertThat(item.find(ErrorResponses.RESULT_REASON, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ErrorResponses.INVALID_MESSAGE);
    assertThat(item.find(ErrorResponses.RESULT_MESSAGE, TtlvItem.Text.class).orElseThrow().value())
        .isEqualTo("message length: 1073741824 (expected: <= 4194296)");
  }
}
