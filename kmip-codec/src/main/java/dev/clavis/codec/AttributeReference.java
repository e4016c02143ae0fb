package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;

/**
 * A reference to an attribute by tag or by vendor and name: KMIP 2.1 §5.5 Attribute Reference
 * (an Enumeration holding the tag, or a structure of Vendor Identification and Attribute Name),
 * and KMIP 1.x Attribute Name text (KMIP 1.4 §4.12 Get Attributes, §4.13 Get Attribute List).
 *
 * @param tag the attribute tag, or {@link Tag#ATTRIBUTE} for a vendor attribute
 */
public record AttributeReference(int tag, String vendorIdentification, String attributeName) {

  public static AttributeReference of(int tag) {
    return new AttributeReference(tag, null, null);
  }

  public static AttributeReference vendor(String vendorIdentification, String attributeName) {
    return new AttributeReference(Tag.ATTRIBUTE, vendorIdentification, attributeName);
  }

  public boolean isVendor() {
    return tag == Tag.ATTRIBUTE;
  }

  /**
   * Reads a 1.x Attribute Name: a spec name (runs of white space count as one space), or a custom
   * name {@code x-…}/{@code y-…} (vendor {@code x}/{@code y}); anything else is {@code Invalid
   * Field}.
   */
  public static AttributeReference ofName(String name) {
    int tag = AttributeNames.tag(name);
    if (tag < 0) {
      // Tolerate runs of white space inside a spec name ("Cryptographic   Usage Mask").
      tag = AttributeNames.tag(name.strip().replaceAll("\\s+", " "));
    }
    if (tag >= 0) {
      return of(tag);
    }
    if (name.length() > 2 && (name.startsWith("x-") || name.startsWith("y-"))) {
      return vendor(name.substring(0, 1), name.substring(2));
    }
    throw new KmipException(
        ResultReason.INVALID_FIELD,
        "Attribute Name: \"" + name + "\" (expected: a KMIP attribute name or a custom x-/y- name)");
  }

  /** The 1.x Attribute Name. */
  public String name() {
    if (isVendor()) {
      return vendorIdentification + "-" + attributeName;
    }
    String n = AttributeNames.name(tag);
    return n != null ? n : FieldReader.hex(tag);
  }

  /** Reads a 2.x Attribute Reference item. */
  public static AttributeReference fromV2(TtlvItem item) {
    if (item instanceof TtlvItem.Enumeration e && e.tag() == Tag.ATTRIBUTE_REFERENCE) {
      return of(e.value());
    }
    FieldReader r = FieldReader.of(item, Tag.ATTRIBUTE_REFERENCE, "Attribute Reference");
    AttributeReference ref = vendor(r.text(Tag.VENDOR_IDENTIFICATION), r.text(Tag.ATTRIBUTE_NAME));
    r.end();
    return ref;
  }

  /** Whether {@code a} is an instance of the referenced attribute. */
  public boolean matches(Attribute a) {
    if (a.tag() != tag) {
      return false;
    }
    return !isVendor()
        || (vendorIdentification.equals(a.vendorIdentification()) && attributeName.equals(a.attributeName()));
  }

  /** The reference to {@code a}'s attribute. */
  public static AttributeReference of(Attribute a) {
    return a.isVendor() ? vendor(a.vendorIdentification(), a.attributeName()) : of(a.tag());
  }

  /** Whether the referenced attribute exists in {@code v}. */
  public boolean in(KmipVersion v) {
    if (isVendor()) {
      return v.atLeast(KmipVersion.of(2, 0)) || vendorIdentification.equals("x") || vendorIdentification.equals("y");
    }
    return AttributeNames.tagIn(tag, v);
  }

  public TtlvItem toV1() {
    return TtlvItem.text(Tag.ATTRIBUTE_NAME, name());
  }

  public TtlvItem toV2() {
    if (isVendor()) {
      return TtlvItem.structure(
          Tag.ATTRIBUTE_REFERENCE,
          TtlvItem.text(Tag.VENDOR_IDENTIFICATION, vendorIdentification),
          TtlvItem.text(Tag.ATTRIBUTE_NAME, attributeName));
    }
    return TtlvItem.enumeration(Tag.ATTRIBUTE_REFERENCE, tag);
  }

  /** The 1.x (Attribute Name) or 2.x (Attribute Reference) item for {@code v}. */
  public TtlvItem toTtlv(KmipVersion v) {
    return v.atLeast(KmipVersion.of(2, 0)) ? toV2() : toV1();
  }
}
