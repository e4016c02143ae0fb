// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration NIST Key Type.
 *
 * <p>Since KMIP 2.0. Spec: 2.1 §11.32 NIST Key Type Enumeration.
 */
public enum NistKeyType {
  /**
   * Private signature key (0x00000001).
   *
   * <p>Since KMIP 2.0.
   */
  PRIVATE_SIGNATURE_KEY(0x00000001, "Private signature key", "PrivateSignatureKey", KmipVersion.V2_0, null),

  /**
   * Public signature verification key (0x00000002).
   *
   * <p>Since KMIP 2.0.
   */
  PUBLIC_SIGNATURE_VERIFICATION_KEY(0x00000002, "Public signature verification key", "PublicSignatureVerificationKey", KmipVersion.V2_0, null),

  /**
   * Symmetric authentication key (0x00000003).
   *
   * <p>Since KMIP 2.0.
   */
  SYMMETRIC_AUTHENTICATION_KEY(0x00000003, "Symmetric authentication key", "SymmetricAuthenticationKey", KmipVersion.V2_0, null),

  /**
   * Private authentication key (0x00000004).
   *
   * <p>Since KMIP 2.0.
   */
  PRIVATE_AUTHENTICATION_KEY(0x00000004, "Private authentication key", "PrivateAuthenticationKey", KmipVersion.V2_0, null),

  /**
   * Public authentication key (0x00000005).
   *
   * <p>Since KMIP 2.0.
   */
  PUBLIC_AUTHENTICATION_KEY(0x00000005, "Public authentication key", "PublicAuthenticationKey", KmipVersion.V2_0, null),

  /**
   * Symmetric data encryption key (0x00000006).
   *
   * <p>Since KMIP 2.0.
   */
  SYMMETRIC_DATA_ENCRYPTION_KEY(0x00000006, "Symmetric data encryption key", "SymmetricDataEncryptionKey", KmipVersion.V2_0, null),

  /**
   * Symmetric key wrapping key (0x00000007).
   *
   * <p>Since KMIP 2.0.
   */
  SYMMETRIC_KEY_WRAPPING_KEY(0x00000007, "Symmetric key wrapping key", "SymmetricKeyWrappingKey", KmipVersion.V2_0, null),

  /**
   * Symmetric random number generation key (0x00000008).
   *
   * <p>Since KMIP 2.0.
   */
  SYMMETRIC_RANDOM_NUMBER_GENERATION_KEY(0x00000008, "Symmetric random number generation key", "SymmetricRandomNumberGenerationKey", KmipVersion.V2_0, null),

  /**
   * Symmetric master key (0x00000009).
   *
   * <p>Since KMIP 2.0.
   */
  SYMMETRIC_MASTER_KEY(0x00000009, "Symmetric master key", "SymmetricMasterKey", KmipVersion.V2_0, null),

  /**
   * Private key transport key (0x0000000A).
   *
   * <p>Since KMIP 2.0.
   */
  PRIVATE_KEY_TRANSPORT_KEY(0x0000000A, "Private key transport key", "PrivateKeyTransportKey", KmipVersion.V2_0, null),

  /**
   * Public key transport key (0x0000000B).
   *
   * <p>Since KMIP 2.0.
   */
  PUBLIC_KEY_TRANSPORT_KEY(0x0000000B, "Public key transport key", "PublicKeyTransportKey", KmipVersion.V2_0, null),

  /**
   * Symmetric key agreement key (0x0000000C).
   *
   * <p>Since KMIP 2.0.
   */
  SYMMETRIC_KEY_AGREEMENT_KEY(0x0000000C, "Symmetric key agreement key", "SymmetricKeyAgreementKey", KmipVersion.V2_0, null),

  /**
   * Private static key agreement key (0x0000000D).
   *
   * <p>Since KMIP 2.0.
   */
  PRIVATE_STATIC_KEY_AGREEMENT_KEY(0x0000000D, "Private static key agreement key", "PrivateStaticKeyAgreementKey", KmipVersion.V2_0, null),

  /**
   * Public static key agreement key (0x0000000E).
   *
   * <p>Since KMIP 2.0.
   */
  PUBLIC_STATIC_KEY_AGREEMENT_KEY(0x0000000E, "Public static key agreement key", "PublicStaticKeyAgreementKey", KmipVersion.V2_0, null),

  /**
   * Private ephemeral key agreement key (0x0000000F).
   *
   * <p>Since KMIP 2.0.
   */
  PRIVATE_EPHEMERAL_KEY_AGREEMENT_KEY(0x0000000F, "Private ephemeral key agreement key", "PrivateEphemeralKeyAgreementKey", KmipVersion.V2_0, null),

  /**
   * Public ephemeral key agreement key (0x00000010).
   *
   * <p>Since KMIP 2.0.
   */
  PUBLIC_EPHEMERAL_KEY_AGREEMENT_KEY(0x00000010, "Public ephemeral key agreement key", "PublicEphemeralKeyAgreementKey", KmipVersion.V2_0, null),

  /**
   * Symmetric authorization key (0x00000011).
   *
   * <p>Since KMIP 2.0.
   */
  SYMMETRIC_AUTHORIZATION_KEY(0x00000011, "Symmetric authorization key", "SymmetricAuthorizationKey", KmipVersion.V2_0, null),

  /**
   * Private authorization key (0x00000012).
   *
   * <p>Since KMIP 2.0.
   */
  PRIVATE_AUTHORIZATION_KEY(0x00000012, "Private authorization key", "PrivateAuthorizationKey", KmipVersion.V2_0, null),

  /**
   * Public authorization key (0x00000013).
   *
   * <p>Since KMIP 2.0.
   */
  PUBLIC_AUTHORIZATION_KEY(0x00000013, "Public authorization key", "PublicAuthorizationKey", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  NistKeyType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Private signature key"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "PrivateSignatureKey"}.
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
  public static NistKeyType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> PRIVATE_SIGNATURE_KEY;
      case 0x00000002 -> PUBLIC_SIGNATURE_VERIFICATION_KEY;
      case 0x00000003 -> SYMMETRIC_AUTHENTICATION_KEY;
      case 0x00000004 -> PRIVATE_AUTHENTICATION_KEY;
      case 0x00000005 -> PUBLIC_AUTHENTICATION_KEY;
      case 0x00000006 -> SYMMETRIC_DATA_ENCRYPTION_KEY;
      case 0x00000007 -> SYMMETRIC_KEY_WRAPPING_KEY;
      case 0x00000008 -> SYMMETRIC_RANDOM_NUMBER_GENERATION_KEY;
      case 0x00000009 -> SYMMETRIC_MASTER_KEY;
      case 0x0000000A -> PRIVATE_KEY_TRANSPORT_KEY;
      case 0x0000000B -> PUBLIC_KEY_TRANSPORT_KEY;
      case 0x0000000C -> SYMMETRIC_KEY_AGREEMENT_KEY;
      case 0x0000000D -> PRIVATE_STATIC_KEY_AGREEMENT_KEY;
      case 0x0000000E -> PUBLIC_STATIC_KEY_AGREEMENT_KEY;
      case 0x0000000F -> PRIVATE_EPHEMERAL_KEY_AGREEMENT_KEY;
      case 0x00000010 -> PUBLIC_EPHEMERAL_KEY_AGREEMENT_KEY;
      case 0x00000011 -> SYMMETRIC_AUTHORIZATION_KEY;
      case 0x00000012 -> PRIVATE_AUTHORIZATION_KEY;
      case 0x00000013 -> PUBLIC_AUTHORIZATION_KEY;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "PrivateSignatureKey"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static NistKeyType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "PrivateSignatureKey" -> PRIVATE_SIGNATURE_KEY;
      case "PublicSignatureVerificationKey" -> PUBLIC_SIGNATURE_VERIFICATION_KEY;
      case "SymmetricAuthenticationKey" -> SYMMETRIC_AUTHENTICATION_KEY;
      case "PrivateAuthenticationKey" -> PRIVATE_AUTHENTICATION_KEY;
      case "PublicAuthenticationKey" -> PUBLIC_AUTHENTICATION_KEY;
      case "SymmetricDataEncryptionKey" -> SYMMETRIC_DATA_ENCRYPTION_KEY;
      case "SymmetricKeyWrappingKey" -> SYMMETRIC_KEY_WRAPPING_KEY;
      case "SymmetricRandomNumberGenerationKey" -> SYMMETRIC_RANDOM_NUMBER_GENERATION_KEY;
      case "SymmetricMasterKey" -> SYMMETRIC_MASTER_KEY;
      case "PrivateKeyTransportKey" -> PRIVATE_KEY_TRANSPORT_KEY;
      case "PublicKeyTransportKey" -> PUBLIC_KEY_TRANSPORT_KEY;
      case "SymmetricKeyAgreementKey" -> SYMMETRIC_KEY_AGREEMENT_KEY;
      case "PrivateStaticKeyAgreementKey" -> PRIVATE_STATIC_KEY_AGREEMENT_KEY;
      case "PublicStaticKeyAgreementKey" -> PUBLIC_STATIC_KEY_AGREEMENT_KEY;
      case "PrivateEphemeralKeyAgreementKey" -> PRIVATE_EPHEMERAL_KEY_AGREEMENT_KEY;
      case "PublicEphemeralKeyAgreementKey" -> PUBLIC_EPHEMERAL_KEY_AGREEMENT_KEY;
      case "SymmetricAuthorizationKey" -> SYMMETRIC_AUTHORIZATION_KEY;
      case "PrivateAuthorizationKey" -> PRIVATE_AUTHORIZATION_KEY;
      case "PublicAuthorizationKey" -> PUBLIC_AUTHORIZATION_KEY;
      case null, default -> null;
    };
  }
}
