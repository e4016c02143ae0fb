package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * Decrypt Request Payload (KMIP 1.4 §4.30 Table 231, KMIP 2.1 §6.1.11 Table 196).
 *
 * @param uniqueIdentifier {@code null} when absent
 * @param cryptographicParameters Cryptographic Parameters (KMIP 1.4 §3.6 Table 65, KMIP 2.1 §4.16 Table 59) as sent; read it with {@link CryptographicParameters#fromTtlv}; {@code null} when absent
 * @param data {@code null} when absent
 * @param ivCounterNonce {@code null} when absent
 * @param correlationValue rendered from KMIP 1.3; {@code null} when absent
 * @param initIndicator rendered from KMIP 1.3; {@code null} when absent
 * @param finalIndicator rendered from KMIP 1.3; {@code null} when absent
 * @param authenticatedEncryptionAdditionalData rendered from KMIP 1.4; {@code null} when absent
 * @param authenticatedEncryptionTag rendered from KMIP 1.4; {@code null} when absent
 */
public record DecryptRequestPayload(
    String uniqueIdentifier,
    TtlvItem.Structure cryptographicParameters,
    byte[] data,
    byte[] ivCounterNonce,
    byte[] correlationValue,
    Boolean initIndicator,
    Boolean finalIndicator,
    byte[] authenticatedEncryptionAdditionalData,
    byte[] authenticatedEncryptionTag) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.DECRYPT;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static DecryptRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Decrypt Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    TtlvItem.Structure cryptographicParameters = r.optionalStructure(Tag.CRYPTOGRAPHIC_PARAMETERS);
    byte[] data = r.optionalBytes(Tag.DATA);
    byte[] ivCounterNonce = r.optionalBytes(Tag.IV_COUNTER_NONCE);
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    Boolean initIndicator = r.optionalBool(Tag.INIT_INDICATOR);
    Boolean finalIndicator = r.optionalBool(Tag.FINAL_INDICATOR);
    byte[] authenticatedEncryptionAdditionalData = r.optionalBytes(Tag.AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA);
    byte[] authenticatedEncryptionTag = r.optionalBytes(Tag.AUTHENTICATED_ENCRYPTION_TAG);
    r.end();
    return new DecryptRequestPayload(uniqueIdentifier, cryptographicParameters, data, ivCounterNonce, correlationValue, initIndicator, finalIndicator, authenticatedEncryptionAdditionalData, authenticatedEncryptionTag);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(PayloadFields.forVersion(cryptographicParameters, v))
        .bytes(Tag.DATA, data)
        .bytes(Tag.IV_COUNTER_NONCE, ivCounterNonce)
        .bytes(Tag.CORRELATION_VALUE, FieldWriter.at(v, 1, 3) ? correlationValue : null)
        .bool(Tag.INIT_INDICATOR, FieldWriter.at(v, 1, 3) ? initIndicator : null)
        .bool(Tag.FINAL_INDICATOR, FieldWriter.at(v, 1, 3) ? finalIndicator : null)
        .bytes(Tag.AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA, FieldWriter.at(v, 1, 4) ? authenticatedEncryptionAdditionalData : null)
        .bytes(Tag.AUTHENTICATED_ENCRYPTION_TAG, FieldWriter.at(v, 1, 4) ? authenticatedEncryptionTag : null)
        .build(Tag.REQUEST_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DecryptRequestPayload o && Objects.equals(o.uniqueIdentifier, uniqueIdentifier) && Objects.equals(o.cryptographicParameters, cryptographicParameters) && Arrays.equals(o.data, data) && Arrays.equals(o.ivCounterNonce, ivCounterNonce) && Arrays.equals(o.correlationValue, correlationValue) && Objects.equals(o.initIndicator, initIndicator) && Objects.equals(o.finalIndicator, finalIndicator) && Arrays.equals(o.authenticatedEncryptionAdditionalData, authenticatedEncryptionAdditionalData) && Arrays.equals(o.authenticatedEncryptionTag, authenticatedEncryptionTag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uniqueIdentifier, cryptographicParameters, Arrays.hashCode(data), Arrays.hashCode(ivCounterNonce), Arrays.hashCode(correlationValue), initIndicator, finalIndicator, Arrays.hashCode(authenticatedEncryptionAdditionalData), Arrays.hashCode(authenticatedEncryptionTag));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "DecryptRequestPayload[uniqueIdentifier=" + uniqueIdentifier + ", cryptographicParameters=" + cryptographicParameters + ", data=" + PayloadFields.describe(data) + ", ivCounterNonce=" + PayloadFields.describe(ivCounterNonce) + ", correlationValue=" + PayloadFields.describe(correlationValue) + ", initIndicator=" + initIndicator + ", finalIndicator=" + finalIndicator + ", authenticatedEncryptionAdditionalData=" + PayloadFields.describe(authenticatedEncryptionAdditionalData) + ", authenticatedEncryptionTag=" + PayloadFields.describe(authenticatedEncryptionTag) + "]";
  }
}
