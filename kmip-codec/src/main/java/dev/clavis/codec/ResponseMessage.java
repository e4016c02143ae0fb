package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Response Message (KMIP 1.4 §7.1 Table 286, KMIP 2.1 §8.4 Table 397): a header and one or more
 * batch items, rendered for the header's protocol version.
 */
public record ResponseMessage(ResponseHeader header, List<ResponseBatchItem> batchItems) {

  public ResponseMessage {
    Objects.requireNonNull(header, "header");
    batchItems = List.copyOf(batchItems);
  }

  /**
   * The response to a request: same protocol version, the request's Client Correlation Value
   * echoed (KMIP 1.4 §6.18), this time stamp, and the batch count of {@code items}.
   */
  public static ResponseMessage answering(RequestHeader request, Instant timeStamp, List<ResponseBatchItem> items) {
    ResponseHeader h = new ResponseHeader(request.protocolVersion(), timeStamp, null, null, List.of(),
        request.clientCorrelationValue(), null, items.size());
    return new ResponseMessage(h, items);
  }

  public KmipVersion version() {
    return header.protocolVersion().kmipVersion();
  }

  /** Parses a Response Message (same checks as {@link RequestMessage#fromTtlv}). */
  public static ResponseMessage fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.RESPONSE_MESSAGE, "Response Message");
    ResponseHeader header = ResponseHeader.fromTtlv(r.requireAny(Tag.RESPONSE_HEADER));
    List<ResponseBatchItem> items = new ArrayList<>();
    for (TtlvItem b : r.all(Tag.BATCH_ITEM)) {
      items.add(ResponseBatchItem.fromTtlv(b));
    }
    r.end();
    RequestMessage.checkBatch(header.batchCount(), items.size());
    return new ResponseMessage(header, items);
  }

  /** Renders for the header's protocol version. */
  public TtlvItem.Structure toTtlv() {
    KmipVersion v = version();
    List<TtlvItem> out = new ArrayList<>();
    out.add(header.toTtlv());
    for (ResponseBatchItem i : batchItems) {
      out.add(i.toTtlv(v));
    }
    return TtlvItem.structure(Tag.RESPONSE_MESSAGE, out);
  }
}
