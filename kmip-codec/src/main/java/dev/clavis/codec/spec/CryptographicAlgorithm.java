// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Cryptographic Algorithm.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.12 Cryptographic Algorithm Enumeration.
 */
public enum CryptographicAlgorithm {
  /**
   * DES (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  DES(0x00000001, "DES", "DES", KmipVersion.V1_0, null),

  /**
   * 3DES (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  DES3(0x00000002, "3DES", "DES3", KmipVersion.V1_0, null),

  /**
   * AES (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  AES(0x00000003, "AES", "AES", KmipVersion.V1_0, null),

  /**
   * RSA (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  RSA(0x00000004, "RSA", "RSA", KmipVersion.V1_0, null),

  /**
   * DSA (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  DSA(0x00000005, "DSA", "DSA", KmipVersion.V1_0, null),

  /**
   * ECDSA (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  ECDSA(0x00000006, "ECDSA", "ECDSA", KmipVersion.V1_0, null),

  /**
   * HMAC-SHA1 (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  HMAC_SHA1(0x00000007, "HMAC-SHA1", "HMAC_SHA1", KmipVersion.V1_0, null),

  /**
   * HMAC-SHA224 (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  HMAC_SHA224(0x00000008, "HMAC-SHA224", "HMAC_SHA224", KmipVersion.V1_0, null),

  /**
   * HMAC-SHA256 (0x00000009).
   *
   * <p>Since KMIP 1.0.
   */
  HMAC_SHA256(0x00000009, "HMAC-SHA256", "HMAC_SHA256", KmipVersion.V1_0, null),

  /**
   * HMAC-SHA384 (0x0000000A).
   *
   * <p>Since KMIP 1.0.
   */
  HMAC_SHA384(0x0000000A, "HMAC-SHA384", "HMAC_SHA384", KmipVersion.V1_0, null),

  /**
   * HMAC-SHA512 (0x0000000B).
   *
   * <p>Since KMIP 1.0.
   */
  HMAC_SHA512(0x0000000B, "HMAC-SHA512", "HMAC_SHA512", KmipVersion.V1_0, null),

  /**
   * HMAC-MD5 (0x0000000C).
   *
   * <p>Since KMIP 1.0.
   */
  HMAC_MD5(0x0000000C, "HMAC-MD5", "HMAC_MD5", KmipVersion.V1_0, null),

  /**
   * DH (0x0000000D).
   *
   * <p>Since KMIP 1.0.
   */
  DH(0x0000000D, "DH", "DH", KmipVersion.V1_0, null),

  /**
   * ECDH (0x0000000E).
   *
   * <p>Since KMIP 1.0.
   */
  ECDH(0x0000000E, "ECDH", "ECDH", KmipVersion.V1_0, null),

  /**
   * ECMQV (0x0000000F).
   *
   * <p>Since KMIP 1.0.
   */
  ECMQV(0x0000000F, "ECMQV", "ECMQV", KmipVersion.V1_0, null),

  /**
   * Blowfish (0x00000010).
   *
   * <p>Since KMIP 1.0.
   */
  BLOWFISH(0x00000010, "Blowfish", "Blowfish", KmipVersion.V1_0, null),

  /**
   * Camellia (0x00000011).
   *
   * <p>Since KMIP 1.0.
   */
  CAMELLIA(0x00000011, "Camellia", "Camellia", KmipVersion.V1_0, null),

  /**
   * CAST5 (0x00000012).
   *
   * <p>Since KMIP 1.0.
   */
  CAST5(0x00000012, "CAST5", "CAST5", KmipVersion.V1_0, null),

  /**
   * IDEA (0x00000013).
   *
   * <p>Since KMIP 1.0.
   */
  IDEA(0x00000013, "IDEA", "IDEA", KmipVersion.V1_0, null),

  /**
   * MARS (0x00000014).
   *
   * <p>Since KMIP 1.0.
   */
  MARS(0x00000014, "MARS", "MARS", KmipVersion.V1_0, null),

  /**
   * RC2 (0x00000015).
   *
   * <p>Since KMIP 1.0.
   */
  RC2(0x00000015, "RC2", "RC2", KmipVersion.V1_0, null),

  /**
   * RC4 (0x00000016).
   *
   * <p>Since KMIP 1.0.
   */
  RC4(0x00000016, "RC4", "RC4", KmipVersion.V1_0, null),

  /**
   * RC5 (0x00000017).
   *
   * <p>Since KMIP 1.0.
   */
  RC5(0x00000017, "RC5", "RC5", KmipVersion.V1_0, null),

  /**
   * SKIPJACK (0x00000018).
   *
   * <p>Since KMIP 1.0.
   */
  SKIPJACK(0x00000018, "SKIPJACK", "SKIPJACK", KmipVersion.V1_0, null),

  /**
   * Twofish (0x00000019).
   *
   * <p>Since KMIP 1.0.
   */
  TWOFISH(0x00000019, "Twofish", "Twofish", KmipVersion.V1_0, null),

  /**
   * EC (0x0000001A).
   *
   * <p>Since KMIP 1.2.
   */
  EC(0x0000001A, "EC", "EC", KmipVersion.V1_2, null),

  /**
   * One Time Pad (0x0000001B).
   *
   * <p>Since KMIP 1.3.
   */
  ONE_TIME_PAD(0x0000001B, "One Time Pad", "OneTimePad", KmipVersion.V1_3, null),

  /**
   * ChaCha20 (0x0000001C).
   *
   * <p>Since KMIP 1.4.
   */
  CHACHA20(0x0000001C, "ChaCha20", "ChaCha20", KmipVersion.V1_4, null),

  /**
   * Poly1305 (0x0000001D).
   *
   * <p>Since KMIP 1.4.
   */
  POLY1305(0x0000001D, "Poly1305", "Poly1305", KmipVersion.V1_4, null),

  /**
   * ChaCha20Poly1305 (0x0000001E).
   *
   * <p>Since KMIP 1.4.
   */
  CHACHA20POLY1305(0x0000001E, "ChaCha20Poly1305", "ChaCha20Poly1305", KmipVersion.V1_4, null),

  /**
   * SHA3-224 (0x0000001F).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_224(0x0000001F, "SHA3-224", "SHA3_224", KmipVersion.V1_4, null),

  /**
   * SHA3-256 (0x00000020).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_256(0x00000020, "SHA3-256", "SHA3_256", KmipVersion.V1_4, null),

  /**
   * SHA3-384 (0x00000021).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_384(0x00000021, "SHA3-384", "SHA3_384", KmipVersion.V1_4, null),

  /**
   * SHA3-512 (0x00000022).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_512(0x00000022, "SHA3-512", "SHA3_512", KmipVersion.V1_4, null),

  /**
   * HMAC-SHA3-224 (0x00000023).
   *
   * <p>Since KMIP 1.4.
   */
  HMAC_SHA3_224(0x00000023, "HMAC-SHA3-224", "HMAC_SHA3_224", KmipVersion.V1_4, null),

  /**
   * HMAC-SHA3-256 (0x00000024).
   *
   * <p>Since KMIP 1.4.
   */
  HMAC_SHA3_256(0x00000024, "HMAC-SHA3-256", "HMAC_SHA3_256", KmipVersion.V1_4, null),

  /**
   * HMAC-SHA3-384 (0x00000025).
   *
   * <p>Since KMIP 1.4.
   */
  HMAC_SHA3_384(0x00000025, "HMAC-SHA3-384", "HMAC_SHA3_384", KmipVersion.V1_4, null),

  /**
   * HMAC-SHA3-512 (0x00000026).
   *
   * <p>Since KMIP 1.4.
   */
  HMAC_SHA3_512(0x00000026, "HMAC-SHA3-512", "HMAC_SHA3_512", KmipVersion.V1_4, null),

  /**
   * SHAKE-128 (0x00000027).
   *
   * <p>Since KMIP 1.4.
   */
  SHAKE_128(0x00000027, "SHAKE-128", "SHAKE_128", KmipVersion.V1_4, null),

  /**
   * SHAKE-256 (0x00000028).
   *
   * <p>Since KMIP 1.4.
   */
  SHAKE_256(0x00000028, "SHAKE-256", "SHAKE_256", KmipVersion.V1_4, null),

  /**
   * ARIA (0x00000029).
   *
   * <p>Since KMIP 2.0.
   */
  ARIA(0x00000029, "ARIA", "ARIA", KmipVersion.V2_0, null),

  /**
   * SEED (0x0000002A).
   *
   * <p>Since KMIP 2.0.
   */
  SEED(0x0000002A, "SEED", "SEED", KmipVersion.V2_0, null),

  /**
   * SM2 (0x0000002B).
   *
   * <p>Since KMIP 2.0.
   */
  SM2(0x0000002B, "SM2", "SM2", KmipVersion.V2_0, null),

  /**
   * SM3 (0x0000002C).
   *
   * <p>Since KMIP 2.0.
   */
  SM3(0x0000002C, "SM3", "SM3", KmipVersion.V2_0, null),

  /**
   * SM4 (0x0000002D).
   *
   * <p>Since KMIP 2.0.
   */
  SM4(0x0000002D, "SM4", "SM4", KmipVersion.V2_0, null),

  /**
   * GOST R 34.10-2012 (0x0000002E).
   *
   * <p>Since KMIP 2.0.
   */
  GOST_R_34_10_2012(0x0000002E, "GOST R 34.10-2012", "GOSTR34_10_2012", KmipVersion.V2_0, null),

  /**
   * GOST R 34.11-2012 (0x0000002F).
   *
   * <p>Since KMIP 2.0.
   */
  GOST_R_34_11_2012(0x0000002F, "GOST R 34.11-2012", "GOSTR34_11_2012", KmipVersion.V2_0, null),

  /**
   * GOST R 34.13-2015 (0x00000030).
   *
   * <p>Since KMIP 2.0.
   */
  GOST_R_34_13_2015(0x00000030, "GOST R 34.13-2015", "GOSTR34_13_2015", KmipVersion.V2_0, null),

  /**
   * GOST 28147-89 (0x00000031).
   *
   * <p>Since KMIP 2.0.
   */
  GOST_28147_89(0x00000031, "GOST 28147-89", "GOST28147_89", KmipVersion.V2_0, null),

  /**
   * XMSS (0x00000032).
   *
   * <p>Since KMIP 2.0.
   */
  XMSS(0x00000032, "XMSS", "XMSS", KmipVersion.V2_0, null),

  /**
   * SPHINCS-256 (0x00000033).
   *
   * <p>Since KMIP 2.0.
   */
  SPHINCS_256(0x00000033, "SPHINCS-256", "SPHINCS_256", KmipVersion.V2_0, null),

  /**
   * McEliece (0x00000034).
   *
   * <p>Since KMIP 2.0.
   */
  MCELIECE(0x00000034, "McEliece", "McEliece", KmipVersion.V2_0, null),

  /**
   * McEliece-6960119 (0x00000035).
   *
   * <p>Since KMIP 2.0.
   */
  MCELIECE_6960119(0x00000035, "McEliece-6960119", "McEliece_6960119", KmipVersion.V2_0, null),

  /**
   * McEliece-8192128 (0x00000036).
   *
   * <p>Since KMIP 2.0.
   */
  MCELIECE_8192128(0x00000036, "McEliece-8192128", "McEliece_8192128", KmipVersion.V2_0, null),

  /**
   * Ed25519 (0x00000037).
   *
   * <p>Since KMIP 2.0.
   */
  ED25519(0x00000037, "Ed25519", "Ed25519", KmipVersion.V2_0, null),

  /**
   * Ed448 (0x00000038).
   *
   * <p>Since KMIP 2.0.
   */
  ED448(0x00000038, "Ed448", "Ed448", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  CryptographicAlgorithm(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "DES"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "DES"}.
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
  public static CryptographicAlgorithm fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> DES;
      case 0x00000002 -> DES3;
      case 0x00000003 -> AES;
      case 0x00000004 -> RSA;
      case 0x00000005 -> DSA;
      case 0x00000006 -> ECDSA;
      case 0x00000007 -> HMAC_SHA1;
      case 0x00000008 -> HMAC_SHA224;
      case 0x00000009 -> HMAC_SHA256;
      case 0x0000000A -> HMAC_SHA384;
      case 0x0000000B -> HMAC_SHA512;
      case 0x0000000C -> HMAC_MD5;
      case 0x0000000D -> DH;
      case 0x0000000E -> ECDH;
      case 0x0000000F -> ECMQV;
      case 0x00000010 -> BLOWFISH;
      case 0x00000011 -> CAMELLIA;
      case 0x00000012 -> CAST5;
      case 0x00000013 -> IDEA;
      case 0x00000014 -> MARS;
      case 0x00000015 -> RC2;
      case 0x00000016 -> RC4;
      case 0x00000017 -> RC5;
      case 0x00000018 -> SKIPJACK;
      case 0x00000019 -> TWOFISH;
      case 0x0000001A -> EC;
      case 0x0000001B -> ONE_TIME_PAD;
      case 0x0000001C -> CHACHA20;
      case 0x0000001D -> POLY1305;
      case 0x0000001E -> CHACHA20POLY1305;
      case 0x0000001F -> SHA3_224;
      case 0x00000020 -> SHA3_256;
      case 0x00000021 -> SHA3_384;
      case 0x00000022 -> SHA3_512;
      case 0x00000023 -> HMAC_SHA3_224;
      case 0x00000024 -> HMAC_SHA3_256;
      case 0x00000025 -> HMAC_SHA3_384;
      case 0x00000026 -> HMAC_SHA3_512;
      case 0x00000027 -> SHAKE_128;
      case 0x00000028 -> SHAKE_256;
      case 0x00000029 -> ARIA;
      case 0x0000002A -> SEED;
      case 0x0000002B -> SM2;
      case 0x0000002C -> SM3;
      case 0x0000002D -> SM4;
      case 0x0000002E -> GOST_R_34_10_2012;
      case 0x0000002F -> GOST_R_34_11_2012;
      case 0x00000030 -> GOST_R_34_13_2015;
      case 0x00000031 -> GOST_28147_89;
      case 0x00000032 -> XMSS;
      case 0x00000033 -> SPHINCS_256;
      case 0x00000034 -> MCELIECE;
      case 0x00000035 -> MCELIECE_6960119;
      case 0x00000036 -> MCELIECE_8192128;
      case 0x00000037 -> ED25519;
      case 0x00000038 -> ED448;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "DES"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static CryptographicAlgorithm fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "DES" -> DES;
      case "DES3" -> DES3;
      case "AES" -> AES;
      case "RSA" -> RSA;
      case "DSA" -> DSA;
      case "ECDSA" -> ECDSA;
      case "HMAC_SHA1" -> HMAC_SHA1;
      case "HMAC_SHA224" -> HMAC_SHA224;
      case "HMAC_SHA256" -> HMAC_SHA256;
      case "HMAC_SHA384" -> HMAC_SHA384;
      case "HMAC_SHA512" -> HMAC_SHA512;
      case "HMAC_MD5" -> HMAC_MD5;
      case "DH" -> DH;
      case "ECDH" -> ECDH;
      case "ECMQV" -> ECMQV;
      case "Blowfish" -> BLOWFISH;
      case "Camellia" -> CAMELLIA;
      case "CAST5" -> CAST5;
      case "IDEA" -> IDEA;
      case "MARS" -> MARS;
      case "RC2" -> RC2;
      case "RC4" -> RC4;
      case "RC5" -> RC5;
      case "SKIPJACK" -> SKIPJACK;
      case "Twofish" -> TWOFISH;
      case "EC" -> EC;
      case "OneTimePad" -> ONE_TIME_PAD;
      case "ChaCha20" -> CHACHA20;
      case "Poly1305" -> POLY1305;
      case "ChaCha20Poly1305" -> CHACHA20POLY1305;
      case "SHA3_224" -> SHA3_224;
      case "SHA3_256" -> SHA3_256;
      case "SHA3_384" -> SHA3_384;
      case "SHA3_512" -> SHA3_512;
      case "HMAC_SHA3_224" -> HMAC_SHA3_224;
      case "HMAC_SHA3_256" -> HMAC_SHA3_256;
      case "HMAC_SHA3_384" -> HMAC_SHA3_384;
      case "HMAC_SHA3_512" -> HMAC_SHA3_512;
      case "SHAKE_128" -> SHAKE_128;
      case "SHAKE_256" -> SHAKE_256;
      case "ARIA" -> ARIA;
      case "SEED" -> SEED;
      case "SM2" -> SM2;
      case "SM3" -> SM3;
      case "SM4" -> SM4;
      case "GOSTR34_10_2012" -> GOST_R_34_10_2012;
      case "GOSTR34_11_2012" -> GOST_R_34_11_2012;
      case "GOSTR34_13_2015" -> GOST_R_34_13_2015;
      case "GOST28147_89" -> GOST_28147_89;
      case "XMSS" -> XMSS;
      case "SPHINCS_256" -> SPHINCS_256;
      case "McEliece" -> MCELIECE;
      case "McEliece_6960119" -> MCELIECE_6960119;
      case "McEliece_8192128" -> MCELIECE_8192128;
      case "Ed25519" -> ED25519;
      case "Ed448" -> ED448;
      case null, default -> null;
    };
  }
}
