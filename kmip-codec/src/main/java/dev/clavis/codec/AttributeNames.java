package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;

/**
 * Tag facts for the typed model, read from {@link SpecRegistry}: the spec name of each tag (which
 * is also its KMIP 1.x Attribute Name, KMIP 1.4 §2.1.1 and §3), its item type, and whether a tag
 * or an enumeration value exists in a protocol version. Used to translate 1.x attributes and to
 * render only what a protocol version knows (KMIP 2.1 §4, DESIGN §4).
 */
public final class AttributeNames {
  private static final SpecRegistry REGISTRY = SpecRegistry.get();

  private AttributeNames() {}

  /** The tag whose spec name is {@code name} (e.g. {@code "Cryptographic Algorithm"}), or -1. */
  public static int tag(String name) {
    return REGISTRY.tagByName(name).map(SpecRegistry.TagInfo::tag).orElse(-1);
  }

  /** The spec name of a tag, or {@code null} when the registry does not know it. */
  public static String name(int tag) {
    return REGISTRY.tag(tag).map(SpecRegistry.TagInfo::name).orElse(null);
  }

  /** The item type the registry gives a tag, or {@code null} when unknown. */
  public static ItemType type(int tag) {
    return REGISTRY.tag(tag).map(SpecRegistry.TagInfo::type).orElse(null);
  }

  /**
   * Whether {@code tag} exists in protocol version {@code v}: defined at or before it and not
   * removed at or before it. Tags the registry does not know (extensions {@code 0x54xxxx}) count
   * as present.
   */
  public static boolean tagIn(int tag, KmipVersion v) {
    if (REGISTRY.tag(tag).isEmpty()) {
      return true;
    }
    return REGISTRY.definedIn(tag, v.toString());
  }

  /**
   * Whether enumeration value {@code value} of the enumeration carried by {@code tag} exists in
   * {@code v}. Values the registry does not know (extensions {@code 0x8xxxxxxx}) count as present.
   */
  public static boolean enumerationValueIn(int tag, int value, KmipVersion v) {
    boolean known = REGISTRY.vocabularyOf(tag).flatMap(voc -> voc.entry(value)).isPresent();
    return !known || REGISTRY.enumDefinedIn(tag, value, v.toString());
  }
}
