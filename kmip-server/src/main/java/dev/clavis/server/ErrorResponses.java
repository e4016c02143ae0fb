package dev.clavis.server;

import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
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

  // Tags (KMIP 1.4 §9.1.3.1, Table 289).
  static final int BATCH_COUNT = 0x42000D;
  static final int BATCH_ITEM = 0x42000F;
  static final int OPERATION = 0x42005C;
  static final int PROTOCOL_VERSION = 0x420069;
  static final int PROTOCOL_VERSION_MAJOR = 0x42006A;
  static final int PROTOCOL_VERSION_MINOR = 0x42006B;
  static final int REQUEST_HEADER = 0x420077;
  static final int RESPONSE_HEADER = 0x42007A;
  static final int RESPONSE_MESSAGE = 0x42007B;
  static final int RESULT_MESSAGE = 0x42007D;
  static final int RESULT_REASON = 0x42007E;
  static final int RESULT_STATUS = 0x42007F;
  static final int TIME_STAMP = 0x420092;
  static final int UNIQUE_BATCH_ITEM_ID = 0x420093;

  /** Result Status Operation Failed (KMIP 1.4 §9.1.3.2.26). */
  static final int OPERATION_FAILED = 0x01;
  /** Result Reason Invalid Message (KMIP 1.4 §9.1.3.2.27). */
  static final int INVALID_MESSAGE = 0x04;
  /** Result Reason Operation Not Supported. */
  static final int OPERATION_NOT_SUPPORTED = 0x05;

  /** The version answered when the request's own cannot be read. */
  static final int[] FALLBACK_VERSION = {1, 0};

  private ErrorResponses() {}

  /** One failed item per request item, echoing its Operation and Unique Batch Item ID when present. */
  static byte[] forEachItem(TtlvItem.Structure request, int resultReason, String message) {
    int[] version = version(request);
    List<TtlvItem> items = new ArrayList<>();
    for (TtlvItem item : request.all(BATCH_ITEM)) {
      List<TtlvItem> fields = new ArrayList<>();
      if (item instanceof TtlvItem.Structure s) {
        s.find(OPERATION, TtlvItem.Enumeration.class).ifPresent(fields::add);
        s.find(UNIQUE_BATCH_ITEM_ID, TtlvItem.Bytes.class).ifPresent(fields::add);
      }
      items.add(failedItem(fields, resultReason, message));
    }
    if (items.isEmpty()) {
      items.add(failedItem(new ArrayList<>(), INVALID_MESSAGE, "request has no batch item"));
    }
    return response(version, items);
  }

  /** The answer to a message that could not be framed or decoded: one Invalid Message item. */
  static byte[] invalidMessage(String message) {
    return response(FALLBACK_VERSION, List.of(failedItem(new ArrayList<>(), INVALID_MESSAGE, message)));
  }

  private static TtlvItem failedItem(List<TtlvItem> fields, int reason, String message) {
    fields.add(TtlvItem.enumeration(RESULT_STATUS, OPERATION_FAILED));
    fields.add(TtlvItem.enumeration(RESULT_REASON, reason));
    fields.add(TtlvItem.text(RESULT_MESSAGE, message));
    return TtlvItem.structure(BATCH_ITEM, fields);
  }

  private static byte[] response(int[] version, List<TtlvItem> items) {
    List<TtlvItem> top = new ArrayList<>();
    top.add(TtlvItem.structure(RESPONSE_HEADER,
        TtlvItem.structure(PROTOCOL_VERSION,
            TtlvItem.integer(PROTOCOL_VERSION_MAJOR, version[0]),
            TtlvItem.integer(PROTOCOL_VERSION_MINOR, version[1])),
        TtlvItem.dateTime(TIME_STAMP, Instant.now()),
        TtlvItem.integer(BATCH_COUNT, items.size())));
    top.addAll(items);
    return TtlvEncoder.encode(TtlvItem.structure(RESPONSE_MESSAGE, top));
  }

  /** The request's Protocol Version, or {@link #FALLBACK_VERSION}. */
  static int[] version(TtlvItem.Structure request) {
    return request.find(REQUEST_HEADER, TtlvItem.Structure.class)
        .flatMap(h -> h.find(PROTOCOL_VERSION, TtlvItem.Structure.class))
        .flatMap(v -> v.find(PROTOCOL_VERSION_MAJOR, TtlvItem.Int.class)
            .flatMap(major -> v.find(PROTOCOL_VERSION_MINOR, TtlvItem.Int.class)
                .map(minor -> new int[] {major.value(), minor.value()})))
        .orElse(FALLBACK_VERSION);
  }
}
