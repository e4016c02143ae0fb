// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Processing Stage.
 *
 * <p>Since KMIP 2.1. Spec: 2.1 §11.40 Processing Stage Enumeration.
 */
public enum ProcessingStage {
  /**
   * Submitted (0x00000001).
   *
   * <p>Since KMIP 2.1.
   */
  SUBMITTED(0x00000001, "Submitted", "Submitted", KmipVersion.V2_1, null),

  /**
   * In Process (0x00000002).
   *
   * <p>Since KMIP 2.1.
   */
  IN_PROCESS(0x00000002, "In Process", "InProcess", KmipVersion.V2_1, null),

  /**
   * Completed (0x00000003).
   *
   * <p>Since KMIP 2.1.
   */
  COMPLETED(0x00000003, "Completed", "Completed", KmipVersion.V2_1, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ProcessingStage(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Submitted"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Submitted"}.
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
  public static ProcessingStage fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> SUBMITTED;
      case 0x00000002 -> IN_PROCESS;
      case 0x00000003 -> COMPLETED;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Submitted"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ProcessingStage fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Submitted" -> SUBMITTED;
      case "InProcess" -> IN_PROCESS;
      case "Completed" -> COMPLETED;
      case null, default -> null;
    };
  }
}
