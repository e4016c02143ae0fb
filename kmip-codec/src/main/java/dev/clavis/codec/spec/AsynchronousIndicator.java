// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Asynchronous Indicator.
 *
 * <p>Since KMIP 2.0. Spec: 2.1 §11.3 Asynchronous Indicator Enumeration.
 */
public enum AsynchronousIndicator {
  /**
   * Mandatory (0x00000001).
   *
   * <p>Since KMIP 2.0.
   */
  MANDATORY(0x00000001, "Mandatory", "Mandatory", KmipVersion.V2_0, null),

  /**
   * Optional (0x00000002).
   *
   * <p>Since KMIP 2.0.
   */
  OPTIONAL(0x00000002, "Optional", "Optional", KmipVersion.V2_0, null),

  /**
   * Prohibited (0x00000003).
   *
   * <p>Since KMIP 2.0.
   */
  PROHIBITED(0x00000003, "Prohibited", "Prohibited", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  AsynchronousIndicator(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Mandatory"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Mandatory"}.
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
  public static AsynchronousIndicator fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> MANDATORY;
      case 0x00000002 -> OPTIONAL;
      case 0x00000003 -> PROHIBITED;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Mandatory"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static AsynchronousIndicator fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Mandatory" -> MANDATORY;
      case "Optional" -> OPTIONAL;
      case "Prohibited" -> PROHIBITED;
      case null, default -> null;
    };
  }
}
