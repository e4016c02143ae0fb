// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Object Type.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.34 Object Type Enumeration.
 */
public enum ObjectType {
  /**
   * Certificate (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  CERTIFICATE(0x00000001, "Certificate", "Certificate", KmipVersion.V1_0, null),

  /**
   * Symmetric Key (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  SYMMETRIC_KEY(0x00000002, "Symmetric Key", "SymmetricKey", KmipVersion.V1_0, null),

  /**
   * Public Key (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  PUBLIC_KEY(0x00000003, "Public Key", "PublicKey", KmipVersion.V1_0, null),

  /**
   * Private Key (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  PRIVATE_KEY(0x00000004, "Private Key", "PrivateKey", KmipVersion.V1_0, null),

  /**
   * Split Key (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  SPLIT_KEY(0x00000005, "Split Key", "SplitKey", KmipVersion.V1_0, null),

  /**
   * Template (0x00000006).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: deprecated; listed as (Reserved) from 2.0.
   */
  TEMPLATE(0x00000006, "Template", "Template", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Secret Data (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  SECRET_DATA(0x00000007, "Secret Data", "SecretData", KmipVersion.V1_0, null),

  /**
   * Opaque Object (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  OPAQUE_OBJECT(0x00000008, "Opaque Object", "OpaqueObject", KmipVersion.V1_0, null),

  /**
   * PGP Key (0x00000009).
   *
   * <p>Since KMIP 1.2.
   */
  PGP_KEY(0x00000009, "PGP Key", "PGPKey", KmipVersion.V1_2, null),

  /**
   * Certificate Request (0x0000000A).
   *
   * <p>Since KMIP 2.0.
   */
  CERTIFICATE_REQUEST(0x0000000A, "Certificate Request", "CertificateRequest", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ObjectType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Certificate"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Certificate"}.
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
  public static ObjectType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> CERTIFICATE;
      case 0x00000002 -> SYMMETRIC_KEY;
      case 0x00000003 -> PUBLIC_KEY;
      case 0x00000004 -> PRIVATE_KEY;
      case 0x00000005 -> SPLIT_KEY;
      case 0x00000006 -> TEMPLATE;
      case 0x00000007 -> SECRET_DATA;
      case 0x00000008 -> OPAQUE_OBJECT;
      case 0x00000009 -> PGP_KEY;
      case 0x0000000A -> CERTIFICATE_REQUEST;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Certificate"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ObjectType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Certificate" -> CERTIFICATE;
      case "SymmetricKey" -> SYMMETRIC_KEY;
      case "PublicKey" -> PUBLIC_KEY;
      case "PrivateKey" -> PRIVATE_KEY;
      case "SplitKey" -> SPLIT_KEY;
      case "Template" -> TEMPLATE;
      case "SecretData" -> SECRET_DATA;
      case "OpaqueObject" -> OPAQUE_OBJECT;
      case "PGPKey" -> PGP_KEY;
      case "CertificateRequest" -> CERTIFICATE_REQUEST;
      case null, default -> null;
    };
  }
}
