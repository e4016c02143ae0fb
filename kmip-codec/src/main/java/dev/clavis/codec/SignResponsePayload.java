package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * Sign Response Payload (KMIP 1.4 §4.31 Table 234, KMIP 2.1 §6.1.55 Table 335).
 *
 * @param signatureData {@code null} when absent
 * @param correlationValue rendered from KMIP 1.3; {@code null} when absent
 */
public record SignResponsePayload(
    String uniqueIdentifier,
    byte[] signatureData,
    byte[] correlationValue) implements ResponsePayload {

  public SignResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.SIGN;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static SignResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Sign Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    byte[] signatureData = r.optionalBytes(Tag.SIGNATURE_DATA);
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    r.end();
    return new SignResponsePayload(uniqueIdentifier, signatureData, correlationValue);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .bytes(Tag.SIGNATURE_DATA, signatureData)
        .bytes(Tag.CORRELATION_VALUE, FieldWriter.at(v, 1, 3) ? correlationValue : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignResponsePayload o && Objects.equals(o.uniqueIdentifier, uniqueIdentifier) && Arrays.equals(o.signatureData, signatureData) && Arrays.equals(o.correlationValue, correlationValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uniqueIdentifier, Arrays.hashCode(signatureData), Arrays.hashCode(correlationValue));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "SignResponsePayload[uniqueIdentifier=" + uniqueIdentifier + ", signatureData=" + PayloadFields.describe(signatureData) + ", correlationValue=" + PayloadFields.describe(correlationValue) + "]";
  }
}
