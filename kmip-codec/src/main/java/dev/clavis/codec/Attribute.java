package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * One attribute in the internal (KMIP 2.x) model (KMIP 2.1 §4): a typed item whose tag is the
 * attribute's tag, for example {@code Enumeration(CRYPTOGRAPHIC_ALGORITHM, AES)} or a {@code Name}
 * structure. A vendor attribute (2.x {@code Attribute} structure, KMIP 2.1 §4.60; 1.x custom
 * attribute {@code x-…}/{@code y-…}, KMIP 1.4 §3) has tag {@link Tag#ATTRIBUTE}, a vendor
 * identification, a name, and a value tagged {@link Tag#ATTRIBUTE_VALUE}.
 *
 * @param tag the attribute's tag, or {@link Tag#ATTRIBUTE} for a vendor attribute
 * @param vendorIdentification the vendor ({@code "x"} client, {@code "y"} server for 1.x custom
 *     attributes), or {@code null}
 * @param attributeName the vendor attribute's name (without the 1.x {@code x-} prefix), or
 *     {@code null}
 * @param index the 1.x Attribute Index when one was given (KMIP 1.4 §2.1.1), or {@code null}
 * @param value the value; its tag is {@code tag} ({@link Tag#ATTRIBUTE_VALUE} for vendor
 *     attributes)
 */
public record Attribute(int tag, String vendorIdentification, String attributeName, Integer index, TtlvItem value) {

  public Attribute {
    Objects.requireNonNull(value, "value");
    if (tag == Tag.ATTRIBUTE) {
      Objects.requireNonNull(vendorIdentification, "vendorIdentification");
      Objects.requireNonNull(attributeName, "attributeName");
      value = Items.retag(value, Tag.ATTRIBUTE_VALUE);
    } else {
      value = Items.retag(value, tag);
    }
  }

  /** A standard attribute: the item's tag names it. */
  public static Attribute of(TtlvItem value) {
    return new Attribute(value.tag(), null, null, null, value);
  }

  /** A vendor (2.x) / custom (1.x) attribute. */
  public static Attribute vendor(String vendorIdentification, String attributeName, TtlvItem value) {
    return new Attribute(Tag.ATTRIBUTE, vendorIdentification, attributeName, null, value);
  }

  public boolean isVendor() {
    return tag == Tag.ATTRIBUTE;
  }

  /**
   * The KMIP 1.x Attribute Name: the spec name of the tag ({@code "Cryptographic Algorithm"}),
   * or {@code "x-ID"} for vendor {@code x}, name {@code ID}.
   */
  public String name() {
    if (isVendor()) {
      return vendorIdentification + "-" + attributeName;
    }
    String n = AttributeNames.name(tag);
    return n != null ? n : FieldReader.hex(tag);
  }

  /** A copy with another 1.x index (or none). */
  public Attribute withIndex(Integer newIndex) {
    return new Attribute(tag, vendorIdentification, attributeName, newIndex, value);
  }

  /** Reads a 1.x {@code Attribute} structure (KMIP 1.4 §2.1.1 Table 2). */
  public static Attribute fromV1(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.ATTRIBUTE, "Attribute");
    String name = r.text(Tag.ATTRIBUTE_NAME);
    Integer index = r.optionalInt(Tag.ATTRIBUTE_INDEX);
    TtlvItem value = r.optionalAny(Tag.ATTRIBUTE_VALUE);
    r.end();
    if (value == null) {
      throw new KmipException(ResultReason.INVALID_MESSAGE, "Attribute " + name + ": Attribute Value missing (expected: present)");
    }
    return fromV1(name, index, value);
  }

  static Attribute fromV1(String name, Integer index, TtlvItem value) {
    AttributeReference ref = AttributeReference.ofName(name);
    if (ref.isVendor()) {
      return new Attribute(Tag.ATTRIBUTE, ref.vendorIdentification(), ref.attributeName(), index, value);
    }
    checkType(ref.tag(), value);
    return new Attribute(ref.tag(), null, null, index, value);
  }

  /** Reads one 2.x attribute item (a child of {@code Attributes}, KMIP 2.1 §4 and §4.60). */
  public static Attribute fromV2(TtlvItem item) {
    if (item.tag() == Tag.ATTRIBUTE) {
      FieldReader r = FieldReader.of(item, Tag.ATTRIBUTE, "Attribute");
      String vendor = r.optionalText(Tag.VENDOR_IDENTIFICATION);
      String name = r.text(Tag.ATTRIBUTE_NAME);
      Integer index = r.optionalInt(Tag.ATTRIBUTE_INDEX);
      TtlvItem value = r.optionalAny(Tag.ATTRIBUTE_VALUE);
      r.end();
      if (value == null) {
        throw new KmipException(ResultReason.INVALID_MESSAGE, "Attribute " + name + ": Attribute Value missing (expected: present)");
      }
      if (vendor == null) {
        // A 1.x-shaped Attribute inside 2.x Attributes: accept it as the 1.x form.
        return fromV1(name, index, value);
      }
      return new Attribute(Tag.ATTRIBUTE, vendor, name, null, value);
    }
    if (AttributeNames.name(item.tag()) == null && (item.tag() & 0xFF0000) == 0x420000) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "Attributes: unknown tag " + FieldReader.hex(item.tag()) + " (expected: an attribute tag)");
    }
    checkType(item.tag(), item);
    return of(item);
  }

  private static void checkType(int tag, TtlvItem value) {
    ItemType expected = AttributeNames.type(tag);
    if (expected != null && !(value instanceof TtlvItem.Placeholder) && value.type() != expected) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "Attribute " + FieldReader.label(tag) + " type: " + value.type() + " (expected: " + expected + ")");
    }
  }

  /**
   * This attribute as protocol version {@code v} knows it, or {@code null} when it must not be
   * sent in {@code v}: the attribute is newer than {@code v} (or removed), its value holds an
   * enumeration value newer than {@code v}, or it is a non-{@code x}/{@code y} vendor attribute
   * and {@code v} is 1.x. Structure values lose the fields {@code v} does not know.
   */
  public Attribute forVersion(KmipVersion v) {
    boolean v2 = v.atLeast(KmipVersion.of(2, 0));
    if (isVendor()) {
      if (!v2 && !vendorIdentification.equals("x") && !vendorIdentification.equals("y")) {
        return null;
      }
      return this;
    }
    TtlvItem kept = Items.forVersion(value, tag, v);
    if (kept == null) {
      return null;
    }
    return kept == value ? this : new Attribute(tag, null, null, index, kept);
  }

  /** The 1.x {@code Attribute} structure (name, optional index, value). */
  public TtlvItem.Structure toV1() {
    return new FieldWriter()
        .text(Tag.ATTRIBUTE_NAME, name())
        .integer(Tag.ATTRIBUTE_INDEX, index)
        .item(Items.retag(value, Tag.ATTRIBUTE_VALUE))
        .build(Tag.ATTRIBUTE);
  }

  /** The 2.x item: the typed value, or an {@code Attribute} structure for a vendor attribute. */
  public TtlvItem toV2() {
    if (isVendor()) {
      return TtlvItem.structure(
          Tag.ATTRIBUTE,
          TtlvItem.text(Tag.VENDOR_IDENTIFICATION, vendorIdentification),
          TtlvItem.text(Tag.ATTRIBUTE_NAME, attributeName),
          value);
    }
    return value;
  }

  @Override
  public String toString() {
    return "Attribute[" + name() + (index == null ? "" : "#" + index) + "=" + value + "]";
  }
}
