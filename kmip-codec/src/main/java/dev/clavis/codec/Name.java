package dev.clavis.codec;

import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.Tag;

/** The Name attribute (KMIP 1.4 §3.2, KMIP 2.1 §4.36): Name Value and Name Type. */
public record Name(String value, NameType type) {

  public static Name fromTtlv(TtlvItem item) {
    if (!(item instanceof TtlvItem.Structure s)) {
      throw new KmipException(
          dev.clavis.codec.spec.ResultReason.INVALID_FIELD, "Name type: " + item.type() + " (expected: STRUCTURE)");
    }
    FieldReader r = new FieldReader(s, "Name");
    Name n = new Name(r.text(Tag.NAME_VALUE), r.requireEnum(Tag.NAME_TYPE, NameType::fromValue));
    r.end();
    return n;
  }

  public TtlvItem.Structure toTtlv() {
    return TtlvItem.structure(
        Tag.NAME, TtlvItem.text(Tag.NAME_VALUE, value), TtlvItem.enumeration(Tag.NAME_TYPE, type.value()));
  }

  public Attribute toAttribute() {
    return Attribute.of(toTtlv());
  }
}
