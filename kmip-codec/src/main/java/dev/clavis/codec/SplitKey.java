package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.SplitKeyMethod;
import dev.clavis.codec.spec.Tag;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Split Key (KMIP 1.4 §2.2.5 Table 49, KMIP 2.1 §2.8).
 *
 * @param primeFieldSize Prime Field Size, required only for Polynomial Sharing Prime Field, else
 *     {@code null}
 */
public record SplitKey(
    int splitKeyParts,
    int keyPartIdentifier,
    int splitKeyThreshold,
    SplitKeyMethod splitKeyMethod,
    BigInteger primeFieldSize,
    KeyBlock keyBlock)
    implements ManagedObject {

  public SplitKey {
    Objects.requireNonNull(splitKeyMethod, "splitKeyMethod");
    Objects.requireNonNull(keyBlock, "keyBlock");
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.SPLIT_KEY;
  }

  static SplitKey fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.SPLIT_KEY, "Split Key");
    int parts = r.integer(Tag.SPLIT_KEY_PARTS);
    int id = r.integer(Tag.KEY_PART_IDENTIFIER);
    int threshold = r.integer(Tag.SPLIT_KEY_THRESHOLD);
    SplitKeyMethod m = r.requireEnum(Tag.SPLIT_KEY_METHOD, SplitKeyMethod::fromValue);
    TtlvItem.BigInt p = r.optional(Tag.PRIME_FIELD_SIZE, TtlvItem.BigInt.class);
    KeyBlock b = KeyBlock.fromTtlv(r.requireAny(Tag.KEY_BLOCK));
    r.end();
    return new SplitKey(parts, id, threshold, m, p == null ? null : p.value(), b);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .integer(Tag.SPLIT_KEY_PARTS, splitKeyParts)
        .integer(Tag.KEY_PART_IDENTIFIER, keyPartIdentifier)
        .integer(Tag.SPLIT_KEY_THRESHOLD, splitKeyThreshold)
        .enumeration(Tag.SPLIT_KEY_METHOD, splitKeyMethod.value())
        .item(primeFieldSize == null ? null : TtlvItem.bigInteger(Tag.PRIME_FIELD_SIZE, primeFieldSize))
        .item(keyBlock.toTtlv(v))
        .build(Tag.SPLIT_KEY);
  }

  @Override
  public void wipe() {
    keyBlock.wipe();
  }

  @Override
  public String toString() {
    return "SplitKey[part " + keyPartIdentifier + " of " + splitKeyParts + ", threshold " + splitKeyThreshold
        + ", " + splitKeyMethod + ", " + keyBlock + "]";
  }
}
