package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import dev.clavis.codec.spec.ValidityIndicator;
import java.util.Arrays;
import java.util.Objects;

/**
 * MAC Verify Response Payload (KMIP 1.4 §4.34 Table 240, KMIP 2.1 §6.1.33 Table 263).
 *
 * @param validityIndicator required by the spec, absent in the intermediate parts of a streamed verification (OASIS TC-STREAM-*); {@code null} when absent
 * @param correlationValue rendered from KMIP 1.3; {@code null} when absent
 */
public record MACVerifyResponsePayload(
    String uniqueIdentifier,
    ValidityIndicator validityIndicator,
    byte[] correlationValue) implements ResponsePayload {

  public MACVerifyResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.MAC_VERIFY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static MACVerifyResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "MAC Verify Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    ValidityIndicator validityIndicator = r.optionalEnum(Tag.VALIDITY_INDICATOR, ValidityIndicator::fromValue);
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    r.end();
    return new MACVerifyResponsePayload(uniqueIdentifier, validityIndicator, correlationValue);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .enumeration(Tag.VALIDITY_INDICATOR, validityIndicator == null ? null : validityIndicator.value())
        .bytes(Tag.CORRELATION_VALUE, FieldWriter.at(v, 1, 3) ? correlationValue : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MACVerifyResponsePayload o && Objects.equals(o.uniqueIdentifier, uniqueIdentifier) && Objects.equals(o.validityIndicator, validityIndicator) && Arrays.equals(o.correlationValue, correlationValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uniqueIdentifier, validityIndicator, Arrays.hashCode(correlationValue));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "MACVerifyResponsePayload[uniqueIdentifier=" + uniqueIdentifier + ", validityIndicator=" + validityIndicator + ", correlationValue=" + PayloadFields.describe(correlationValue) + "]";
  }
}
