// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Digital Signature Algorithm.
 *
 * <p>Since KMIP 1.1. Spec: 2.1 §11.16 Digital Signature Algorithm Enumeration.
 */
public enum DigitalSignatureAlgorithm {
  /**
   * MD2 with RSA Encryption (0x00000001).
   *
   * <p>Since KMIP 1.1. Formerly written MD2 with RSA Encryption (PKCS#1 v1.5).
   */
  MD2_WITH_RSA_ENCRYPTION(0x00000001, "MD2 with RSA Encryption", "MD2WithRSAEncryption", KmipVersion.V1_1, null),

  /**
   * MD5 with RSA Encryption (0x00000002).
   *
   * <p>Since KMIP 1.1. Formerly written MD5 with RSA Encryption (PKCS#1 v1.5).
   */
  MD5_WITH_RSA_ENCRYPTION(0x00000002, "MD5 with RSA Encryption", "MD5WithRSAEncryption", KmipVersion.V1_1, null),

  /**
   * SHA-1 with RSA Encryption (0x00000003).
   *
   * <p>Since KMIP 1.1. Formerly written SHA-1 with RSA Encryption (PKCS#1 v1.5).
   */
  SHA_1_WITH_RSA_ENCRYPTION(0x00000003, "SHA-1 with RSA Encryption", "SHA_1WithRSAEncryption", KmipVersion.V1_1, null),

  /**
   * SHA-224 with RSA Encryption (0x00000004).
   *
   * <p>Since KMIP 1.1. Formerly written SHA-224 with RSA Encryption (PKCS#1 v1.5).
   */
  SHA_224_WITH_RSA_ENCRYPTION(0x00000004, "SHA-224 with RSA Encryption", "SHA_224WithRSAEncryption", KmipVersion.V1_1, null),

  /**
   * SHA-256 with RSA Encryption (0x00000005).
   *
   * <p>Since KMIP 1.1. Formerly written SHA-256 with RSA Encryption (PKCS#1 v1.5).
   */
  SHA_256_WITH_RSA_ENCRYPTION(0x00000005, "SHA-256 with RSA Encryption", "SHA_256WithRSAEncryption", KmipVersion.V1_1, null),

  /**
   * SHA-384 with RSA Encryption (0x00000006).
   *
   * <p>Since KMIP 1.1. Formerly written SHA-384 with RSA Encryption (PKCS#1 v1.5).
   */
  SHA_384_WITH_RSA_ENCRYPTION(0x00000006, "SHA-384 with RSA Encryption", "SHA_384WithRSAEncryption", KmipVersion.V1_1, null),

  /**
   * SHA-512 with RSA Encryption (0x00000007).
   *
   * <p>Since KMIP 1.1. Formerly written SHA-512 with RSA Encryption (PKCS#1 v1.5).
   */
  SHA_512_WITH_RSA_ENCRYPTION(0x00000007, "SHA-512 with RSA Encryption", "SHA_512WithRSAEncryption", KmipVersion.V1_1, null),

  /**
   * RSASSA-PSS (0x00000008).
   *
   * <p>Since KMIP 1.1. Formerly written RSASSA-PSS (PKCS#1 v2.1).
   */
  RSASSA_PSS(0x00000008, "RSASSA-PSS", "RSASSA_PSS", KmipVersion.V1_1, null),

  /**
   * DSA with SHA-1 (0x00000009).
   *
   * <p>Since KMIP 1.1.
   */
  DSA_WITH_SHA_1(0x00000009, "DSA with SHA-1", "DSAWithSHA_1", KmipVersion.V1_1, null),

  /**
   * DSA with SHA224 (0x0000000A).
   *
   * <p>Since KMIP 1.1.
   */
  DSA_WITH_SHA224(0x0000000A, "DSA with SHA224", "DSAWithSHA224", KmipVersion.V1_1, null),

  /**
   * DSA with SHA256 (0x0000000B).
   *
   * <p>Since KMIP 1.1.
   */
  DSA_WITH_SHA256(0x0000000B, "DSA with SHA256", "DSAWithSHA256", KmipVersion.V1_1, null),

  /**
   * ECDSA with SHA-1 (0x0000000C).
   *
   * <p>Since KMIP 1.1.
   */
  ECDSA_WITH_SHA_1(0x0000000C, "ECDSA with SHA-1", "ECDSAWithSHA_1", KmipVersion.V1_1, null),

  /**
   * ECDSA with SHA224 (0x0000000D).
   *
   * <p>Since KMIP 1.1.
   */
  ECDSA_WITH_SHA224(0x0000000D, "ECDSA with SHA224", "ECDSAWithSHA224", KmipVersion.V1_1, null),

  /**
   * ECDSA with SHA256 (0x0000000E).
   *
   * <p>Since KMIP 1.1.
   */
  ECDSA_WITH_SHA256(0x0000000E, "ECDSA with SHA256", "ECDSAWithSHA256", KmipVersion.V1_1, null),

  /**
   * ECDSA with SHA384 (0x0000000F).
   *
   * <p>Since KMIP 1.1.
   */
  ECDSA_WITH_SHA384(0x0000000F, "ECDSA with SHA384", "ECDSAWithSHA384", KmipVersion.V1_1, null),

  /**
   * ECDSA with SHA512 (0x00000010).
   *
   * <p>Since KMIP 1.1.
   */
  ECDSA_WITH_SHA512(0x00000010, "ECDSA with SHA512", "ECDSAWithSHA512", KmipVersion.V1_1, null),

  /**
   * SHA3-256 with RSA Encryption (0x00000011).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_256_WITH_RSA_ENCRYPTION(0x00000011, "SHA3-256 with RSA Encryption", "SHA3_256WithRSAEncryption", KmipVersion.V1_4, null),

  /**
   * SHA3-384 with RSA Encryption (0x00000012).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_384_WITH_RSA_ENCRYPTION(0x00000012, "SHA3-384 with RSA Encryption", "SHA3_384WithRSAEncryption", KmipVersion.V1_4, null),

  /**
   * SHA3-512 with RSA Encryption (0x00000013).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_512_WITH_RSA_ENCRYPTION(0x00000013, "SHA3-512 with RSA Encryption", "SHA3_512WithRSAEncryption", KmipVersion.V1_4, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  DigitalSignatureAlgorithm(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "MD2 with RSA Encryption"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "MD2WithRSAEncryption"}.
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
  public static DigitalSignatureAlgorithm fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> MD2_WITH_RSA_ENCRYPTION;
      case 0x00000002 -> MD5_WITH_RSA_ENCRYPTION;
      case 0x00000003 -> SHA_1_WITH_RSA_ENCRYPTION;
      case 0x00000004 -> SHA_224_WITH_RSA_ENCRYPTION;
      case 0x00000005 -> SHA_256_WITH_RSA_ENCRYPTION;
      case 0x00000006 -> SHA_384_WITH_RSA_ENCRYPTION;
      case 0x00000007 -> SHA_512_WITH_RSA_ENCRYPTION;
      case 0x00000008 -> RSASSA_PSS;
      case 0x00000009 -> DSA_WITH_SHA_1;
      case 0x0000000A -> DSA_WITH_SHA224;
      case 0x0000000B -> DSA_WITH_SHA256;
      case 0x0000000C -> ECDSA_WITH_SHA_1;
      case 0x0000000D -> ECDSA_WITH_SHA224;
      case 0x0000000E -> ECDSA_WITH_SHA256;
      case 0x0000000F -> ECDSA_WITH_SHA384;
      case 0x00000010 -> ECDSA_WITH_SHA512;
      case 0x00000011 -> SHA3_256_WITH_RSA_ENCRYPTION;
      case 0x00000012 -> SHA3_384_WITH_RSA_ENCRYPTION;
      case 0x00000013 -> SHA3_512_WITH_RSA_ENCRYPTION;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "MD2WithRSAEncryption"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static DigitalSignatureAlgorithm fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "MD2WithRSAEncryption" -> MD2_WITH_RSA_ENCRYPTION;
      case "MD5WithRSAEncryption" -> MD5_WITH_RSA_ENCRYPTION;
      case "SHA_1WithRSAEncryption" -> SHA_1_WITH_RSA_ENCRYPTION;
      case "SHA_224WithRSAEncryption" -> SHA_224_WITH_RSA_ENCRYPTION;
      case "SHA_256WithRSAEncryption" -> SHA_256_WITH_RSA_ENCRYPTION;
      case "SHA_384WithRSAEncryption" -> SHA_384_WITH_RSA_ENCRYPTION;
      case "SHA_512WithRSAEncryption" -> SHA_512_WITH_RSA_ENCRYPTION;
      case "RSASSA_PSS" -> RSASSA_PSS;
      case "DSAWithSHA_1" -> DSA_WITH_SHA_1;
      case "DSAWithSHA224" -> DSA_WITH_SHA224;
      case "DSAWithSHA256" -> DSA_WITH_SHA256;
      case "ECDSAWithSHA_1" -> ECDSA_WITH_SHA_1;
      case "ECDSAWithSHA224" -> ECDSA_WITH_SHA224;
      case "ECDSAWithSHA256" -> ECDSA_WITH_SHA256;
      case "ECDSAWithSHA384" -> ECDSA_WITH_SHA384;
      case "ECDSAWithSHA512" -> ECDSA_WITH_SHA512;
      case "SHA3_256WithRSAEncryption" -> SHA3_256_WITH_RSA_ENCRYPTION;
      case "SHA3_384WithRSAEncryption" -> SHA3_384_WITH_RSA_ENCRYPTION;
      case "SHA3_512WithRSAEncryption" -> SHA3_512_WITH_RSA_ENCRYPTION;
      case null, default -> null;
    };
  }
}
