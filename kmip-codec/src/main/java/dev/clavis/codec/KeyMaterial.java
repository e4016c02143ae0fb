package dev.clavis.codec;

import dev.clavis.codec.spec.Tag;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * Key Material (KMIP 1.4 §2.1.4, KMIP 2.1 §3.2): a Byte String (Raw, Opaque, PKCS#1, PKCS#8,
 * ECPrivateKey, … formats) or a Transparent Key structure (KMIP 2.1 §3.4–§3.12).
 *
 * <p><b>Ownership.</b> {@link #of(byte[])} takes the array without copying; {@link #bytes()}
 * returns a copy the caller owns and should wipe; {@link #wipe()} zeroes this object's array.
 * Bytes decoded from the wire were copied out of the {@link TtlvItem} tree, so wiping here
 * clears this copy only — the transport must drop its buffers too. Transparent structures hold
 * {@link TtlvItem.Bytes} and {@link java.math.BigInteger} values, which Java cannot wipe; prefer
 * byte formats for secrets. {@code toString()} prints lengths only.
 */
public final class KeyMaterial {
  private final byte[] bytes;
  private final TtlvItem.Structure structure;

  private KeyMaterial(byte[] bytes, TtlvItem.Structure structure) {
    this.bytes = bytes;
    this.structure = structure;
  }

  /** Byte String key material; takes ownership of {@code bytes} (no copy). */
  public static KeyMaterial of(byte[] bytes) {
    return new KeyMaterial(Objects.requireNonNull(bytes, "bytes"), null);
  }

  /** Transparent key material (a structure, retagged Key Material). */
  public static KeyMaterial transparent(TtlvItem.Structure structure) {
    return new KeyMaterial(null, (TtlvItem.Structure) Items.retag(structure, Tag.KEY_MATERIAL));
  }

  static KeyMaterial fromTtlv(TtlvItem item) {
    return switch (item) {
      case TtlvItem.Bytes b -> of(b.value());
      case TtlvItem.Structure s -> transparent(s);
      default -> throw new KmipException(
          dev.clavis.codec.spec.ResultReason.INVALID_MESSAGE,
          "Key Material type: " + item.type() + " (expected: BYTE_STRING or STRUCTURE)");
    };
  }

  TtlvItem toTtlv(int tag) {
    return bytes != null ? TtlvItem.bytes(tag, bytes) : Items.retag(structure, tag);
  }

  public boolean isTransparent() {
    return structure != null;
  }

  /** A copy of the bytes (the caller owns and should wipe it); empty for transparent material. */
  public byte[] bytes() {
    return bytes == null ? new byte[0] : bytes.clone();
  }

  /** The number of bytes (0 for transparent material). */
  public int byteCount() {
    return bytes == null ? 0 : bytes.length;
  }

  /** The transparent key structure, or {@code null} for Byte String material. */
  public TtlvItem.Structure structure() {
    return structure;
  }

  /**
   * A Big Integer field of transparent material (e.g. {@link Tag#MODULUS}, {@link Tag#PRIVATE_EXPONENT}
   * of a Transparent RSA key, KMIP 2.1 §3.7–§3.8), or {@code null} when absent or not transparent.
   */
  public java.math.BigInteger bigInteger(int fieldTag) {
    return structure == null
        ? null
        : structure.find(fieldTag, TtlvItem.BigInt.class).map(TtlvItem.BigInt::value).orElse(null);
  }

  /**
   * A copy of a Byte String field of transparent material (e.g. {@link Tag#KEY} of a Transparent
   * Symmetric Key, KMIP 2.1 §3.4), or {@code null}; the caller owns and should wipe it.
   */
  public byte[] byteField(int fieldTag) {
    return structure == null
        ? null
        : structure.find(fieldTag, TtlvItem.Bytes.class).map(TtlvItem.Bytes::value).orElse(null);
  }

  /** Zeroes the byte array held here. */
  public void wipe() {
    if (bytes != null) {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyMaterial k
        && (bytes != null ? k.bytes != null && MessageDigest.isEqual(bytes, k.bytes) : structure.equals(k.structure));
  }

  @Override
  public int hashCode() {
    return bytes != null ? bytes.length : structure.hashCode();
  }

  @Override
  public String toString() {
    return bytes != null
        ? "KeyMaterial[" + bytes.length + " bytes]"
        : "KeyMaterial[transparent, " + structure.items().size() + " fields]";
  }
}
