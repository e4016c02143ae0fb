package dev.clavis.client;

import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KeyMaterial;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.PublicKey;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SplitKey;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.spec.ObjectType;
import java.util.Objects;

/**
 * What Get returned (KMIP 1.4 §4.11 Table 195, KMIP 2.1 §6.1.19 Table 221). {@code toString()}
 * prints the type, identifier, algorithm, length and format, and the key's length in bytes —
 * never the key. The caller owns the object and should {@link #wipe()} it when done.
 */
public record GetResult(ObjectType objectType, String uniqueIdentifier, ManagedObject object) {

  public GetResult {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    Objects.requireNonNull(object, "object");
  }

  /** The Key Block of a key or secret, or {@code null} for objects without one (certificates, opaque data). */
  public KeyBlock keyBlock() {
    return switch (object) {
      case SymmetricKey k -> k.keyBlock();
      case PrivateKey k -> k.keyBlock();
      case PublicKey k -> k.keyBlock();
      case SecretData s -> s.keyBlock();
      case SplitKey s -> s.keyBlock();
      default -> null;
    };
  }

  /** The Key Material of a plaintext key block, or {@code null}. */
  public KeyMaterial keyMaterial() {
    KeyBlock b = keyBlock();
    return b == null ? null : b.keyMaterial();
  }

  /** Zeroes the key bytes held by the object. */
  public void wipe() {
    object.wipe();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("GetResult[").append(objectType.specName()).append(' ').append(uniqueIdentifier);
    KeyBlock b = keyBlock();
    if (b != null) {
      sb.append(", ").append(b.keyFormatType().specName());
      if (b.cryptographicAlgorithm() != null) {
        sb.append(", ").append(b.cryptographicAlgorithm().specName());
      }
      if (b.cryptographicLength() != null) {
        sb.append(", ").append(b.cryptographicLength()).append(" bits");
      }
      KeyMaterial m = b.keyMaterial();
      if (m != null) {
        sb.append(", key material ").append(m.isTransparent() ? "transparent" : m.byteCount() + " bytes").append(" (redacted)");
      } else if (b.keyWrappingData() != null) {
        sb.append(", wrapped");
      }
    }
    return sb.append(']').toString();
  }
}
