// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Batch Error Continuation Option.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.5 Batch Error Continuation Option Enumeration.
 */
public enum BatchErrorContinuationOption {
  /**
   * Continue (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  CONTINUE(0x00000001, "Continue", "Continue", KmipVersion.V1_0, null),

  /**
   * Stop (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  STOP(0x00000002, "Stop", "Stop", KmipVersion.V1_0, null),

  /**
   * Undo (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  UNDO(0x00000003, "Undo", "Undo", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  BatchErrorContinuationOption(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Continue"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Continue"}.
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
  public static BatchErrorContinuationOption fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> CONTINUE;
      case 0x00000002 -> STOP;
      case 0x00000003 -> UNDO;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Continue"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static BatchErrorContinuationOption fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Continue" -> CONTINUE;
      case "Stop" -> STOP;
      case "Undo" -> UNDO;
      case null, default -> null;
    };
  }
}
