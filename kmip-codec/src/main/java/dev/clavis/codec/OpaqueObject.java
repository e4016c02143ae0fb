package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Tag;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * Opaque Object (KMIP 1.4 §2.2.8 Table 52, KMIP 2.1 §2.3 Table 4): Opaque Data Type (an
 * enumeration, in practice mostly extension values {@code 0x8…}, kept as its number) and the
 * Opaque Data Value. The array is owned by this object; {@code toString()} prints its length.
 */
public record OpaqueObject(int opaqueDataType, byte[] opaqueDataValue) implements ManagedObject {

  public OpaqueObject {
    Objects.requireNonNull(opaqueDataValue, "opaqueDataValue");
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.OPAQUE_OBJECT;
  }

  static OpaqueObject fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.OPAQUE_OBJECT, "Opaque Object");
    OpaqueObject o = new OpaqueObject(
        r.require(Tag.OPAQUE_DATA_TYPE, TtlvItem.Enumeration.class).value(), r.bytes(Tag.OPAQUE_DATA_VALUE));
    r.end();
    return o;
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return TtlvItem.structure(
        Tag.OPAQUE_OBJECT,
        TtlvItem.enumeration(Tag.OPAQUE_DATA_TYPE, opaqueDataType),
        TtlvItem.bytes(Tag.OPAQUE_DATA_VALUE, opaqueDataValue));
  }

  @Override
  public void wipe() {
    Arrays.fill(opaqueDataValue, (byte) 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpaqueObject x
        && x.opaqueDataType == opaqueDataType
        && MessageDigest.isEqual(x.opaqueDataValue, opaqueDataValue);
  }

  @Override
  public int hashCode() {
    return 31 * opaqueDataType + opaqueDataValue.length;
  }

  @Override
  public String toString() {
    return "OpaqueObject[type=0x" + Integer.toHexString(opaqueDataType) + ", " + opaqueDataValue.length + " bytes]";
  }
}
