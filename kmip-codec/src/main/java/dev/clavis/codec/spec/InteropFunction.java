// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Interop Function.
 *
 * <p>Since KMIP 2.0. Spec: 2.1 §11.22 Interop Function Enumeration.
 */
public enum InteropFunction {
  /**
   * Begin (0x00000001).
   *
   * <p>Since KMIP 2.0.
   */
  BEGIN(0x00000001, "Begin", "Begin", KmipVersion.V2_0, null),

  /**
   * End (0x00000002).
   *
   * <p>Since KMIP 2.0.
   */
  END(0x00000002, "End", "End", KmipVersion.V2_0, null),

  /**
   * Reset (0x00000003).
   *
   * <p>Since KMIP 2.0.
   */
  RESET(0x00000003, "Reset", "Reset", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  InteropFunction(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Begin"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Begin"}.
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
  public static InteropFunction fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> BEGIN;
      case 0x00000002 -> END;
      case 0x00000003 -> RESET;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Begin"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static InteropFunction fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Begin" -> BEGIN;
      case "End" -> END;
      case "Reset" -> RESET;
      case null, default -> null;
    };
  }
}
