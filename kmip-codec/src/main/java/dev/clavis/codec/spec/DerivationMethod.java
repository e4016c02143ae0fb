// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Derivation Method.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.14 Derivation Method Enumeration.
 */
public enum DerivationMethod {
  /**
   * PBKDF2 (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  PBKDF2(0x00000001, "PBKDF2", "PBKDF2", KmipVersion.V1_0, null),

  /**
   * HASH (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  HASH(0x00000002, "HASH", "HASH", KmipVersion.V1_0, null),

  /**
   * HMAC (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  HMAC(0x00000003, "HMAC", "HMAC", KmipVersion.V1_0, null),

  /**
   * ENCRYPT (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  ENCRYPT(0x00000004, "ENCRYPT", "ENCRYPT", KmipVersion.V1_0, null),

  /**
   * NIST800-108-C (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  NIST800_108_C(0x00000005, "NIST800-108-C", "NIST800_108_C", KmipVersion.V1_0, null),

  /**
   * NIST800-108-F (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  NIST800_108_F(0x00000006, "NIST800-108-F", "NIST800_108_F", KmipVersion.V1_0, null),

  /**
   * NIST800-108-DPI (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  NIST800_108_DPI(0x00000007, "NIST800-108-DPI", "NIST800_108_DPI", KmipVersion.V1_0, null),

  /**
   * Asymmetric Key (0x00000008).
   *
   * <p>Since KMIP 1.4.
   */
  ASYMMETRIC_KEY(0x00000008, "Asymmetric Key", "AsymmetricKey", KmipVersion.V1_4, null),

  /**
   * AWS Signature Version 4 (0x00000009).
   *
   * <p>Since KMIP 2.0.
   */
  AWS_SIGNATURE_VERSION_4(0x00000009, "AWS Signature Version 4", "AWSSignatureVersion4", KmipVersion.V2_0, null),

  /**
   * HKDF (0x0000000A).
   *
   * <p>Since KMIP 2.0.
   */
  HKDF(0x0000000A, "HKDF", "HKDF", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  DerivationMethod(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "PBKDF2"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "PBKDF2"}.
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
  public static DerivationMethod fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> PBKDF2;
      case 0x00000002 -> HASH;
      case 0x00000003 -> HMAC;
      case 0x00000004 -> ENCRYPT;
      case 0x00000005 -> NIST800_108_C;
      case 0x00000006 -> NIST800_108_F;
      case 0x00000007 -> NIST800_108_DPI;
      case 0x00000008 -> ASYMMETRIC_KEY;
      case 0x00000009 -> AWS_SIGNATURE_VERSION_4;
      case 0x0000000A -> HKDF;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "PBKDF2"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static DerivationMethod fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "PBKDF2" -> PBKDF2;
      case "HASH" -> HASH;
      case "HMAC" -> HMAC;
      case "ENCRYPT" -> ENCRYPT;
      case "NIST800_108_C" -> NIST800_108_C;
      case "NIST800_108_F" -> NIST800_108_F;
      case "NIST800_108_DPI" -> NIST800_108_DPI;
      case "AsymmetricKey" -> ASYMMETRIC_KEY;
      case "AWSSignatureVersion4" -> AWS_SIGNATURE_VERSION_4;
      case "HKDF" -> HKDF;
      case null, default -> null;
    };
  }
}
