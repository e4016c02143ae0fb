package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.List;

/** Field shapes shared by several payloads, in their 1.x and 2.x forms. */
final class PayloadFields {
  private PayloadFields() {}

  /**
   * A raw sub-structure as {@code v} knows it: fields newer than {@code v} stripped (see {@link
   * Items#forVersion}); {@code null} when nothing of it exists in {@code v}.
   */
  static TtlvItem forVersion(TtlvItem item, KmipVersion v) {
    return item == null ? null : Items.forVersion(item, item.tag(), v);
  }

  /** {@link #forVersion(TtlvItem, KmipVersion)} for each structure of a list. */
  static List<TtlvItem> forVersion(List<? extends TtlvItem> items, KmipVersion v) {
    List<TtlvItem> out = new ArrayList<>(items.size());
    for (TtlvItem i : items) {
      TtlvItem k = forVersion(i, v);
      if (k != null) {
        out.add(k);
      }
    }
    return out;
  }

  static <T> T require(FieldReader r, T value, int tag) {
    if (value == null) {
      throw r.missing(tag);
    }
    return value;
  }

  static String describe(byte[] b) {
    return b == null ? "null" : b.length + " bytes";
  }

  static TtlvItem.Structure attributes(Attributes a, int tag1x, int tag2x, KmipVersion v) {
    if (!FieldWriter.at(v, 2, 0) && tag1x < 0) {
      return null;
    }
    return a.toTtlv(tag1x, tag2x, v);
  }

  /** 1.x: {@code Attribute*} directly in the payload; 2.x: one {@code Attributes}. */
  static Attributes attributeList(FieldReader r) {
    List<TtlvItem> v1 = r.all(Tag.ATTRIBUTE);
    TtlvItem v2 = r.optionalAny(Tag.ATTRIBUTES);
    if (v2 == null) {
      return Attributes.fromV1List(v1);
    }
    if (!v1.isEmpty()) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE, "Payload: Attribute and Attributes both given (expected: one form)");
    }
    return Attributes.fromAttributes(v2);
  }

  static List<TtlvItem> attributeList(Attributes a, KmipVersion v, boolean required) {
    if (FieldWriter.at(v, 2, 0)) {
      if (a == null) {
        return required ? List.of(TtlvItem.structure(Tag.ATTRIBUTES)) : List.of();
      }
      return List.of(a.toAttributes(Tag.ATTRIBUTES, v));
    }
    return a == null ? List.of() : a.toV1List(v);
  }

  /** 1.x: {@code Attribute Name*}; 2.x: {@code Attribute Reference*}. */
  static List<AttributeReference> references(FieldReader r) {
    List<AttributeReference> out = new ArrayList<>();
    for (String n : r.allText(Tag.ATTRIBUTE_NAME)) {
      out.add(AttributeReference.ofName(n));
    }
    for (TtlvItem i : r.all(Tag.ATTRIBUTE_REFERENCE)) {
      out.add(AttributeReference.fromV2(i));
    }
    return out;
  }

  static List<TtlvItem> references(List<AttributeReference> refs, KmipVersion v) {
    List<TtlvItem> out = new ArrayList<>(refs.size());
    for (AttributeReference ref : refs) {
      if (ref.in(v)) {
        out.add(ref.toTtlv(v));
      }
    }
    return out;
  }

  static List<ProtocolVersion> protocolVersions(FieldReader r) {
    List<ProtocolVersion> out = new ArrayList<>();
    for (TtlvItem i : r.all(Tag.PROTOCOL_VERSION)) {
      out.add(ProtocolVersion.fromTtlv(i));
    }
    return out;
  }

  static List<TtlvItem> protocolVersions(List<ProtocolVersion> versions) {
    List<TtlvItem> out = new ArrayList<>(versions.size());
    for (ProtocolVersion p : versions) {
      out.add(p.toTtlv());
    }
    return out;
  }

  /** Enumeration items for {@code values}, leaving out values newer than {@code v}. */
  static <E> List<TtlvItem> enums(int tag, List<E> values, java.util.function.ToIntFunction<E> value, KmipVersion v) {
    List<TtlvItem> out = new ArrayList<>(values.size());
    for (E e : values) {
      int x = value.applyAsInt(e);
      if (AttributeNames.enumerationValueIn(tag, x, v)) {
        out.add(TtlvItem.enumeration(tag, x));
      }
    }
    return out;
  }

  /** 1.x: one {@code Attribute}; 2.x: {@code New Attribute} holding one attribute item. */
  static Attribute newAttribute(FieldReader r, boolean required) {
    TtlvItem v1 = r.optionalAny(Tag.ATTRIBUTE);
    TtlvItem v2 = r.optionalAny(Tag.NEW_ATTRIBUTE);
    if (v1 != null && v2 != null) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE, "Payload: Attribute and New Attribute both given (expected: one form)");
    }
    if (v1 != null) {
      return Attribute.fromV1(v1);
    }
    if (v2 != null) {
      return single(v2, Tag.NEW_ATTRIBUTE);
    }
    if (required) {
      throw r.missing(Tag.NEW_ATTRIBUTE);
    }
    return null;
  }

  /** The one attribute inside a 2.x New Attribute / Current Attribute structure. */
  static Attribute single(TtlvItem holder, int tag) {
    TtlvItem.Structure s = FieldReader.requireStructure(holder, tag, FieldReader.label(tag));
    if (s.items().size() != 1) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE,
          FieldReader.label(tag) + ": " + s.items().size() + " items (expected: exactly 1 attribute)");
    }
    return Attribute.fromV2(s.items().get(0));
  }

  static TtlvItem newAttribute(Attribute a, KmipVersion v) {
    return holder(a, Tag.NEW_ATTRIBUTE, v);
  }

  /** {@code a} as a 1.x Attribute, or as a 2.x holder structure tagged {@code tag2x}. */
  static TtlvItem holder(Attribute a, int tag2x, KmipVersion v) {
    if (a == null) {
      return null;
    }
    if (FieldWriter.at(v, 2, 0)) {
      return TtlvItem.structure(tag2x, a.toV2());
    }
    return a.toV1();
  }

  static Attribute v1Attribute(FieldReader r) {
    TtlvItem a = r.optionalAny(Tag.ATTRIBUTE);
    return a == null ? null : Attribute.fromV1(a);
  }
}
