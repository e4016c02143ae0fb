package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * MAC Response Payload (KMIP 1.4 §4.33 Table 238, KMIP 2.1 §6.1.32 Table 260).
 *
 * @param macData {@code null} when absent
 * @param correlationValue rendered from KMIP 1.3; {@code null} when absent
 */
public record MACResponsePayload(
    String uniqueIdentifier,
    byte[] macData,
    byte[] correlationValue) implements ResponsePayload {

  public MACResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.MAC;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static MACResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "MAC Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    byte[] macData = r.optionalBytes(Tag.MAC_DATA);
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    r.end();
    return new MACResponsePayload(uniqueIdentifier, macData, correlationValue);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .bytes(Tag.MAC_DATA, macData)
        .bytes(Tag.CORRELATION_VALUE, FieldWriter.at(v, 1, 3) ? correlationValue : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MACResponsePayload o && Objects.equals(o.uniqueIdentifier, uniqueIdentifier) && Arrays.equals(o.macData, macData) && Arrays.equals(o.correlationValue, correlationValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uniqueIdentifier, Arrays.hashCode(macData), Arrays.hashCode(correlationValue));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "MACResponsePayload[uniqueIdentifier=" + uniqueIdentifier + ", macData=" + PayloadFields.describe(macData) + ", correlationValue=" + PayloadFields.describe(correlationValue) + "]";
  }
}
