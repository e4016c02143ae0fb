package dev.clavis.codec;

import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.Tag;

/** The Link attribute (KMIP 1.4 §3.35, KMIP 2.1 §4.35): Link Type and Linked Object Identifier. */
public record Link(LinkType type, String linkedObjectIdentifier) {

  public static Link fromTtlv(TtlvItem item) {
    if (!(item instanceof TtlvItem.Structure s)) {
      throw new KmipException(
          dev.clavis.codec.spec.ResultReason.INVALID_FIELD, "Link type: " + item.type() + " (expected: STRUCTURE)");
    }
    FieldReader r = new FieldReader(s, "Link");
    Link l = new Link(r.requireEnum(Tag.LINK_TYPE, LinkType::fromValue), r.text(Tag.LINKED_OBJECT_IDENTIFIER));
    r.end();
    return l;
  }

  public TtlvItem.Structure toTtlv() {
    return TtlvItem.structure(
        Tag.LINK,
        TtlvItem.enumeration(Tag.LINK_TYPE, type.value()),
        TtlvItem.text(Tag.LINKED_OBJECT_IDENTIFIER, linkedObjectIdentifier));
  }

  public Attribute toAttribute() {
    return Attribute.of(toTtlv());
  }
}
