package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import dev.clavis.codec.spec.ValidityIndicator;
import java.util.Arrays;
import java.util.Objects;

/**
 * Signature Verify Response Payload (KMIP 1.4 §4.32 Table 236, KMIP 2.1 §6.1.56 Table 338).
 *
 * @param validityIndicator required by the spec, absent in the intermediate parts of a streamed verification (OASIS TC-STREAM-*); {@code null} when absent
 * @param data {@code null} when absent
 * @param correlationValue rendered from KMIP 1.3; {@code null} when absent
 */
public record SignatureVerifyResponsePayload(
    String uniqueIdentifier,
    ValidityIndicator validityIndicator,
    byte[] data,
    byte[] correlationValue) implements ResponsePayload {

  public SignatureVerifyResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.SIGNATURE_VERIFY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static SignatureVerifyResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Signature Verify Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    ValidityIndicator validityIndicator = r.optionalEnum(Tag.VALIDITY_INDICATOR, ValidityIndicator::fromValue);
    byte[] data = r.optionalBytes(Tag.DATA);
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    r.end();
    return new SignatureVerifyResponsePayload(uniqueIdentifier, validityIndicator, data, correlationValue);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .enumeration(Tag.VALIDITY_INDICATOR, validityIndicator == null ? null : validityIndicator.value())
        .bytes(Tag.DATA, data)
        .bytes(Tag.CORRELATION_VALUE, FieldWriter.at(v, 1, 3) ? correlationValue : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignatureVerifyResponsePayload o && Objects.equals(o.uniqueIdentifier, uniqueIdentifier) && Objects.equals(o.validityIndicator, validityIndicator) && Arrays.equals(o.data, data) && Arrays.equals(o.correlationValue, correlationValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uniqueIdentifier, validityIndicator, Arrays.hashCode(data), Arrays.hashCode(correlationValue));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "SignatureVerifyResponsePayload[uniqueIdentifier=" + uniqueIdentifier + ", validityIndicator=" + validityIndicator + ", data=" + PayloadFields.describe(data) + ", correlationValue=" + PayloadFields.describe(correlationValue) + "]";
  }
}
