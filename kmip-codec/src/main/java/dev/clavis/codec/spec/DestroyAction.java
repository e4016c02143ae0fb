// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Destroy Action.
 *
 * <p>Since KMIP 1.3. Spec: 2.1 §11.15 Destroy Action Enumeration.
 */
public enum DestroyAction {
  /**
   * Unspecified (0x00000001).
   *
   * <p>Since KMIP 1.3.
   */
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", KmipVersion.V1_3, null),

  /**
   * Key Material Deleted (0x00000002).
   *
   * <p>Since KMIP 1.3.
   */
  KEY_MATERIAL_DELETED(0x00000002, "Key Material Deleted", "KeyMaterialDeleted", KmipVersion.V1_3, null),

  /**
   * Key Material Shredded (0x00000003).
   *
   * <p>Since KMIP 1.3.
   */
  KEY_MATERIAL_SHREDDED(0x00000003, "Key Material Shredded", "KeyMaterialShredded", KmipVersion.V1_3, null),

  /**
   * Meta Data Deleted (0x00000004).
   *
   * <p>Since KMIP 1.3.
   */
  META_DATA_DELETED(0x00000004, "Meta Data Deleted", "MetaDataDeleted", KmipVersion.V1_3, null),

  /**
   * Meta Data Shredded (0x00000005).
   *
   * <p>Since KMIP 1.3.
   */
  META_DATA_SHREDDED(0x00000005, "Meta Data Shredded", "MetaDataShredded", KmipVersion.V1_3, null),

  /**
   * Deleted (0x00000006).
   *
   * <p>Since KMIP 1.3.
   */
  DELETED(0x00000006, "Deleted", "Deleted", KmipVersion.V1_3, null),

  /**
   * Shredded (0x00000007).
   *
   * <p>Since KMIP 1.3.
   */
  SHREDDED(0x00000007, "Shredded", "Shredded", KmipVersion.V1_3, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  DestroyAction(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
    this.value = value;
    this.specName = specName;
    this.xmlName = xmlName;
    this.since = since;
    this.removedIn = removedIn;
  }

  /** The value on the wire. */
  public int value() {
    return value;
  }

  /** The name as the specification writes it, e.g. {@code "Unspecified"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Unspecified"}.
   */
  public String xmlName() {
    return xmlName;
  }

  /** The first protocol version that defines this value. */
  public KmipVersion since() {
    return since;
  }

  /**
   * The first protocol version that no longer defines it (lists it as Reserved), or {@code
   * null} when no version removed it.
   */
  public KmipVersion removedIn() {
    return removedIn;
  }

  /** Whether {@code version} defines this value. */
  public boolean definedIn(KmipVersion version) {
    return version.atLeast(since) && (removedIn == null || !version.atLeast(removedIn));
  }

  /** The constant for a wire value, or {@code null} when the registry defines none. */
  public static DestroyAction fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> UNSPECIFIED;
      case 0x00000002 -> KEY_MATERIAL_DELETED;
      case 0x00000003 -> KEY_MATERIAL_SHREDDED;
      case 0x00000004 -> META_DATA_DELETED;
      case 0x00000005 -> META_DATA_SHREDDED;
      case 0x00000006 -> DELETED;
      case 0x00000007 -> SHREDDED;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Unspecified"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static DestroyAction fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Unspecified" -> UNSPECIFIED;
      case "KeyMaterialDeleted" -> KEY_MATERIAL_DELETED;
      case "KeyMaterialShredded" -> KEY_MATERIAL_SHREDDED;
      case "MetaDataDeleted" -> META_DATA_DELETED;
      case "MetaDataShredded" -> META_DATA_SHREDDED;
      case "Deleted" -> DELETED;
      case "Shredded" -> SHREDDED;
      case null, default -> null;
    };
  }
}
