package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Response Batch Item (KMIP 1.4 §7.2 Table 290, KMIP 2.1 §8.6 Table 399).
 *
 * @param operation Operation, or {@code null} when the request item had none (an unparsable
 *     message, KMIP 1.4 §11.1)
 * @param resultReason required when the status is Operation Failed
 * @param asynchronousCorrelationValue required when the status is Operation Pending
 * @param payload the raw Response Payload, or {@code null} (failures, pending)
 */
public record ResponseBatchItem(
    Operation operation,
    byte[] uniqueBatchItemId,
    ResultStatus resultStatus,
    ResultReason resultReason,
    String resultMessage,
    byte[] asynchronousCorrelationValue,
    TtlvItem.Structure payload,
    List<TtlvItem.Structure> messageExtensions) {

  public ResponseBatchItem {
    Objects.requireNonNull(resultStatus, "resultStatus");
    messageExtensions = List.copyOf(messageExtensions);
  }

  /** A successful item carrying {@code p} rendered for {@code v}. */
  public static ResponseBatchItem success(byte[] uniqueBatchItemId, ResponsePayload p, KmipVersion v) {
    return new ResponseBatchItem(
        p.operation(), uniqueBatchItemId, ResultStatus.SUCCESS, null, null, null, p.toTtlv(v), List.of());
  }

  /** A failed item (Result Status Operation Failed). */
  public static ResponseBatchItem failure(
      Operation operation, byte[] uniqueBatchItemId, ResultReason reason, String message) {
    return new ResponseBatchItem(
        operation, uniqueBatchItemId, ResultStatus.OPERATION_FAILED, reason, message, null, null, List.of());
  }

  /** The payload as a typed record. */
  public ResponsePayload payload(KmipVersion v) {
    if (payload == null) {
      throw new KmipException(ResultReason.INVALID_MESSAGE, "Batch Item: Response Payload missing (expected: present)");
    }
    return Payloads.response(operation, payload, v);
  }

  /** Parses a response Batch Item. */
  public static ResponseBatchItem fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.BATCH_ITEM, "Batch Item");
    TtlvItem.Enumeration op = r.optional(Tag.OPERATION, TtlvItem.Enumeration.class);
    byte[] id = r.optionalBytes(Tag.UNIQUE_BATCH_ITEM_ID);
    ResultStatus status = r.requireEnum(Tag.RESULT_STATUS, ResultStatus::fromValue);
    ResultReason reason = r.optionalEnum(Tag.RESULT_REASON, ResultReason::fromValue);
    String message = r.optionalText(Tag.RESULT_MESSAGE);
    byte[] acv = r.optionalBytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE);
    TtlvItem.Structure payload = r.optionalStructure(Tag.RESPONSE_PAYLOAD);
    List<TtlvItem.Structure> ext = r.all(Tag.MESSAGE_EXTENSION, TtlvItem.Structure.class);
    r.end();
    if (status == ResultStatus.OPERATION_FAILED && reason == null) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE, "Batch Item: Result Reason missing (expected: present when Operation Failed)");
    }
    return new ResponseBatchItem(
        op == null ? null : RequestBatchItem.operation(op), id, status, reason, message, acv, payload, ext);
  }

  /** Renders for {@code v}. */
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    boolean v2 = v.atLeast(KmipVersion.of(2, 0));
    ResultReason rr = resultReason;
    if (rr != null && !AttributeNames.enumerationValueIn(Tag.RESULT_REASON, rr.value(), v)) {
      // A reason newer than the version: the closest older one is General Failure (KMIP 1.4 §11).
      rr = ResultReason.GENERAL_FAILURE;
    }
    return new FieldWriter()
        .enumeration(Tag.OPERATION, operation == null ? null : operation.value())
        .bytes(Tag.UNIQUE_BATCH_ITEM_ID, uniqueBatchItemId)
        .enumeration(Tag.RESULT_STATUS, resultStatus.value())
        .enumeration(Tag.RESULT_REASON, rr == null ? null : rr.value())
        .text(Tag.RESULT_MESSAGE, resultMessage)
        .bytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE, asynchronousCorrelationValue)
        .item(payload)
        .items(v2 || messageExtensions.size() <= 1 ? messageExtensions : messageExtensions.subList(0, 1))
        .build(Tag.BATCH_ITEM);
  }

  @Override
  public String toString() {
    return "ResponseBatchItem[" + operation
        + (uniqueBatchItemId == null ? "" : ", id=" + HexFormat.of().formatHex(uniqueBatchItemId))
        + ", " + resultStatus + (resultReason == null ? "" : ", " + resultReason) + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResponseBatchItem b
        && b.operation == operation
        && java.util.Arrays.equals(b.uniqueBatchItemId, uniqueBatchItemId)
        && b.resultStatus == resultStatus
        && b.resultReason == resultReason
        && Objects.equals(b.resultMessage, resultMessage)
        && java.util.Arrays.equals(b.asynchronousCorrelationValue, asynchronousCorrelationValue)
        && Objects.equals(b.payload, payload)
        && b.messageExtensions.equals(messageExtensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operation, resultStatus, resultReason, payload);
  }
}
