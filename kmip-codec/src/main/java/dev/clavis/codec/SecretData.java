package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/** Secret Data (KMIP 1.4 §2.2.7 Table 51, KMIP 2.1 §2.7): Secret Data Type and a Key Block. */
public record SecretData(SecretDataType secretDataType, KeyBlock keyBlock) implements ManagedObject {

  public SecretData {
    Objects.requireNonNull(secretDataType, "secretDataType");
    Objects.requireNonNull(keyBlock, "keyBlock");
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.SECRET_DATA;
  }

  static SecretData fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.SECRET_DATA, "Secret Data");
    SecretData s = new SecretData(
        r.requireEnum(Tag.SECRET_DATA_TYPE, SecretDataType::fromValue), KeyBlock.fromTtlv(r.requireAny(Tag.KEY_BLOCK)));
    r.end();
    return s;
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return TtlvItem.structure(
        Tag.SECRET_DATA, TtlvItem.enumeration(Tag.SECRET_DATA_TYPE, secretDataType.value()), keyBlock.toTtlv(v));
  }

  @Override
  public void wipe() {
    keyBlock.wipe();
  }
}
