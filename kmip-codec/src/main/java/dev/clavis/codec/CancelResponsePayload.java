package dev.clavis.codec;

import dev.clavis.codec.spec.CancellationResult;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cancel Response Payload (KMIP 1.4 §4.27 Table 227, KMIP 2.1 §6.1.5 Table 177).
 */
public record CancelResponsePayload(
    byte[] asynchronousCorrelationValue,
    CancellationResult cancellationResult) implements ResponsePayload {

  public CancelResponsePayload {
    Objects.requireNonNull(asynchronousCorrelationValue, "asynchronousCorrelationValue");
    Objects.requireNonNull(cancellationResult, "cancellationResult");
  }

  @Override
  public Operation operation() {
    return Operation.CANCEL;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static CancelResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Cancel Response Payload");
    byte[] asynchronousCorrelationValue = r.bytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE);
    CancellationResult cancellationResult = r.requireEnum(Tag.CANCELLATION_RESULT, CancellationResult::fromValue);
    r.end();
    return new CancelResponsePayload(asynchronousCorrelationValue, cancellationResult);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .bytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE, asynchronousCorrelationValue)
        .enumeration(Tag.CANCELLATION_RESULT, cancellationResult == null ? null : cancellationResult.value())
        .build(Tag.RESPONSE_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CancelResponsePayload o && Arrays.equals(o.asynchronousCorrelationValue, asynchronousCorrelationValue) && Objects.equals(o.cancellationResult, cancellationResult);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(asynchronousCorrelationValue), cancellationResult);
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "CancelResponsePayload[asynchronousCorrelationValue=" + PayloadFields.describe(asynchronousCorrelationValue) + ", cancellationResult=" + cancellationResult + "]";
  }
}
