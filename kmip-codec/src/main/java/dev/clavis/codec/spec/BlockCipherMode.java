// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Block Cipher Mode.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.6 Block Cipher Mode Enumeration.
 */
public enum BlockCipherMode {
  /**
   * CBC (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  CBC(0x00000001, "CBC", "CBC", KmipVersion.V1_0, null),

  /**
   * ECB (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  ECB(0x00000002, "ECB", "ECB", KmipVersion.V1_0, null),

  /**
   * PCBC (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  PCBC(0x00000003, "PCBC", "PCBC", KmipVersion.V1_0, null),

  /**
   * CFB (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  CFB(0x00000004, "CFB", "CFB", KmipVersion.V1_0, null),

  /**
   * OFB (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  OFB(0x00000005, "OFB", "OFB", KmipVersion.V1_0, null),

  /**
   * CTR (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  CTR(0x00000006, "CTR", "CTR", KmipVersion.V1_0, null),

  /**
   * CMAC (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  CMAC(0x00000007, "CMAC", "CMAC", KmipVersion.V1_0, null),

  /**
   * CCM (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  CCM(0x00000008, "CCM", "CCM", KmipVersion.V1_0, null),

  /**
   * GCM (0x00000009).
   *
   * <p>Since KMIP 1.0.
   */
  GCM(0x00000009, "GCM", "GCM", KmipVersion.V1_0, null),

  /**
   * CBC-MAC (0x0000000A).
   *
   * <p>Since KMIP 1.0.
   */
  CBC_MAC(0x0000000A, "CBC-MAC", "CBC_MAC", KmipVersion.V1_0, null),

  /**
   * XTS (0x0000000B).
   *
   * <p>Since KMIP 1.0.
   */
  XTS(0x0000000B, "XTS", "XTS", KmipVersion.V1_0, null),

  /**
   * AESKeyWrapPadding (0x0000000C).
   *
   * <p>Since KMIP 1.0.
   */
  AESKEYWRAPPADDING(0x0000000C, "AESKeyWrapPadding", "AESKeyWrapPadding", KmipVersion.V1_0, null),

  /**
   * NISTKeyWrap (0x0000000D).
   *
   * <p>Since KMIP 1.0.
   */
  NISTKEYWRAP(0x0000000D, "NISTKeyWrap", "NISTKeyWrap", KmipVersion.V1_0, null),

  /**
   * X9.102 AESKW (0x0000000E).
   *
   * <p>Since KMIP 1.0.
   */
  X9_102_AESKW(0x0000000E, "X9.102 AESKW", "X9_102AESKW", KmipVersion.V1_0, null),

  /**
   * X9.102 TDKW (0x0000000F).
   *
   * <p>Since KMIP 1.0.
   */
  X9_102_TDKW(0x0000000F, "X9.102 TDKW", "X9_102TDKW", KmipVersion.V1_0, null),

  /**
   * X9.102 AKW1 (0x00000010).
   *
   * <p>Since KMIP 1.0.
   */
  X9_102_AKW1(0x00000010, "X9.102 AKW1", "X9_102AKW1", KmipVersion.V1_0, null),

  /**
   * X9.102 AKW2 (0x00000011).
   *
   * <p>Since KMIP 1.0.
   */
  X9_102_AKW2(0x00000011, "X9.102 AKW2", "X9_102AKW2", KmipVersion.V1_0, null),

  /**
   * AEAD (0x00000012).
   *
   * <p>Since KMIP 1.4.
   */
  AEAD(0x00000012, "AEAD", "AEAD", KmipVersion.V1_4, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  BlockCipherMode(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "CBC"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "CBC"}.
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
  public static BlockCipherMode fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> CBC;
      case 0x00000002 -> ECB;
      case 0x00000003 -> PCBC;
      case 0x00000004 -> CFB;
      case 0x00000005 -> OFB;
      case 0x00000006 -> CTR;
      case 0x00000007 -> CMAC;
      case 0x00000008 -> CCM;
      case 0x00000009 -> GCM;
      case 0x0000000A -> CBC_MAC;
      case 0x0000000B -> XTS;
      case 0x0000000C -> AESKEYWRAPPADDING;
      case 0x0000000D -> NISTKEYWRAP;
      case 0x0000000E -> X9_102_AESKW;
      case 0x0000000F -> X9_102_TDKW;
      case 0x00000010 -> X9_102_AKW1;
      case 0x00000011 -> X9_102_AKW2;
      case 0x00000012 -> AEAD;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "CBC"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static BlockCipherMode fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "CBC" -> CBC;
      case "ECB" -> ECB;
      case "PCBC" -> PCBC;
      case "CFB" -> CFB;
      case "OFB" -> OFB;
      case "CTR" -> CTR;
      case "CMAC" -> CMAC;
      case "CCM" -> CCM;
      case "GCM" -> GCM;
      case "CBC_MAC" -> CBC_MAC;
      case "XTS" -> XTS;
      case "AESKeyWrapPadding" -> AESKEYWRAPPADDING;
      case "NISTKeyWrap" -> NISTKEYWRAP;
      case "X9_102AESKW" -> X9_102_AESKW;
      case "X9_102TDKW" -> X9_102_TDKW;
      case "X9_102AKW1" -> X9_102_AKW1;
      case "X9_102AKW2" -> X9_102_AKW2;
      case "AEAD" -> AEAD;
      case null, default -> null;
    };
  }
}
