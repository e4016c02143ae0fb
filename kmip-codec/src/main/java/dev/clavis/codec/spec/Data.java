// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Data.
 *
 * <p>Since KMIP 2.0. Spec: 2.1 §11.13 Data Enumeration.
 */
public enum Data {
  /**
   * Decrypt (0x00000001).
   *
   * <p>Since KMIP 2.0.
   */
  DECRYPT(0x00000001, "Decrypt", "Decrypt", KmipVersion.V2_0, null),

  /**
   * Encrypt (0x00000002).
   *
   * <p>Since KMIP 2.0.
   */
  ENCRYPT(0x00000002, "Encrypt", "Encrypt", KmipVersion.V2_0, null),

  /**
   * Hash (0x00000003).
   *
   * <p>Since KMIP 2.0.
   */
  HASH(0x00000003, "Hash", "Hash", KmipVersion.V2_0, null),

  /**
   * MAC MAC Data (0x00000004).
   *
   * <p>Since KMIP 2.0.
   */
  MAC_MAC_DATA(0x00000004, "MAC MAC Data", "MACMACData", KmipVersion.V2_0, null),

  /**
   * RNG Retrieve (0x00000005).
   *
   * <p>Since KMIP 2.0.
   */
  RNG_RETRIEVE(0x00000005, "RNG Retrieve", "RNGRetrieve", KmipVersion.V2_0, null),

  /**
   * Sign Signature Data (0x00000006).
   *
   * <p>Since KMIP 2.0.
   */
  SIGN_SIGNATURE_DATA(0x00000006, "Sign Signature Data", "SignSignatureData", KmipVersion.V2_0, null),

  /**
   * Signature Verify (0x00000007).
   *
   * <p>Since KMIP 2.0.
   */
  SIGNATURE_VERIFY(0x00000007, "Signature Verify", "SignatureVerify", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  Data(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Decrypt"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Decrypt"}.
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
  public static Data fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> DECRYPT;
      case 0x00000002 -> ENCRYPT;
      case 0x00000003 -> HASH;
      case 0x00000004 -> MAC_MAC_DATA;
      case 0x00000005 -> RNG_RETRIEVE;
      case 0x00000006 -> SIGN_SIGNATURE_DATA;
      case 0x00000007 -> SIGNATURE_VERIFY;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Decrypt"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static Data fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Decrypt" -> DECRYPT;
      case "Encrypt" -> ENCRYPT;
      case "Hash" -> HASH;
      case "MACMACData" -> MAC_MAC_DATA;
      case "RNGRetrieve" -> RNG_RETRIEVE;
      case "SignSignatureData" -> SIGN_SIGNATURE_DATA;
      case "SignatureVerify" -> SIGNATURE_VERIFY;
      case null, default -> null;
    };
  }
}
