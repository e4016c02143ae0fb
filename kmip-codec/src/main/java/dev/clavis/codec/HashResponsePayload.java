package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * Hash Response Payload (KMIP 1.4 §4.37 Table 246, KMIP 2.1 §6.1.24 Table 236).
 *
 * @param data {@code null} when absent
 * @param correlationValue rendered from KMIP 1.3; {@code null} when absent
 */
public record HashResponsePayload(
    byte[] data,
    byte[] correlationValue) implements ResponsePayload {

  @Override
  public Operation operation() {
    return Operation.HASH;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static HashResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Hash Response Payload");
    byte[] data = r.optionalBytes(Tag.DATA);
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    r.end();
    return new HashResponsePayload(data, correlationValue);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .bytes(Tag.DATA, data)
        .bytes(Tag.CORRELATION_VALUE, FieldWriter.at(v, 1, 3) ? correlationValue : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HashResponsePayload o && Arrays.equals(o.data, data) && Arrays.equals(o.correlationValue, correlationValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(data), Arrays.hashCode(correlationValue));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "HashResponsePayload[data=" + PayloadFields.describe(data) + ", correlationValue=" + PayloadFields.describe(correlationValue) + "]";
  }
}
