// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Certificate Request Type.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.8 Certificate Request Type Enumeration.
 */
public enum CertificateRequestType {
  /**
   * CRMF (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  CRMF(0x00000001, "CRMF", "CRMF", KmipVersion.V1_0, null),

  /**
   * PKCS#10 (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  PKCS_10(0x00000002, "PKCS#10", "PKCS_10", KmipVersion.V1_0, null),

  /**
   * PEM (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  PEM(0x00000003, "PEM", "PEM", KmipVersion.V1_0, null),

  /**
   * PGP (0x00000004).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: deprecated; listed as (Reserved) from 2.0.
   */
  PGP(0x00000004, "PGP", "PGP", KmipVersion.V1_0, KmipVersion.V2_0);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  CertificateRequestType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "CRMF"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "CRMF"}.
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
  public static CertificateRequestType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> CRMF;
      case 0x00000002 -> PKCS_10;
      case 0x00000003 -> PEM;
      case 0x00000004 -> PGP;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "CRMF"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static CertificateRequestType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "CRMF" -> CRMF;
      case "PKCS_10" -> PKCS_10;
      case "PEM" -> PEM;
      case "PGP" -> PGP;
      case null, default -> null;
    };
  }
}
