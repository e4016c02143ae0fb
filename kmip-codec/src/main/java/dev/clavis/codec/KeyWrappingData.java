package dev.clavis.codec;

import dev.clavis.codec.spec.EncodingOption;
import dev.clavis.codec.spec.Tag;
import dev.clavis.codec.spec.WrappingMethod;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Key Wrapping Data (KMIP 1.4 §2.1.5 Table 9, KMIP 2.1 §3.3 Table 15).
 *
 * @param encryptionKeyInformation Encryption Key Information, or {@code null}
 * @param macSignatureKeyInformation MAC/Signature Key Information, or {@code null}
 * @param macSignature MAC/Signature, or {@code null}
 * @param ivCounterNonce IV/Counter/Nonce, or {@code null}
 * @param encodingOption Encoding Option (1.1+), or {@code null} (TTLV encoding)
 */
public record KeyWrappingData(
    WrappingMethod wrappingMethod,
    KeyInformation encryptionKeyInformation,
    KeyInformation macSignatureKeyInformation,
    byte[] macSignature,
    byte[] ivCounterNonce,
    EncodingOption encodingOption) {

  public KeyWrappingData {
    Objects.requireNonNull(wrappingMethod, "wrappingMethod");
  }

  /**
   * Encryption Key Information / MAC/Signature Key Information (KMIP 2.1 §3.3 Tables 16 and 17):
   * the wrapping key's Unique Identifier and optional Cryptographic Parameters.
   */
  public record KeyInformation(String uniqueIdentifier, TtlvItem.Structure cryptographicParameters) {
    static KeyInformation fromTtlv(TtlvItem item, int tag) {
      FieldReader r = FieldReader.of(item, tag, FieldReader.label(tag));
      KeyInformation k = new KeyInformation(r.text(Tag.UNIQUE_IDENTIFIER), r.optionalStructure(Tag.CRYPTOGRAPHIC_PARAMETERS));
      r.end();
      return k;
    }

    TtlvItem.Structure toTtlv(int tag) {
      return new FieldWriter().text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier).item(cryptographicParameters).build(tag);
    }
  }

  static KeyWrappingData fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.KEY_WRAPPING_DATA, "Key Wrapping Data");
    WrappingMethod m = r.requireEnum(Tag.WRAPPING_METHOD, WrappingMethod::fromValue);
    TtlvItem eki = r.optionalAny(Tag.ENCRYPTION_KEY_INFORMATION);
    TtlvItem mki = r.optionalAny(Tag.MAC_SIGNATURE_KEY_INFORMATION);
    KeyWrappingData d = new KeyWrappingData(
        m,
        eki == null ? null : KeyInformation.fromTtlv(eki, Tag.ENCRYPTION_KEY_INFORMATION),
        mki == null ? null : KeyInformation.fromTtlv(mki, Tag.MAC_SIGNATURE_KEY_INFORMATION),
        r.optionalBytes(Tag.MAC_SIGNATURE),
        r.optionalBytes(Tag.IV_COUNTER_NONCE),
        r.optionalEnum(Tag.ENCODING_OPTION, EncodingOption::fromValue));
    r.end();
    return d;
  }

  TtlvItem.Structure toTtlv() {
    return new FieldWriter()
        .enumeration(Tag.WRAPPING_METHOD, wrappingMethod.value())
        .item(encryptionKeyInformation == null ? null : encryptionKeyInformation.toTtlv(Tag.ENCRYPTION_KEY_INFORMATION))
        .item(macSignatureKeyInformation == null ? null : macSignatureKeyInformation.toTtlv(Tag.MAC_SIGNATURE_KEY_INFORMATION))
        .bytes(Tag.MAC_SIGNATURE, macSignature)
        .bytes(Tag.IV_COUNTER_NONCE, ivCounterNonce)
        .enumeration(Tag.ENCODING_OPTION, encodingOption == null ? null : encodingOption.value())
        .build(Tag.KEY_WRAPPING_DATA);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyWrappingData k
        && k.wrappingMethod == wrappingMethod
        && Objects.equals(k.encryptionKeyInformation, encryptionKeyInformation)
        && Objects.equals(k.macSignatureKeyInformation, macSignatureKeyInformation)
        && eq(k.macSignature, macSignature)
        && eq(k.ivCounterNonce, ivCounterNonce)
        && k.encodingOption == encodingOption;
  }

  private static boolean eq(byte[] a, byte[] b) {
    return a == null ? b == null : b != null && MessageDigest.isEqual(a, b);
  }

  @Override
  public int hashCode() {
    return Objects.hash(wrappingMethod, encryptionKeyInformation, encodingOption);
  }

  @Override
  public String toString() {
    return "KeyWrappingData[" + wrappingMethod + ", encryptionKey="
        + (encryptionKeyInformation == null ? null : encryptionKeyInformation.uniqueIdentifier())
        + ", macSignatureKey="
        + (macSignatureKeyInformation == null ? null : macSignatureKeyInformation.uniqueIdentifier())
        + (macSignature == null ? "" : ", macSignature=" + macSignature.length + " bytes")
        + (ivCounterNonce == null ? "" : ", iv=" + ivCounterNonce.length + " bytes")
        + (encodingOption == null ? "" : ", " + encodingOption) + "]";
  }
}
