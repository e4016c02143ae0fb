package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * MAC Request Payload (KMIP 1.4 §4.33 Table 237, KMIP 2.1 §6.1.32 Table 259).
 *
 * @param uniqueIdentifier {@code null} when absent
 * @param cryptographicParameters Cryptographic Parameters (KMIP 1.4 §3.6 Table 65, KMIP 2.1 §4.16 Table 59) as sent; read it with {@link CryptographicParameters#fromTtlv}; {@code null} when absent
 * @param data {@code null} when absent
 * @param correlationValue rendered from KMIP 1.3; {@code null} when absent
 * @param initIndicator rendered from KMIP 1.3; {@code null} when absent
 * @param finalIndicator rendered from KMIP 1.3; {@code null} when absent
 */
public record MACRequestPayload(
    String uniqueIdentifier,
    TtlvItem.Structure cryptographicParameters,
    byte[] data,
    byte[] correlationValue,
    Boolean initIndicator,
    Boolean finalIndicator) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.MAC;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static MACRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "MAC Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    TtlvItem.Structure cryptographicParameters = r.optionalStructure(Tag.CRYPTOGRAPHIC_PARAMETERS);
    byte[] data = r.optionalBytes(Tag.DATA);
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    Boolean initIndicator = r.optionalBool(Tag.INIT_INDICATOR);
    Boolean finalIndicator = r.optionalBool(Tag.FINAL_INDICATOR);
    r.end();
    return new MACRequestPayload(uniqueIdentifier, cryptographicParameters, data, correlationValue, initIndicator, finalIndicator);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(PayloadFields.forVersion(cryptographicParameters, v))
        .bytes(Tag.DATA, data)
        .bytes(Tag.CORRELATION_VALUE, FieldWriter.at(v, 1, 3) ? correlationValue : null)
        .bool(Tag.INIT_INDICATOR, FieldWriter.at(v, 1, 3) ? initIndicator : null)
        .bool(Tag.FINAL_INDICATOR, FieldWriter.at(v, 1, 3) ? finalIndicator : null)
        .build(Tag.REQUEST_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MACRequestPayload o && Objects.equals(o.uniqueIdentifier, uniqueIdentifier) && Objects.equals(o.cryptographicParameters, cryptographicParameters) && Arrays.equals(o.data, data) && Arrays.equals(o.correlationValue, correlationValue) && Objects.equals(o.initIndicator, initIndicator) && Objects.equals(o.finalIndicator, finalIndicator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uniqueIdentifier, cryptographicParameters, Arrays.hashCode(data), Arrays.hashCode(correlationValue), initIndicator, finalIndicator);
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "MACRequestPayload[uniqueIdentifier=" + uniqueIdentifier + ", cryptographicParameters=" + cryptographicParameters + ", data=" + PayloadFields.describe(data) + ", correlationValue=" + PayloadFields.describe(correlationValue) + ", initIndicator=" + initIndicator + ", finalIndicator=" + finalIndicator + "]";
  }
}
