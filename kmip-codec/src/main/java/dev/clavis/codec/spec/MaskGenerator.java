// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Mask Generator.
 *
 * <p>Since KMIP 1.4. Spec: 2.1 §11.30 Mask Generator Enumeration.
 */
public enum MaskGenerator {
  /**
   * MFG1 (0x00000001).
   *
   * <p>Since KMIP 1.4. Formerly written MGF1.
   */
  MFG1(0x00000001, "MFG1", "MGF1", KmipVersion.V1_4, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  MaskGenerator(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "MFG1"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "MGF1"}.
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
  public static MaskGenerator fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> MFG1;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "MGF1"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static MaskGenerator fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "MGF1" -> MFG1;
      case null, default -> null;
    };
  }
}
