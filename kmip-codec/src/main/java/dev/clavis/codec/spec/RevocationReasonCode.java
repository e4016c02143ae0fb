// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Revocation Reason Code.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.48 Revocation Reason Code Enumeration.
 */
public enum RevocationReasonCode {
  /**
   * Unspecified (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", KmipVersion.V1_0, null),

  /**
   * Key Compromise (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  KEY_COMPROMISE(0x00000002, "Key Compromise", "KeyCompromise", KmipVersion.V1_0, null),

  /**
   * CA Compromise (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  CA_COMPROMISE(0x00000003, "CA Compromise", "CACompromise", KmipVersion.V1_0, null),

  /**
   * Affiliation Changed (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  AFFILIATION_CHANGED(0x00000004, "Affiliation Changed", "AffiliationChanged", KmipVersion.V1_0, null),

  /**
   * Superseded (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  SUPERSEDED(0x00000005, "Superseded", "Superseded", KmipVersion.V1_0, null),

  /**
   * Cessation of Operation (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  CESSATION_OF_OPERATION(0x00000006, "Cessation of Operation", "CessationOfOperation", KmipVersion.V1_0, null),

  /**
   * Privilege Withdrawn (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  PRIVILEGE_WITHDRAWN(0x00000007, "Privilege Withdrawn", "PrivilegeWithdrawn", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  RevocationReasonCode(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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
  public static RevocationReasonCode fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> UNSPECIFIED;
      case 0x00000002 -> KEY_COMPROMISE;
      case 0x00000003 -> CA_COMPROMISE;
      case 0x00000004 -> AFFILIATION_CHANGED;
      case 0x00000005 -> SUPERSEDED;
      case 0x00000006 -> CESSATION_OF_OPERATION;
      case 0x00000007 -> PRIVILEGE_WITHDRAWN;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Unspecified"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static RevocationReasonCode fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Unspecified" -> UNSPECIFIED;
      case "KeyCompromise" -> KEY_COMPROMISE;
      case "CACompromise" -> CA_COMPROMISE;
      case "AffiliationChanged" -> AFFILIATION_CHANGED;
      case "Superseded" -> SUPERSEDED;
      case "CessationOfOperation" -> CESSATION_OF_OPERATION;
      case "PrivilegeWithdrawn" -> PRIVILEGE_WITHDRAWN;
      case null, default -> null;
    };
  }
}
