package dev.clavis.server;

import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The minimal KMIP error responses the transport itself sends: a Response Message (KMIP 1.4
 * §7.1, KMIP 2.1 §8.1) with a Response Header (Protocol Version, Time Stamp, Batch Count) and
 * one batch item per request item carrying Result Status Operation Failed, a Result Reason and
 * a Result Message (KMIP 1.4 §6.9–6.11). The operations layer makes every other response.
 */
final class ErrorResponses {

  /** The version answered when the request's own cannot be read. */
  static final int[] FALLBACK_VERSION = {1, 0};

  private ErrorResponses() {}

  /** One failed item per request item, echoing its Operation and Unique Batch Item ID when present. */
  static byte[] forEachItem(TtlvItem.Structure request, ResultReason reason, String message) {
    int[] version = version(request);
    List<TtlvItem> items = new ArrayList<>();
    for (TtlvItem item : request.all(Tag.BATCH_ITEM)) {
      List<TtlvItem> fields = new ArrayList<>();
      if (item instanceof TtlvItem.Structure s) {
        s.find(Tag.OPERATION, TtlvItem.Enumeration.class).ifPresent(fields::add);
        s.find(Tag.UNIQUE_BATCH_ITEM_ID, TtlvItem.Bytes.class).ifPresent(fields::add);
      }
      items.add(failedItem(fields, reason, message));
    }
    if (items.isEmpty()) {
      items.add(failedItem(new ArrayList<>(), ResultReason.INVALID_MESSAGE, "request has no batch item"));
    }
    return response(version, items);
  }

  /** The answer to a message that could not be framed or decoded: one Invalid Message item. */
  static byte[] invalidMessage(String message) {
    return response(FALLBACK_VERSION, List.of(failedItem(new ArrayList<>(), ResultReason.INVALID_MESSAGE, message)));
  }

  private static TtlvItem failedItem(List<TtlvItem> fields, ResultReason reason, String message) {
    fields.add(TtlvItem.enumeration(Tag.RESULT_STATUS, ResultStatus.OPERATION_FAILED.value()));
    fields.add(TtlvItem.enumeration(Tag.RESULT_REASON, reason.value()));
    fields.add(TtlvItem.text(Tag.RESULT_MESSAGE, message));
    return TtlvItem.structure(Tag.BATCH_ITEM, fields);
  }

  private static byte[] response(int[] version, List<TtlvItem> items) {
    List<TtlvItem> top = new ArrayList<>();
    top.add(TtlvItem.structure(Tag.RESPONSE_HEADER,
        TtlvItem.structure(Tag.PROTOCOL_VERSION,
            TtlvItem.integer(Tag.PROTOCOL_VERSION_MAJOR, version[0]),
            TtlvItem.integer(Tag.PROTOCOL_VERSION_MINOR, version[1])),
        TtlvItem.dateTime(Tag.TIME_STAMP, Instant.now()),
        TtlvItem.integer(Tag.BATCH_COUNT, items.size())));
    top.addAll(items);
    return TtlvEncoder.encode(TtlvItem.structure(Tag.RESPONSE_MESSAGE, top));
  }

  /** The request's Protocol Version, or {@link #FALLBACK_VERSION}. */
  static int[] version(TtlvItem.Structure request) {
    return request.find(Tag.REQUEST_HEADER, TtlvItem.Structure.class)
        .flatMap(h -> h.find(Tag.PROTOCOL_VERSION, TtlvItem.Structure.class))
        .flatMap(v -> v.find(Tag.PROTOCOL_VERSION_MAJOR, TtlvItem.Int.class)
            .flatMap(major -> v.find(Tag.PROTOCOL_VERSION_MINOR, TtlvItem.Int.class)
                .map(minor -> new int[] {major.value(), minor.value()})))
        .orElse(FALLBACK_VERSION);
  }
}
