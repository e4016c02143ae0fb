// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Validation Authority Type.
 *
 * <p>Since KMIP 1.3. Spec: 2.1 §11.63 Validation Authority Type Enumeration.
 */
public enum ValidationAuthorityType {
  /**
   * Unspecified (0x00000001).
   *
   * <p>Since KMIP 1.3.
   */
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", KmipVersion.V1_3, null),

  /**
   * NIST CMVP (0x00000002).
   *
   * <p>Since KMIP 1.3.
   */
  NIST_CMVP(0x00000002, "NIST CMVP", "NISTCMVP", KmipVersion.V1_3, null),

  /**
   * Common Criteria (0x00000003).
   *
   * <p>Since KMIP 1.3.
   */
  COMMON_CRITERIA(0x00000003, "Common Criteria", "CommonCriteria", KmipVersion.V1_3, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ValidationAuthorityType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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
  public static ValidationAuthorityType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> UNSPECIFIED;
      case 0x00000002 -> NIST_CMVP;
      case 0x00000003 -> COMMON_CRITERIA;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Unspecified"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ValidationAuthorityType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Unspecified" -> UNSPECIFIED;
      case "NISTCMVP" -> NIST_CMVP;
      case "CommonCriteria" -> COMMON_CRITERIA;
      case null, default -> null;
    };
  }
}
