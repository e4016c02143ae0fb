// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration FIPS186 Variation.
 *
 * <p>Since KMIP 1.3. Spec: 2.1 §11.20 FIPS186 Variation Enumeration.
 */
public enum Fips186Variation {
  /**
   * Unspecified (0x00000001).
   *
   * <p>Since KMIP 1.3.
   */
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", KmipVersion.V1_3, null),

  /**
   * GP x-Original (0x00000002).
   *
   * <p>Since KMIP 1.3.
   */
  GP_X_ORIGINAL(0x00000002, "GP x-Original", "GPXOriginal", KmipVersion.V1_3, null),

  /**
   * GP x-Change Notice (0x00000003).
   *
   * <p>Since KMIP 1.3.
   */
  GP_X_CHANGE_NOTICE(0x00000003, "GP x-Change Notice", "GPXChangeNotice", KmipVersion.V1_3, null),

  /**
   * x-Original (0x00000004).
   *
   * <p>Since KMIP 1.3.
   */
  X_ORIGINAL(0x00000004, "x-Original", "XOriginal", KmipVersion.V1_3, null),

  /**
   * x-Change Notice (0x00000005).
   *
   * <p>Since KMIP 1.3.
   */
  X_CHANGE_NOTICE(0x00000005, "x-Change Notice", "XChangeNotice", KmipVersion.V1_3, null),

  /**
   * k-Original (0x00000006).
   *
   * <p>Since KMIP 1.3.
   */
  K_ORIGINAL(0x00000006, "k-Original", "KOriginal", KmipVersion.V1_3, null),

  /**
   * k-Change Notice (0x00000007).
   *
   * <p>Since KMIP 1.3.
   */
  K_CHANGE_NOTICE(0x00000007, "k-Change Notice", "KChangeNotice", KmipVersion.V1_3, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  Fips186Variation(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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
  public static Fips186Variation fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> UNSPECIFIED;
      case 0x00000002 -> GP_X_ORIGINAL;
      case 0x00000003 -> GP_X_CHANGE_NOTICE;
      case 0x00000004 -> X_ORIGINAL;
      case 0x00000005 -> X_CHANGE_NOTICE;
      case 0x00000006 -> K_ORIGINAL;
      case 0x00000007 -> K_CHANGE_NOTICE;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Unspecified"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static Fips186Variation fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Unspecified" -> UNSPECIFIED;
      case "GPXOriginal" -> GP_X_ORIGINAL;
      case "GPXChangeNotice" -> GP_X_CHANGE_NOTICE;
      case "XOriginal" -> X_ORIGINAL;
      case "XChangeNotice" -> X_CHANGE_NOTICE;
      case "KOriginal" -> K_ORIGINAL;
      case "KChangeNotice" -> K_CHANGE_NOTICE;
      case null, default -> null;
    };
  }
}
