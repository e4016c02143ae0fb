package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/** Public Key (KMIP 1.4 §2.2.3, KMIP 2.1 §2.6): a Key Block. */
public record PublicKey(KeyBlock keyBlock) implements ManagedObject {

  public PublicKey {
    Objects.requireNonNull(keyBlock, "keyBlock");
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.PUBLIC_KEY;
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return TtlvItem.structure(Tag.PUBLIC_KEY, keyBlock.toTtlv(v));
  }

  @Override
  public void wipe() {
    keyBlock.wipe();
  }
}
