// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Name Type.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.31 Name Type Enumeration.
 */
public enum NameType {
  /**
   * Uninterpreted Text String (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  UNINTERPRETED_TEXT_STRING(0x00000001, "Uninterpreted Text String", "UninterpretedTextString", KmipVersion.V1_0, null),

  /**
   * URI (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  URI(0x00000002, "URI", "URI", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  NameType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Uninterpreted Text String"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "UninterpretedTextString"}.
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
  public static NameType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> UNINTERPRETED_TEXT_STRING;
      case 0x00000002 -> URI;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "UninterpretedTextString"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static NameType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "UninterpretedTextString" -> UNINTERPRETED_TEXT_STRING;
      case "URI" -> URI;
      case null, default -> null;
    };
  }
}
