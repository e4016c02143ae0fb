package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnwiredProcessorTest {

  static final int OPERATION_CREATE = Operation.CREATE.value();
  static final int OPERATION_QUERY = Operation.QUERY.value();

  private final UnwiredProcessor processor = new UnwiredProcessor(ServerLimits.DEFAULT);

  static byte[] request(int major, int minor, TtlvItem... batchItems) {
    TtlvItem header = TtlvItem.structure(Tag.REQUEST_HEADER,
        TtlvItem.structure(Tag.PROTOCOL_VERSION,
            TtlvItem.integer(Tag.PROTOCOL_VERSION_MAJOR, major),
            TtlvItem.integer(Tag.PROTOCOL_VERSION_MINOR, minor)),
        TtlvItem.integer(Tag.BATCH_COUNT, batchItems.length));
    TtlvItem.Structure message = TtlvItem.structure(Tag.REQUEST_MESSAGE, header);
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
        TtlvItem.structure(Tag.BATCH_ITEM,
            TtlvItem.enumeration(Tag.OPERATION, OPERATION_CREATE),
            TtlvItem.bytes(Tag.UNIQUE_BATCH_ITEM_ID, id)),
        TtlvItem.structure(Tag.BATCH_ITEM,
            TtlvItem.enumeration(Tag.OPERATION, OPERATION_QUERY)));
    Instant before = Instant.now().minusSeconds(1);
    TtlvItem.Structure r = decode(processor.process(request, null));

    assertThat(r.tag()).isEqualTo(Tag.RESPONSE_MESSAGE);
    assertThat(intAt(r, Tag.RESPONSE_HEADER, Tag.PROTOCOL_VERSION, Tag.PROTOCOL_VERSION_MAJOR)).isEqualTo(1);
    assertThat(intAt(r, Tag.RESPONSE_HEADER, Tag.PROTOCOL_VERSION, Tag.PROTOCOL_VERSION_MINOR)).isEqualTo(4);
    assertThat(intAt(r, Tag.RESPONSE_HEADER, Tag.BATCH_COUNT)).isEqualTo(2);
    long stamp = r.find(Tag.RESPONSE_HEADER, TtlvItem.Structure.class).orElseThrow()
        .find(Tag.TIME_STAMP, TtlvItem.DateTime.class).orElseThrow().epochSeconds();
    assertThat(stamp).isBetween(before.getEpochSecond(), Instant.now().getEpochSecond() + 1);

    List<TtlvItem> items = r.all(Tag.BATCH_ITEM);
    assertThat(items).hasSize(2);
    TtlvItem.Structure first = (TtlvItem.Structure) items.get(0);
    assertThat(first.find(Tag.OPERATION, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(OPERATION_CREATE);
    assertThat(first.find(Tag.UNIQUE_BATCH_ITEM_ID, TtlvItem.Bytes.class).orElseThrow().value()).isEqualTo(id);
    TtlvItem.Structure second = (TtlvItem.Structure) items.get(1);
    assertThat(second.find(Tag.UNIQUE_BATCH_ITEM_ID)).isEmpty();
    for (TtlvItem i : items) {
      TtlvItem.Structure s = (TtlvItem.Structure) i;
      assertThat(s.find(Tag.RESULT_STATUS, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ResultStatus.OPERATION_FAILED.value());
      assertThat(s.find(Tag.RESULT_REASON, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED.value());
      assertThat(s.find(Tag.RESULT_MESSAGE, TtlvItem.Text.class).orElseThrow().value()).isEqualTo("operations not yet wired");
    }
  }

  @Test
  void undecodableRequestGetsInvalidMessageInVersion10() {
    // A Request Message whose only child claims more bytes than the structure holds.
    byte[] bad = {0x42, 0x00, 0x78, 0x01, 0, 0, 0, 8, 0x42, 0x00, 0x77, 0x01, 0, 0, 0, 0x40};
    TtlvItem.Structure r = decode(processor.process(bad, null));
    assertThat(intAt(r, Tag.RESPONSE_HEADER, Tag.PROTOCOL_VERSION, Tag.PROTOCOL_VERSION_MINOR)).isZero();
    TtlvItem.Structure item = r.find(Tag.BATCH_ITEM, TtlvItem.Structure.class).orElseThrow();
    assertThat(item.find(Tag.RESULT_REASON, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ResultReason.INVALID_MESSAGE.value());
  }

  @Test
  void requestWithoutBatchItemsGetsInvalidMessage() {
    TtlvItem.Structure r = decode(processor.process(request(2, 1), null));
    assertThat(intAt(r, Tag.RESPONSE_HEADER, Tag.PROTOCOL_VERSION, Tag.PROTOCOL_VERSION_MAJOR)).isEqualTo(2);
    TtlvItem.Structure item = r.find(Tag.BATCH_ITEM, TtlvItem.Structure.class).orElseThrow();
    assertThat(item.find(Tag.RESULT_REASON, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ResultReason.INVALID_MESSAGE.value());
  }

  @Test
  void framingErrorResponseCarriesTheReason() {
    TtlvItem.Structure r = decode(UnwiredProcessor.framingError(
        new KmipFrameDecoder.Rejected("message length: 1073741824 (expected: <= 4194296)")));
    TtlvItem.Structure item = r.find(Tag.BATCH_ITEM, TtlvItem.Structure.class).orElseThrow();
    assertThat(item.find(Tag.RESULT_STATUS, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ResultStatus.OPERATION_FAILED.value());
    assertThat(item.find(Tag.RESULT_REASON, TtlvItem.Enumeration.class).orElseThrow().value()).isEqualTo(ResultReason.INVALID_MESSAGE.value());
    assertThat(item.find(Tag.RESULT_MESSAGE, TtlvItem.Text.class).orElseThrow().value())
        .isEqualTo("message length: 1073741824 (expected: <= 4194296)");
  }
}
