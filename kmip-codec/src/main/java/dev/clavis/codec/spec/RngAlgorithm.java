// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration RNG Algorithm.
 *
 * <p>Since KMIP 1.3. Spec: 2.1 §11.49 RNG Algorithm Enumeration.
 */
public enum RngAlgorithm {
  /**
   * Unspecified (0x00000001).
   *
   * <p>Since KMIP 1.3.
   */
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", KmipVersion.V1_3, null),

  /**
   * FIPS 186-2 (0x00000002).
   *
   * <p>Since KMIP 1.3.
   */
  FIPS_186_2(0x00000002, "FIPS 186-2", "FIPS186_2", KmipVersion.V1_3, null),

  /**
   * DRBG (0x00000003).
   *
   * <p>Since KMIP 1.3.
   */
  DRBG(0x00000003, "DRBG", "DRBG", KmipVersion.V1_3, null),

  /**
   * NRBG (0x00000004).
   *
   * <p>Since KMIP 1.3.
   */
  NRBG(0x00000004, "NRBG", "NRBG", KmipVersion.V1_3, null),

  /**
   * ANSI X9.31 (0x00000005).
   *
   * <p>Since KMIP 1.3.
   */
  ANSI_X9_31(0x00000005, "ANSI X9.31", "ANSIX9_31", KmipVersion.V1_3, null),

  /**
   * ANSI X9.62 (0x00000006).
   *
   * <p>Since KMIP 1.3.
   */
  ANSI_X9_62(0x00000006, "ANSI X9.62", "ANSIX9_62", KmipVersion.V1_3, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  RngAlgorithm(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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
  public static RngAlgorithm fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> UNSPECIFIED;
      case 0x00000002 -> FIPS_186_2;
      case 0x00000003 -> DRBG;
      case 0x00000004 -> NRBG;
      case 0x00000005 -> ANSI_X9_31;
      case 0x00000006 -> ANSI_X9_62;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Unspecified"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static RngAlgorithm fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Unspecified" -> UNSPECIFIED;
      case "FIPS186_2" -> FIPS_186_2;
      case "DRBG" -> DRBG;
      case "NRBG" -> NRBG;
      case "ANSIX9_31" -> ANSI_X9_31;
      case "ANSIX9_62" -> ANSI_X9_62;
      case null, default -> null;
    };
  }
}
