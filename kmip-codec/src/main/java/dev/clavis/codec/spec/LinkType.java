// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Link Type.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.28 Link Type Enumeration.
 */
public enum LinkType {
  /**
   * Certificate Link (0x00000101).
   *
   * <p>Since KMIP 1.0.
   */
  CERTIFICATE_LINK(0x00000101, "Certificate Link", "CertificateLink", KmipVersion.V1_0, null),

  /**
   * Public Key Link (0x00000102).
   *
   * <p>Since KMIP 1.0.
   */
  PUBLIC_KEY_LINK(0x00000102, "Public Key Link", "PublicKeyLink", KmipVersion.V1_0, null),

  /**
   * Private Key Link (0x00000103).
   *
   * <p>Since KMIP 1.0.
   */
  PRIVATE_KEY_LINK(0x00000103, "Private Key Link", "PrivateKeyLink", KmipVersion.V1_0, null),

  /**
   * Derivation Base Object Link (0x00000104).
   *
   * <p>Since KMIP 1.0.
   */
  DERIVATION_BASE_OBJECT_LINK(0x00000104, "Derivation Base Object Link", "DerivationBaseObjectLink", KmipVersion.V1_0, null),

  /**
   * Derived Key Link (0x00000105).
   *
   * <p>Since KMIP 1.0.
   */
  DERIVED_KEY_LINK(0x00000105, "Derived Key Link", "DerivedKeyLink", KmipVersion.V1_0, null),

  /**
   * Replacement Object Link (0x00000106).
   *
   * <p>Since KMIP 1.0.
   */
  REPLACEMENT_OBJECT_LINK(0x00000106, "Replacement Object Link", "ReplacementObjectLink", KmipVersion.V1_0, null),

  /**
   * Replaced Object Link (0x00000107).
   *
   * <p>Since KMIP 1.0.
   */
  REPLACED_OBJECT_LINK(0x00000107, "Replaced Object Link", "ReplacedObjectLink", KmipVersion.V1_0, null),

  /**
   * Parent Link (0x00000108).
   *
   * <p>Since KMIP 1.2.
   */
  PARENT_LINK(0x00000108, "Parent Link", "ParentLink", KmipVersion.V1_2, null),

  /**
   * Child Link (0x00000109).
   *
   * <p>Since KMIP 1.2.
   */
  CHILD_LINK(0x00000109, "Child Link", "ChildLink", KmipVersion.V1_2, null),

  /**
   * Previous Link (0x0000010A).
   *
   * <p>Since KMIP 1.2.
   */
  PREVIOUS_LINK(0x0000010A, "Previous Link", "PreviousLink", KmipVersion.V1_2, null),

  /**
   * Next Link (0x0000010B).
   *
   * <p>Since KMIP 1.2.
   */
  NEXT_LINK(0x0000010B, "Next Link", "NextLink", KmipVersion.V1_2, null),

  /**
   * PKCS#12 Certificate Link (0x0000010C).
   *
   * <p>Since KMIP 1.4.
   */
  PKCS_12_CERTIFICATE_LINK(0x0000010C, "PKCS#12 Certificate Link", "PKCS_12CertificateLink", KmipVersion.V1_4, null),

  /**
   * PKCS#12 Password Link (0x0000010D).
   *
   * <p>Since KMIP 1.4.
   */
  PKCS_12_PASSWORD_LINK(0x0000010D, "PKCS#12 Password Link", "PKCS_12PasswordLink", KmipVersion.V1_4, null),

  /**
   * Wrapping Key Link (0x0000010E).
   *
   * <p>Since KMIP 2.0.
   */
  WRAPPING_KEY_LINK(0x0000010E, "Wrapping Key Link", "WrappingKeyLink", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  LinkType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Certificate Link"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "CertificateLink"}.
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
  public static LinkType fromValue(int value) {
    return switch (value) {
      case 0x00000101 -> CERTIFICATE_LINK;
      case 0x00000102 -> PUBLIC_KEY_LINK;
      case 0x00000103 -> PRIVATE_KEY_LINK;
      case 0x00000104 -> DERIVATION_BASE_OBJECT_LINK;
      case 0x00000105 -> DERIVED_KEY_LINK;
      case 0x00000106 -> REPLACEMENT_OBJECT_LINK;
      case 0x00000107 -> REPLACED_OBJECT_LINK;
      case 0x00000108 -> PARENT_LINK;
      case 0x00000109 -> CHILD_LINK;
      case 0x0000010A -> PREVIOUS_LINK;
      case 0x0000010B -> NEXT_LINK;
      case 0x0000010C -> PKCS_12_CERTIFICATE_LINK;
      case 0x0000010D -> PKCS_12_PASSWORD_LINK;
      case 0x0000010E -> WRAPPING_KEY_LINK;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "CertificateLink"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static LinkType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "CertificateLink" -> CERTIFICATE_LINK;
      case "PublicKeyLink" -> PUBLIC_KEY_LINK;
      case "PrivateKeyLink" -> PRIVATE_KEY_LINK;
      case "DerivationBaseObjectLink" -> DERIVATION_BASE_OBJECT_LINK;
      case "DerivedKeyLink" -> DERIVED_KEY_LINK;
      case "ReplacementObjectLink" -> REPLACEMENT_OBJECT_LINK;
      case "ReplacedObjectLink" -> REPLACED_OBJECT_LINK;
      case "ParentLink" -> PARENT_LINK;
      case "ChildLink" -> CHILD_LINK;
      case "PreviousLink" -> PREVIOUS_LINK;
      case "NextLink" -> NEXT_LINK;
      case "PKCS_12CertificateLink" -> PKCS_12_CERTIFICATE_LINK;
      case "PKCS_12PasswordLink" -> PKCS_12_PASSWORD_LINK;
      case "WrappingKeyLink" -> WRAPPING_KEY_LINK;
      case null, default -> null;
    };
  }
}
