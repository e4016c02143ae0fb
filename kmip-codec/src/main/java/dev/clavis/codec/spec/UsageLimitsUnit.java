// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Usage Limits Unit.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.60 Usage Limits Unit Enumeration.
 */
public enum UsageLimitsUnit {
  /**
   * Byte (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  BYTE(0x00000001, "Byte", "Byte", KmipVersion.V1_0, null),

  /**
   * Object (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  OBJECT(0x00000002, "Object", "Object", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  UsageLimitsUnit(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Byte"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Byte"}.
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
  public static UsageLimitsUnit fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> BYTE;
      case 0x00000002 -> OBJECT;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Byte"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static UsageLimitsUnit fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Byte" -> BYTE;
      case "Object" -> OBJECT;
      case null, default -> null;
    };
  }
}
