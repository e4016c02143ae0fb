package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/** Symmetric Key (KMIP 1.4 §2.2.2, KMIP 2.1 §2.9): a Key Block. */
public record SymmetricKey(KeyBlock keyBlock) implements ManagedObject {

  public SymmetricKey {
    Objects.requireNonNull(keyBlock, "keyBlock");
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.SYMMETRIC_KEY;
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return TtlvItem.structure(Tag.SYMMETRIC_KEY, keyBlock.toTtlv(v));
  }

  @Override
  public void wipe() {
    keyBlock.wipe();
  }
}
