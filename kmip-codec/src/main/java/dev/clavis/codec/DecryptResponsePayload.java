package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * Decrypt Response Payload (KMIP 1.4 §4.30 Table 232, KMIP 2.1 §6.1.11 Table 197).
 *
 * @param data {@code null} when absent
 * @param correlationValue rendered from KMIP 1.3; {@code null} when absent
 */
public record DecryptResponsePayload(
    String uniqueIdentifier,
    byte[] data,
    byte[] correlationValue) implements ResponsePayload {

  public DecryptResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.DECRYPT;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static DecryptResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Decrypt Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    byte[] data = r.optionalBytes(Tag.DATA);
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    r.end();
    return new DecryptResponsePayload(uniqueIdentifier, data, correlationValue);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .bytes(Tag.DATA, data)
        .bytes(Tag.CORRELATION_VALUE, FieldWriter.at(v, 1, 3) ? correlationValue : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DecryptResponsePayload o && Objects.equals(o.uniqueIdentifier, uniqueIdentifier) && Arrays.equals(o.data, data) && Arrays.equals(o.correlationValue, correlationValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uniqueIdentifier, Arrays.hashCode(data), Arrays.hashCode(correlationValue));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "DecryptResponsePayload[uniqueIdentifier=" + uniqueIdentifier + ", data=" + PayloadFields.describe(data) + ", correlationValue=" + PayloadFields.describe(correlationValue) + "]";
  }
}
