package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/** PGP Key (KMIP 1.4 §2.2.9 Table 53, KMIP 2.1 §2.4): PGP Key Version and a Key Block. */
public record PGPKey(int pgpKeyVersion, KeyBlock keyBlock) implements ManagedObject {

  public PGPKey {
    Objects.requireNonNull(keyBlock, "keyBlock");
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.PGP_KEY;
  }

  static PGPKey fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.PGP_KEY, "PGP Key");
    PGPKey k = new PGPKey(r.integer(Tag.PGP_KEY_VERSION), KeyBlock.fromTtlv(r.requireAny(Tag.KEY_BLOCK)));
    r.end();
    return k;
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return TtlvItem.structure(Tag.PGP_KEY, TtlvItem.integer(Tag.PGP_KEY_VERSION, pgpKeyVersion), keyBlock.toTtlv(v));
  }

  @Override
  public void wipe() {
    keyBlock.wipe();
  }
}
