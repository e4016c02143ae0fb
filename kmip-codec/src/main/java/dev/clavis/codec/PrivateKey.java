package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/** Private Key (KMIP 1.4 §2.2.4, KMIP 2.1 §2.5): a Key Block. */
public record PrivateKey(KeyBlock keyBlock) implements ManagedObject {

  public PrivateKey {
    Objects.requireNonNull(keyBlock, "keyBlock");
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.PRIVATE_KEY;
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return TtlvItem.structure(Tag.PRIVATE_KEY, keyBlock.toTtlv(v));
  }

  @Override
  public void wipe() {
    keyBlock.wipe();
  }
}
