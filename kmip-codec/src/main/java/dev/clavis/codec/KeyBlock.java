package dev.clavis.codec;

import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyCompressionType;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Key Block (KMIP 1.4 §2.1.3 Table 7, KMIP 2.1 §3.1 Table 12).
 *
 * @param keyCompressionType Key Compression Type, or {@code null}
 * @param keyValue Key Value, or {@code null} (absent, e.g. a key whose value is not present)
 * @param cryptographicAlgorithm Cryptographic Algorithm, or {@code null} (Secret Data, Opaque)
 * @param cryptographicLength Cryptographic Length in bits, or {@code null}
 * @param keyWrappingData Key Wrapping Data when the key is wrapped, or {@code null}
 */
public record KeyBlock(
    KeyFormatType keyFormatType,
    KeyCompressionType keyCompressionType,
    KeyValue keyValue,
    CryptographicAlgorithm cryptographicAlgorithm,
    Integer cryptographicLength,
    KeyWrappingData keyWrappingData) {

  public KeyBlock {
    Objects.requireNonNull(keyFormatType, "keyFormatType");
  }

  /** A plaintext key block of Byte String key material (takes ownership of {@code keyBytes}). */
  public static KeyBlock of(KeyFormatType format, byte[] keyBytes, CryptographicAlgorithm algorithm, Integer lengthBits) {
    return new KeyBlock(format, null, KeyValue.Plain.of(KeyMaterial.of(keyBytes)), algorithm, lengthBits, null);
  }

  /** The Key Material when the Key Value is a plaintext structure, else {@code null}. */
  public KeyMaterial keyMaterial() {
    return keyValue instanceof KeyValue.Plain p ? p.keyMaterial() : null;
  }

  /** Zeroes the key bytes held here. */
  public void wipe() {
    if (keyValue != null) {
      keyValue.wipe();
    }
  }

  public static KeyBlock fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.KEY_BLOCK, "Key Block");
    KeyFormatType f = r.requireEnum(Tag.KEY_FORMAT_TYPE, KeyFormatType::fromValue);
    KeyCompressionType c = r.optionalEnum(Tag.KEY_COMPRESSION_TYPE, KeyCompressionType::fromValue);
    TtlvItem kv = r.optionalAny(Tag.KEY_VALUE);
    CryptographicAlgorithm a = r.optionalEnum(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm::fromValue);
    Integer len = r.optionalInt(Tag.CRYPTOGRAPHIC_LENGTH);
    TtlvItem kwd = r.optionalAny(Tag.KEY_WRAPPING_DATA);
    r.end();
    return new KeyBlock(
        f, c, kv == null ? null : KeyValue.fromTtlv(kv), a, len, kwd == null ? null : KeyWrappingData.fromTtlv(kwd));
  }

  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .enumeration(Tag.KEY_FORMAT_TYPE, keyFormatType.value())
        .enumeration(Tag.KEY_COMPRESSION_TYPE, keyCompressionType == null ? null : keyCompressionType.value())
        .item(keyValue == null ? null : keyValue.toTtlv(v))
        .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, cryptographicAlgorithm == null ? null : cryptographicAlgorithm.value())
        .integer(Tag.CRYPTOGRAPHIC_LENGTH, cryptographicLength)
        .item(keyWrappingData == null ? null : keyWrappingData.toTtlv())
        .build(Tag.KEY_BLOCK);
  }
}
