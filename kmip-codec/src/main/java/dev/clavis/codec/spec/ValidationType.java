// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Validation Type.
 *
 * <p>Since KMIP 1.3. Spec: 2.1 §11.64 Validation Type Enumeration.
 */
public enum ValidationType {
  /**
   * Unspecified (0x00000001).
   *
   * <p>Since KMIP 1.3.
   */
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", KmipVersion.V1_3, null),

  /**
   * Hardware (0x00000002).
   *
   * <p>Since KMIP 1.3.
   */
  HARDWARE(0x00000002, "Hardware", "Hardware", KmipVersion.V1_3, null),

  /**
   * Software (0x00000003).
   *
   * <p>Since KMIP 1.3.
   */
  SOFTWARE(0x00000003, "Software", "Software", KmipVersion.V1_3, null),

  /**
   * Firmware (0x00000004).
   *
   * <p>Since KMIP 1.3.
   */
  FIRMWARE(0x00000004, "Firmware", "Firmware", KmipVersion.V1_3, null),

  /**
   * Hybrid (0x00000005).
   *
   * <p>Since KMIP 1.3.
   */
  HYBRID(0x00000005, "Hybrid", "Hybrid", KmipVersion.V1_3, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ValidationType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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
  public static ValidationType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> UNSPECIFIED;
      case 0x00000002 -> HARDWARE;
      case 0x00000003 -> SOFTWARE;
      case 0x00000004 -> FIRMWARE;
      case 0x00000005 -> HYBRID;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Unspecified"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ValidationType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Unspecified" -> UNSPECIFIED;
      case "Hardware" -> HARDWARE;
      case "Software" -> SOFTWARE;
      case "Firmware" -> FIRMWARE;
      case "Hybrid" -> HYBRID;
      case null, default -> null;
    };
  }
}
