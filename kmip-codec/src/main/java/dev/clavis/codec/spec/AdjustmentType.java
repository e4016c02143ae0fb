// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Adjustment Type.
 *
 * <p>Since KMIP 2.0. Spec: 2.1 §11.1 Adjustment Type Enumeration.
 */
public enum AdjustmentType {
  /**
   * Increment (0x00000001).
   *
   * <p>Since KMIP 2.0.
   */
  INCREMENT(0x00000001, "Increment", "Increment", KmipVersion.V2_0, null),

  /**
   * Decrement (0x00000002).
   *
   * <p>Since KMIP 2.0.
   */
  DECREMENT(0x00000002, "Decrement", "Decrement", KmipVersion.V2_0, null),

  /**
   * Negate (0x00000003).
   *
   * <p>Since KMIP 2.0.
   */
  NEGATE(0x00000003, "Negate", "Negate", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  AdjustmentType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Increment"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Increment"}.
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
  public static AdjustmentType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> INCREMENT;
      case 0x00000002 -> DECREMENT;
      case 0x00000003 -> NEGATE;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Increment"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static AdjustmentType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Increment" -> INCREMENT;
      case "Decrement" -> DECREMENT;
      case "Negate" -> NEGATE;
      case null, default -> null;
    };
  }
}
