package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * Signature Verify Request Payload (KMIP 1.4 §4.32 Table 235, KMIP 2.1 §6.1.56 Table 337).
 *
 * @param uniqueIdentifier {@code null} when absent
 * @param cryptographicParameters Cryptographic Parameters (KMIP 1.4 §3.6 Table 65, KMIP 2.1 §4.16 Table 59) as sent; read it with {@link CryptographicParameters#fromTtlv}; {@code null} when absent
 * @param data {@code null} when absent
 * @param digestedData rendered from KMIP 1.4; {@code null} when absent
 * @param signatureData {@code null} when absent
 * @param correlationValue rendered from KMIP 1.3; {@code null} when absent
 * @param initIndicator rendered from KMIP 1.3; {@code null} when absent
 * @param finalIndicator rendered from KMIP 1.3; {@code null} when absent
 */
public record SignatureVerifyRequestPayload(
    String uniqueIdentifier,
    TtlvItem.Structure cryptographicParameters,
    byte[] data,
    byte[] digestedData,
    byte[] signatureData,
    byte[] correlationValue,
    Boolean initIndicator,
    Boolean finalIndicator) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.SIGNATURE_VERIFY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static SignatureVerifyRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Signature Verify Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    TtlvItem.Structure cryptographicParameters = r.optionalStructure(Tag.CRYPTOGRAPHIC_PARAMETERS);
    byte[] data = r.optionalBytes(Tag.DATA);
    byte[] digestedData = r.optionalBytes(Tag.DIGESTED_DATA);
    byte[] signatureData = r.optionalBytes(Tag.SIGNATURE_DATA);
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    Boolean initIndicator = r.optionalBool(Tag.INIT_INDICATOR);
    Boolean finalIndicator = r.optionalBool(Tag.FINAL_INDICATOR);
    r.end();
    return new SignatureVerifyRequestPayload(uniqueIdentifier, cryptographicParameters, data, digestedData, signatureData, correlationValue, initIndicator, finalIndicator);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(PayloadFields.forVersion(cryptographicParameters, v))
        .bytes(Tag.DATA, data)
        .bytes(Tag.DIGESTED_DATA, FieldWriter.at(v, 1, 4) ? digestedData : null)
        .bytes(Tag.SIGNATURE_DATA, signatureData)
        .bytes(Tag.CORRELATION_VALUE, FieldWriter.at(v, 1, 3) ? correlationValue : null)
        .bool(Tag.INIT_INDICATOR, FieldWriter.at(v, 1, 3) ? initIndicator : null)
        .bool(Tag.FINAL_INDICATOR, FieldWriter.at(v, 1, 3) ? finalIndicator : null)
        .build(Tag.REQUEST_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignatureVerifyRequestPayload o && Objects.equals(o.uniqueIdentifier, uniqueIdentifier) && Objects.equals(o.cryptographicParameters, cryptographicParameters) && Arrays.equals(o.data, data) && Arrays.equals(o.digestedData, digestedData) && Arrays.equals(o.signatureData, signatureData) && Arrays.equals(o.correlationValue, correlationValue) && Objects.equals(o.initIndicator, initIndicator) && Objects.equals(o.finalIndicator, finalIndicator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uniqueIdentifier, cryptographicParameters, Arrays.hashCode(data), Arrays.hashCode(digestedData), Arrays.hashCode(signatureData), Arrays.hashCode(correlationValue), initIndicator, finalIndicator);
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "SignatureVerifyRequestPayload[uniqueIdentifier=" + uniqueIdentifier + ", cryptographicParameters=" + cryptographicParameters + ", data=" + PayloadFields.describe(data) + ", digestedData=" + PayloadFields.describe(digestedData) + ", signatureData=" + PayloadFields.describe(signatureData) + ", correlationValue=" + PayloadFields.describe(correlationValue) + ", initIndicator=" + initIndicator + ", finalIndicator=" + finalIndicator + "]";
  }
}
