// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Split Key Method.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.54 Split Key Method Enumeration.
 */
public enum SplitKeyMethod {
  /**
   * XOR (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  XOR(0x00000001, "XOR", "XOR", KmipVersion.V1_0, null),

  /**
   * Polynomial Sharing GF (2^16) (0x00000002).
   *
   * <p>Since KMIP 1.0. Spec note: superscript restored from the spec HTML (GF(2^n)).
   */
  POLYNOMIAL_SHARING_GF_2_16(0x00000002, "Polynomial Sharing GF (2^16)", "PolynomialSharingGF2_16", KmipVersion.V1_0, null),

  /**
   * Polynomial Sharing Prime Field (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  POLYNOMIAL_SHARING_PRIME_FIELD(0x00000003, "Polynomial Sharing Prime Field", "PolynomialSharingPrimeField", KmipVersion.V1_0, null),

  /**
   * Polynomial Sharing GF (2^8) (0x00000004).
   *
   * <p>Since KMIP 1.2. Spec note: superscript restored from the spec HTML (GF(2^n)).
   */
  POLYNOMIAL_SHARING_GF_2_8(0x00000004, "Polynomial Sharing GF (2^8)", "PolynomialSharingGF2_8", KmipVersion.V1_2, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  SplitKeyMethod(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "XOR"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "XOR"}.
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
  public static SplitKeyMethod fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> XOR;
      case 0x00000002 -> POLYNOMIAL_SHARING_GF_2_16;
      case 0x00000003 -> POLYNOMIAL_SHARING_PRIME_FIELD;
      case 0x00000004 -> POLYNOMIAL_SHARING_GF_2_8;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "XOR"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static SplitKeyMethod fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "XOR" -> XOR;
      case "PolynomialSharingGF2_16" -> POLYNOMIAL_SHARING_GF_2_16;
      case "PolynomialSharingPrimeField" -> POLYNOMIAL_SHARING_PRIME_FIELD;
      case "PolynomialSharingGF2_8" -> POLYNOMIAL_SHARING_GF_2_8;
      case null, default -> null;
    };
  }
}
