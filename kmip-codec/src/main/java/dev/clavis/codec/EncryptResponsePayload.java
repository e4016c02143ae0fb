package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * Encrypt Response Payload (KMIP 1.4 §4.29 Table 230, KMIP 2.1 §6.1.17 Table 215).
 *
 * @param data {@code null} when absent
 * @param ivCounterNonce {@code null} when absent
 * @param correlationValue rendered from KMIP 1.3; {@code null} when absent
 * @param authenticatedEncryptionTag rendered from KMIP 1.4; {@code null} when absent
 */
public record EncryptResponsePayload(
    String uniqueIdentifier,
    byte[] data,
    byte[] ivCounterNonce,
    byte[] correlationValue,
    byte[] authenticatedEncryptionTag) implements ResponsePayload {

  public EncryptResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.ENCRYPT;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static EncryptResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Encrypt Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    byte[] data = r.optionalBytes(Tag.DATA);
    byte[] ivCounterNonce = r.optionalBytes(Tag.IV_COUNTER_NONCE);
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    byte[] authenticatedEncryptionTag = r.optionalBytes(Tag.AUTHENTICATED_ENCRYPTION_TAG);
    r.end();
    return new EncryptResponsePayload(uniqueIdentifier, data, ivCounterNonce, correlationValue, authenticatedEncryptionTag);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .bytes(Tag.DATA, data)
        .bytes(Tag.IV_COUNTER_NONCE, ivCounterNonce)
        .bytes(Tag.CORRELATION_VALUE, FieldWriter.at(v, 1, 3) ? correlationValue : null)
        .bytes(Tag.AUTHENTICATED_ENCRYPTION_TAG, FieldWriter.at(v, 1, 4) ? authenticatedEncryptionTag : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EncryptResponsePayload o && Objects.equals(o.uniqueIdentifier, uniqueIdentifier) && Arrays.equals(o.data, data) && Arrays.equals(o.ivCounterNonce, ivCounterNonce) && Arrays.equals(o.correlationValue, correlationValue) && Arrays.equals(o.authenticatedEncryptionTag, authenticatedEncryptionTag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uniqueIdentifier, Arrays.hashCode(data), Arrays.hashCode(ivCounterNonce), Arrays.hashCode(correlationValue), Arrays.hashCode(authenticatedEncryptionTag));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "EncryptResponsePayload[uniqueIdentifier=" + uniqueIdentifier + ", data=" + PayloadFields.describe(data) + ", ivCounterNonce=" + PayloadFields.describe(ivCounterNonce) + ", correlationValue=" + PayloadFields.describe(correlationValue) + ", authenticatedEncryptionTag=" + PayloadFields.describe(authenticatedEncryptionTag) + "]";
  }
}
