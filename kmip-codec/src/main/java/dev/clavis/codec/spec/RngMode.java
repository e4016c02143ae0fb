// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration RNG Mode.
 *
 * <p>Since KMIP 1.3. Spec: 2.1 §11.50 RNG Mode Enumeration.
 */
public enum RngMode {
  /**
   * Unspecified (0x00000001).
   *
   * <p>Since KMIP 1.3.
   */
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", KmipVersion.V1_3, null),

  /**
   * Shared Instantiation (0x00000002).
   *
   * <p>Since KMIP 1.3.
   */
  SHARED_INSTANTIATION(0x00000002, "Shared Instantiation", "SharedInstantiation", KmipVersion.V1_3, null),

  /**
   * Non-Shared Instantiation (0x00000003).
   *
   * <p>Since KMIP 1.3.
   */
  NON_SHARED_INSTANTIATION(0x00000003, "Non-Shared Instantiation", "NonSharedInstantiation", KmipVersion.V1_3, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  RngMode(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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
  public static RngMode fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> UNSPECIFIED;
      case 0x00000002 -> SHARED_INSTANTIATION;
      case 0x00000003 -> NON_SHARED_INSTANTIATION;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Unspecified"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static RngMode fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Unspecified" -> UNSPECIFIED;
      case "SharedInstantiation" -> SHARED_INSTANTIATION;
      case "NonSharedInstantiation" -> NON_SHARED_INSTANTIATION;
      case null, default -> null;
    };
  }
}
