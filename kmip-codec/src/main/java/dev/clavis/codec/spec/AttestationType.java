// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Attestation Type.
 *
 * <p>Since KMIP 1.2. Spec: 2.1 §11.4 Attestation Type Enumeration.
 */
public enum AttestationType {
  /**
   * TPM Quote (0x00000001).
   *
   * <p>Since KMIP 1.2.
   */
  TPM_QUOTE(0x00000001, "TPM Quote", "TPMQuote", KmipVersion.V1_2, null),

  /**
   * TCG Integrity Report (0x00000002).
   *
   * <p>Since KMIP 1.2.
   */
  TCG_INTEGRITY_REPORT(0x00000002, "TCG Integrity Report", "TCGIntegrityReport", KmipVersion.V1_2, null),

  /**
   * SAML Assertion (0x00000003).
   *
   * <p>Since KMIP 1.2.
   */
  SAML_ASSERTION(0x00000003, "SAML Assertion", "SAMLAssertion", KmipVersion.V1_2, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  AttestationType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "TPM Quote"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "TPMQuote"}.
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
  public static AttestationType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> TPM_QUOTE;
      case 0x00000002 -> TCG_INTEGRITY_REPORT;
      case 0x00000003 -> SAML_ASSERTION;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "TPMQuote"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static AttestationType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "TPMQuote" -> TPM_QUOTE;
      case "TCGIntegrityReport" -> TCG_INTEGRITY_REPORT;
      case "SAMLAssertion" -> SAML_ASSERTION;
      case null, default -> null;
    };
  }
}
