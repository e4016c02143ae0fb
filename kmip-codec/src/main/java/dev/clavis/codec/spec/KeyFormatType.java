// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Key Format Type.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.25 Key Format Type Enumeration.
 */
public enum KeyFormatType {
  /**
   * Raw (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  RAW(0x00000001, "Raw", "Raw", KmipVersion.V1_0, null),

  /**
   * Opaque (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  OPAQUE(0x00000002, "Opaque", "Opaque", KmipVersion.V1_0, null),

  /**
   * PKCS#1 (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  PKCS_1(0x00000003, "PKCS#1", "PKCS_1", KmipVersion.V1_0, null),

  /**
   * PKCS#8 (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  PKCS_8(0x00000004, "PKCS#8", "PKCS_8", KmipVersion.V1_0, null),

  /**
   * X.509 (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  X_509(0x00000005, "X.509", "X_509", KmipVersion.V1_0, null),

  /**
   * ECPrivateKey (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  ECPRIVATEKEY(0x00000006, "ECPrivateKey", "ECPrivateKey", KmipVersion.V1_0, null),

  /**
   * Transparent Symmetric Key (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  TRANSPARENT_SYMMETRIC_KEY(0x00000007, "Transparent Symmetric Key", "TransparentSymmetricKey", KmipVersion.V1_0, null),

  /**
   * Transparent DSA Private Key (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  TRANSPARENT_DSA_PRIVATE_KEY(0x00000008, "Transparent DSA Private Key", "TransparentDSAPrivateKey", KmipVersion.V1_0, null),

  /**
   * Transparent DSA Public Key (0x00000009).
   *
   * <p>Since KMIP 1.0.
   */
  TRANSPARENT_DSA_PUBLIC_KEY(0x00000009, "Transparent DSA Public Key", "TransparentDSAPublicKey", KmipVersion.V1_0, null),

  /**
   * Transparent RSA Private Key (0x0000000A).
   *
   * <p>Since KMIP 1.0.
   */
  TRANSPARENT_RSA_PRIVATE_KEY(0x0000000A, "Transparent RSA Private Key", "TransparentRSAPrivateKey", KmipVersion.V1_0, null),

  /**
   * Transparent RSA Public Key (0x0000000B).
   *
   * <p>Since KMIP 1.0.
   */
  TRANSPARENT_RSA_PUBLIC_KEY(0x0000000B, "Transparent RSA Public Key", "TransparentRSAPublicKey", KmipVersion.V1_0, null),

  /**
   * Transparent DH Private Key (0x0000000C).
   *
   * <p>Since KMIP 1.0.
   */
  TRANSPARENT_DH_PRIVATE_KEY(0x0000000C, "Transparent DH Private Key", "TransparentDHPrivateKey", KmipVersion.V1_0, null),

  /**
   * Transparent DH Public Key (0x0000000D).
   *
   * <p>Since KMIP 1.0.
   */
  TRANSPARENT_DH_PUBLIC_KEY(0x0000000D, "Transparent DH Public Key", "TransparentDHPublicKey", KmipVersion.V1_0, null),

  /**
   * Transparent ECDSA Private Key (0x0000000E).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: deprecated; listed as (Reserved) from 2.0.
   */
  TRANSPARENT_ECDSA_PRIVATE_KEY(0x0000000E, "Transparent ECDSA Private Key", "TransparentECDSAPrivateKey", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Transparent ECDSA Public Key (0x0000000F).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: deprecated; listed as (Reserved) from 2.0.
   */
  TRANSPARENT_ECDSA_PUBLIC_KEY(0x0000000F, "Transparent ECDSA Public Key", "TransparentECDSAPublicKey", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Transparent ECDH Private Key (0x00000010).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: deprecated; listed as (Reserved) from 2.0.
   */
  TRANSPARENT_ECDH_PRIVATE_KEY(0x00000010, "Transparent ECDH Private Key", "TransparentECDHPrivateKey", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Transparent ECDH Public Key (0x00000011).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: deprecated; listed as (Reserved) from 2.0.
   */
  TRANSPARENT_ECDH_PUBLIC_KEY(0x00000011, "Transparent ECDH Public Key", "TransparentECDHPublicKey", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Transparent ECMQV Private Key (0x00000012).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: deprecated; listed as (Reserved) from 2.0.
   */
  TRANSPARENT_ECMQV_PRIVATE_KEY(0x00000012, "Transparent ECMQV Private Key", "TransparentECMQVPrivateKey", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Transparent ECMQV Public Key (0x00000013).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: deprecated; listed as (Reserved) from 2.0.
   */
  TRANSPARENT_ECMQV_PUBLIC_KEY(0x00000013, "Transparent ECMQV Public Key", "TransparentECMQVPublicKey", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Transparent EC Private Key (0x00000014).
   *
   * <p>Since KMIP 1.3.
   */
  TRANSPARENT_EC_PRIVATE_KEY(0x00000014, "Transparent EC Private Key", "TransparentECPrivateKey", KmipVersion.V1_3, null),

  /**
   * Transparent EC Public Key (0x00000015).
   *
   * <p>Since KMIP 1.3.
   */
  TRANSPARENT_EC_PUBLIC_KEY(0x00000015, "Transparent EC Public Key", "TransparentECPublicKey", KmipVersion.V1_3, null),

  /**
   * PKCS#12 (0x00000016).
   *
   * <p>Since KMIP 1.4.
   */
  PKCS_12(0x00000016, "PKCS#12", "PKCS_12", KmipVersion.V1_4, null),

  /**
   * PKCS#10 (0x00000017).
   *
   * <p>Since KMIP 2.0.
   */
  PKCS_10(0x00000017, "PKCS#10", "PKCS_10", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  KeyFormatType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Raw"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Raw"}.
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
  public static KeyFormatType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> RAW;
      case 0x00000002 -> OPAQUE;
      case 0x00000003 -> PKCS_1;
      case 0x00000004 -> PKCS_8;
      case 0x00000005 -> X_509;
      case 0x00000006 -> ECPRIVATEKEY;
      case 0x00000007 -> TRANSPARENT_SYMMETRIC_KEY;
      case 0x00000008 -> TRANSPARENT_DSA_PRIVATE_KEY;
      case 0x00000009 -> TRANSPARENT_DSA_PUBLIC_KEY;
      case 0x0000000A -> TRANSPARENT_RSA_PRIVATE_KEY;
      case 0x0000000B -> TRANSPARENT_RSA_PUBLIC_KEY;
      case 0x0000000C -> TRANSPARENT_DH_PRIVATE_KEY;
      case 0x0000000D -> TRANSPARENT_DH_PUBLIC_KEY;
      case 0x0000000E -> TRANSPARENT_ECDSA_PRIVATE_KEY;
      case 0x0000000F -> TRANSPARENT_ECDSA_PUBLIC_KEY;
      case 0x00000010 -> TRANSPARENT_ECDH_PRIVATE_KEY;
      case 0x00000011 -> TRANSPARENT_ECDH_PUBLIC_KEY;
      case 0x00000012 -> TRANSPARENT_ECMQV_PRIVATE_KEY;
      case 0x00000013 -> TRANSPARENT_ECMQV_PUBLIC_KEY;
      case 0x00000014 -> TRANSPARENT_EC_PRIVATE_KEY;
      case 0x00000015 -> TRANSPARENT_EC_PUBLIC_KEY;
      case 0x00000016 -> PKCS_12;
      case 0x00000017 -> PKCS_10;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Raw"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static KeyFormatType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Raw" -> RAW;
      case "Opaque" -> OPAQUE;
      case "PKCS_1" -> PKCS_1;
      case "PKCS_8" -> PKCS_8;
      case "X_509" -> X_509;
      case "ECPrivateKey" -> ECPRIVATEKEY;
      case "TransparentSymmetricKey" -> TRANSPARENT_SYMMETRIC_KEY;
      case "TransparentDSAPrivateKey" -> TRANSPARENT_DSA_PRIVATE_KEY;
      case "TransparentDSAPublicKey" -> TRANSPARENT_DSA_PUBLIC_KEY;
      case "TransparentRSAPrivateKey" -> TRANSPARENT_RSA_PRIVATE_KEY;
      case "TransparentRSAPublicKey" -> TRANSPARENT_RSA_PUBLIC_KEY;
      case "TransparentDHPrivateKey" -> TRANSPARENT_DH_PRIVATE_KEY;
      case "TransparentDHPublicKey" -> TRANSPARENT_DH_PUBLIC_KEY;
      case "TransparentECDSAPrivateKey" -> TRANSPARENT_ECDSA_PRIVATE_KEY;
      case "TransparentECDSAPublicKey" -> TRANSPARENT_ECDSA_PUBLIC_KEY;
      case "TransparentECDHPrivateKey" -> TRANSPARENT_ECDH_PRIVATE_KEY;
      case "TransparentECDHPublicKey" -> TRANSPARENT_ECDH_PUBLIC_KEY;
      case "TransparentECMQVPrivateKey" -> TRANSPARENT_ECMQV_PRIVATE_KEY;
      case "TransparentECMQVPublicKey" -> TRANSPARENT_ECMQV_PUBLIC_KEY;
      case "TransparentECPrivateKey" -> TRANSPARENT_EC_PRIVATE_KEY;
      case "TransparentECPublicKey" -> TRANSPARENT_EC_PUBLIC_KEY;
      case "PKCS_12" -> PKCS_12;
      case "PKCS_10" -> PKCS_10;
      case null, default -> null;
    };
  }
}
