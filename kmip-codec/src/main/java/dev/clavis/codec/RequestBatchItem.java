package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Request Batch Item (KMIP 1.4 §7.2 Table 288, KMIP 2.1 §8.3 Table 396). The payload stays a raw
 * structure; {@link #payload(KmipVersion)} types it on demand through {@link Payloads}.
 *
 * @param uniqueBatchItemId Unique Batch Item ID, or {@code null}
 * @param messageExtensions Message Extension structures (one at most in 1.x)
 * @param ephemeral Ephemeral (2.0+), or {@code null}
 */
public record RequestBatchItem(
    Operation operation,
    byte[] uniqueBatchItemId,
    TtlvItem.Structure payload,
    List<TtlvItem.Structure> messageExtensions,
    Boolean ephemeral) {

  public RequestBatchItem {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(payload, "payload");
    messageExtensions = List.copyOf(messageExtensions);
  }

  /** A batch item for a typed payload, rendered for {@code v}. */
  public static RequestBatchItem of(RequestPayload p, byte[] uniqueBatchItemId, KmipVersion v) {
    return new RequestBatchItem(p.operation(), uniqueBatchItemId, p.toTtlv(v), List.of(), null);
  }

  /** The payload as a typed record ({@code Operation Not Supported} for an untyped operation). */
  public RequestPayload payload(KmipVersion v) {
    return Payloads.request(operation, payload, v);
  }

  /** Parses a request Batch Item; an unknown Operation is {@code Operation Not Supported}. */
  public static RequestBatchItem fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.BATCH_ITEM, "Batch Item");
    TtlvItem.Enumeration op = r.require(Tag.OPERATION, TtlvItem.Enumeration.class);
    Boolean ephemeral = r.optionalBool(Tag.EPHEMERAL);
    byte[] id = r.optionalBytes(Tag.UNIQUE_BATCH_ITEM_ID);
    TtlvItem.Structure payload = r.optionalStructure(Tag.REQUEST_PAYLOAD);
    List<TtlvItem.Structure> ext = r.all(Tag.MESSAGE_EXTENSION, TtlvItem.Structure.class);
    r.end();
    Operation operation = operation(op);
    if (payload == null) {
      throw new KmipException(ResultReason.INVALID_MESSAGE, "Batch Item: Request Payload missing (expected: present)");
    }
    return new RequestBatchItem(operation, id, payload, ext, ephemeral);
  }

  /**
   * The Unique Batch Item ID of a batch item tree, read without parsing the rest (to echo it in
   * the failed response to an item that does not parse); {@code null} when absent or unreadable.
   */
  public static byte[] peekUniqueBatchItemId(TtlvItem item) {
    if (item instanceof TtlvItem.Structure s) {
      return s.find(Tag.UNIQUE_BATCH_ITEM_ID, TtlvItem.Bytes.class).map(TtlvItem.Bytes::value).orElse(null);
    }
    return null;
  }

  /** The Operation of a batch item tree when it names a defined one, else {@code null}. */
  public static Operation peekOperation(TtlvItem item) {
    if (item instanceof TtlvItem.Structure s) {
      return s.find(Tag.OPERATION, TtlvItem.Enumeration.class).map(e -> Operation.fromValue(e.value())).orElse(null);
    }
    return null;
  }

  static Operation operation(TtlvItem.Enumeration op) {
    try {
      Operation o = Operation.fromValue(op.value());
      if (o != null) {
        return o;
      }
    } catch (RuntimeException e) {
      // fall through: not a defined operation
    }
    throw new KmipException(
        ResultReason.OPERATION_NOT_SUPPORTED,
        "Operation: 0x" + Integer.toHexString(op.value()) + " (expected: a defined operation)");
  }

  /** Renders for {@code v} (Ephemeral only from 2.0, one Message Extension at most before 2.0). */
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    boolean v2 = v.atLeast(KmipVersion.of(2, 0));
    return new FieldWriter()
        .enumeration(Tag.OPERATION, operation.value())
        .bool(Tag.EPHEMERAL, v2 ? ephemeral : null)
        .bytes(Tag.UNIQUE_BATCH_ITEM_ID, uniqueBatchItemId)
        .item(payload)
        .items(v2 || messageExtensions.size() <= 1 ? messageExtensions : messageExtensions.subList(0, 1))
        .build(Tag.BATCH_ITEM);
  }

  @Override
  public String toString() {
    return "RequestBatchItem[" + operation
        + (uniqueBatchItemId == null ? "" : ", id=" + HexFormat.of().formatHex(uniqueBatchItemId)) + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestBatchItem b
        && b.operation == operation
        && java.util.Arrays.equals(b.uniqueBatchItemId, uniqueBatchItemId)
        && b.payload.equals(payload)
        && b.messageExtensions.equals(messageExtensions)
        && Objects.equals(b.ephemeral, ephemeral);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operation, java.util.Arrays.hashCode(uniqueBatchItemId), payload);
  }

  static List<TtlvItem> render(List<RequestBatchItem> items, KmipVersion v) {
    List<TtlvItem> out = new ArrayList<>(items.size());
    for (RequestBatchItem i : items) {
      out.add(i.toTtlv(v));
    }
    return out;
  }
}
