// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Credential Type.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.11 Credential Type Enumeration.
 */
public enum CredentialType {
  /**
   * Username and Password (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  USERNAME_AND_PASSWORD(0x00000001, "Username and Password", "UsernameAndPassword", KmipVersion.V1_0, null),

  /**
   * Device (0x00000002).
   *
   * <p>Since KMIP 1.1.
   */
  DEVICE(0x00000002, "Device", "Device", KmipVersion.V1_1, null),

  /**
   * Attestation (0x00000003).
   *
   * <p>Since KMIP 1.2.
   */
  ATTESTATION(0x00000003, "Attestation", "Attestation", KmipVersion.V1_2, null),

  /**
   * One Time Password (0x00000004).
   *
   * <p>Since KMIP 2.0.
   */
  ONE_TIME_PASSWORD(0x00000004, "One Time Password", "OneTimePassword", KmipVersion.V2_0, null),

  /**
   * Hashed Password (0x00000005).
   *
   * <p>Since KMIP 2.0.
   */
  HASHED_PASSWORD(0x00000005, "Hashed Password", "HashedPassword", KmipVersion.V2_0, null),

  /**
   * Ticket (0x00000006).
   *
   * <p>Since KMIP 2.0.
   */
  TICKET(0x00000006, "Ticket", "Ticket", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  CredentialType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Username and Password"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "UsernameAndPassword"}.
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
  public static CredentialType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> USERNAME_AND_PASSWORD;
      case 0x00000002 -> DEVICE;
      case 0x00000003 -> ATTESTATION;
      case 0x00000004 -> ONE_TIME_PASSWORD;
      case 0x00000005 -> HASHED_PASSWORD;
      case 0x00000006 -> TICKET;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "UsernameAndPassword"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static CredentialType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "UsernameAndPassword" -> USERNAME_AND_PASSWORD;
      case "Device" -> DEVICE;
      case "Attestation" -> ATTESTATION;
      case "OneTimePassword" -> ONE_TIME_PASSWORD;
      case "HashedPassword" -> HASHED_PASSWORD;
      case "Ticket" -> TICKET;
      case null, default -> null;
    };
  }
}
