// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Cancellation Result.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.7 Cancellation Result Enumeration.
 */
public enum CancellationResult {
  /**
   * Canceled (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  CANCELED(0x00000001, "Canceled", "Canceled", KmipVersion.V1_0, null),

  /**
   * Unable to Cancel (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  UNABLE_TO_CANCEL(0x00000002, "Unable to Cancel", "UnableToCancel", KmipVersion.V1_0, null),

  /**
   * Completed (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  COMPLETED(0x00000003, "Completed", "Completed", KmipVersion.V1_0, null),

  /**
   * Failed (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  FAILED(0x00000004, "Failed", "Failed", KmipVersion.V1_0, null),

  /**
   * Unavailable (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  UNAVAILABLE(0x00000005, "Unavailable", "Unavailable", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  CancellationResult(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Canceled"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Canceled"}.
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
  public static CancellationResult fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> CANCELED;
      case 0x00000002 -> UNABLE_TO_CANCEL;
      case 0x00000003 -> COMPLETED;
      case 0x00000004 -> FAILED;
      case 0x00000005 -> UNAVAILABLE;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Canceled"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static CancellationResult fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Canceled" -> CANCELED;
      case "UnableToCancel" -> UNABLE_TO_CANCEL;
      case "Completed" -> COMPLETED;
      case "Failed" -> FAILED;
      case "Unavailable" -> UNAVAILABLE;
      case null, default -> null;
    };
  }
}
