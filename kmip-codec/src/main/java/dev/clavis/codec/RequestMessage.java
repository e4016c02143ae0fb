package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request Message (KMIP 1.4 §7.1 Table 286, KMIP 2.1 §8.1 Table 394): a header and one or more
 * batch items.
 */
public record RequestMessage(RequestHeader header, List<RequestBatchItem> batchItems) {

  public RequestMessage {
    Objects.requireNonNull(header, "header");
    batchItems = List.copyOf(batchItems);
  }

  /** The protocol version to decode payloads with and to answer in. */
  public KmipVersion version() {
    return header.protocolVersion().kmipVersion();
  }

  /**
   * Parses a Request Message with strict checks: wrong tag or type, a missing header, no batch
   * items, a Batch Count that differs from the number of items, or a missing Unique Batch Item ID
   * in a batch of several are {@code Invalid Message}; an unknown Operation is {@code Operation
   * Not Supported}. Payloads stay raw.
   */
  public static RequestMessage fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.REQUEST_MESSAGE, "Request Message");
    RequestHeader header = RequestHeader.fromTtlv(r.requireAny(Tag.REQUEST_HEADER));
    List<RequestBatchItem> items = new ArrayList<>();
    for (TtlvItem b : r.all(Tag.BATCH_ITEM)) {
      items.add(RequestBatchItem.fromTtlv(b));
    }
    r.end();
    checkBatch(header.batchCount(), items.size());
    if (items.size() > 1) {
      for (RequestBatchItem b : items) {
        if (b.uniqueBatchItemId() == null) {
          throw new KmipException(
              ResultReason.INVALID_MESSAGE,
              "Batch Item: Unique Batch Item ID missing (expected: present when Batch Count > 1)");
        }
      }
    }
    return new RequestMessage(header, items);
  }

  static void checkBatch(int batchCount, int items) {
    if (items == 0) {
      throw new KmipException(ResultReason.INVALID_MESSAGE, "Batch Item count: 0 (expected: at least 1)");
    }
    if (batchCount != items) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE,
          "Batch Count: " + batchCount + " (expected: " + items + ", the number of Batch Items)");
    }
  }

  /**
   * A request opened at the message level only: the parsed header and the batch items still as
   * trees, so that a server can parse each item on its own and answer a bad item with a failed
   * batch item (KMIP 1.4 §11.1: Operation Not Supported, Invalid Field …) instead of failing the
   * whole message.
   */
  public record Envelope(RequestHeader header, List<TtlvItem> batchItems) {
    public Envelope {
      Objects.requireNonNull(header, "header");
      batchItems = List.copyOf(batchItems);
    }

    /** The protocol version to decode payloads with and to answer in. */
    public KmipVersion version() {
      return header.protocolVersion().kmipVersion();
    }
  }

  /**
   * Parses the message tag, the header and the Batch Count ({@code Invalid Message} when any is
   * wrong); batch items are returned unparsed — see {@link RequestBatchItem#fromTtlv}.
   */
  public static Envelope open(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.REQUEST_MESSAGE, "Request Message");
    RequestHeader header = RequestHeader.fromTtlv(r.requireAny(Tag.REQUEST_HEADER));
    List<TtlvItem> items = r.all(Tag.BATCH_ITEM);
    r.end();
    checkBatch(header.batchCount(), items.size());
    return new Envelope(header, items);
  }

  /** Renders for the header's protocol version. */
  public TtlvItem.Structure toTtlv() {
    List<TtlvItem> out = new ArrayList<>();
    out.add(header.toTtlv());
    out.addAll(RequestBatchItem.render(batchItems, version()));
    return TtlvItem.structure(Tag.REQUEST_MESSAGE, out);
  }
}
