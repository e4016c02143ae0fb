// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Result Status.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.47 Result Status Enumeration.
 */
public enum ResultStatus {
  /**
   * Success (0x00000000).
   *
   * <p>Since KMIP 1.0.
   */
  SUCCESS(0x00000000, "Success", "Success", KmipVersion.V1_0, null),

  /**
   * Operation Failed (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  OPERATION_FAILED(0x00000001, "Operation Failed", "OperationFailed", KmipVersion.V1_0, null),

  /**
   * Operation Pending (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  OPERATION_PENDING(0x00000002, "Operation Pending", "OperationPending", KmipVersion.V1_0, null),

  /**
   * Operation Undone (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  OPERATION_UNDONE(0x00000003, "Operation Undone", "OperationUndone", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ResultStatus(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Success"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Success"}.
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
  public static ResultStatus fromValue(int value) {
    return switch (value) {
      case 0x00000000 -> SUCCESS;
      case 0x00000001 -> OPERATION_FAILED;
      case 0x00000002 -> OPERATION_PENDING;
      case 0x00000003 -> OPERATION_UNDONE;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Success"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ResultStatus fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Success" -> SUCCESS;
      case "OperationFailed" -> OPERATION_FAILED;
      case "OperationPending" -> OPERATION_PENDING;
      case "OperationUndone" -> OPERATION_UNDONE;
      case null, default -> null;
    };
  }
}
