// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Validity Indicator.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.61 Validity Indicator Enumeration.
 */
public enum ValidityIndicator {
  /**
   * Valid (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  VALID(0x00000001, "Valid", "Valid", KmipVersion.V1_0, null),

  /**
   * Invalid (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  INVALID(0x00000002, "Invalid", "Invalid", KmipVersion.V1_0, null),

  /**
   * Unknown (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  UNKNOWN(0x00000003, "Unknown", "Unknown", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ValidityIndicator(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Valid"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Valid"}.
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
  public static ValidityIndicator fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> VALID;
      case 0x00000002 -> INVALID;
      case 0x00000003 -> UNKNOWN;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Valid"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ValidityIndicator fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Valid" -> VALID;
      case "Invalid" -> INVALID;
      case "Unknown" -> UNKNOWN;
      case null, default -> null;
    };
  }
}
