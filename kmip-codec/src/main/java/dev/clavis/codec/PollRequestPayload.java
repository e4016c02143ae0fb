package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * Poll Request Payload (KMIP 1.4 §4.28 Table 228, KMIP 2.1 §6.1.38 Table 276).
 */
public record PollRequestPayload(
    byte[] asynchronousCorrelationValue) implements RequestPayload {

  public PollRequestPayload {
    Objects.requireNonNull(asynchronousCorrelationValue, "asynchronousCorrelationValue");
  }

  @Override
  public Operation operation() {
    return Operation.POLL;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static PollRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Poll Request Payload");
    byte[] asynchronousCorrelationValue = r.bytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE);
    r.end();
    return new PollRequestPayload(asynchronousCorrelationValue);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .bytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE, asynchronousCorrelationValue)
        .build(Tag.REQUEST_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PollRequestPayload o && Arrays.equals(o.asynchronousCorrelationValue, asynchronousCorrelationValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(asynchronousCorrelationValue));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "PollRequestPayload[asynchronousCorrelationValue=" + PayloadFields.describe(asynchronousCorrelationValue) + "]";
  }
}
