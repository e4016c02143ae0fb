// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Hashing Algorithm.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.21 Hashing Algorithm Enumeration.
 */
public enum HashingAlgorithm {
  /**
   * MD2 (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  MD2(0x00000001, "MD2", "MD2", KmipVersion.V1_0, null),

  /**
   * MD4 (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  MD4(0x00000002, "MD4", "MD4", KmipVersion.V1_0, null),

  /**
   * MD5 (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  MD5(0x00000003, "MD5", "MD5", KmipVersion.V1_0, null),

  /**
   * SHA-1 (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  SHA_1(0x00000004, "SHA-1", "SHA_1", KmipVersion.V1_0, null),

  /**
   * SHA-224 (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  SHA_224(0x00000005, "SHA-224", "SHA_224", KmipVersion.V1_0, null),

  /**
   * SHA-256 (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  SHA_256(0x00000006, "SHA-256", "SHA_256", KmipVersion.V1_0, null),

  /**
   * SHA-384 (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  SHA_384(0x00000007, "SHA-384", "SHA_384", KmipVersion.V1_0, null),

  /**
   * SHA-512 (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  SHA_512(0x00000008, "SHA-512", "SHA_512", KmipVersion.V1_0, null),

  /**
   * RIPEMD-160 (0x00000009).
   *
   * <p>Since KMIP 1.0.
   */
  RIPEMD_160(0x00000009, "RIPEMD-160", "RIPEMD_160", KmipVersion.V1_0, null),

  /**
   * Tiger (0x0000000A).
   *
   * <p>Since KMIP 1.0.
   */
  TIGER(0x0000000A, "Tiger", "Tiger", KmipVersion.V1_0, null),

  /**
   * Whirlpool (0x0000000B).
   *
   * <p>Since KMIP 1.0.
   */
  WHIRLPOOL(0x0000000B, "Whirlpool", "Whirlpool", KmipVersion.V1_0, null),

  /**
   * SHA-512/224 (0x0000000C).
   *
   * <p>Since KMIP 1.2.
   */
  SHA_512_224(0x0000000C, "SHA-512/224", "SHA_512_224", KmipVersion.V1_2, null),

  /**
   * SHA-512/256 (0x0000000D).
   *
   * <p>Since KMIP 1.2.
   */
  SHA_512_256(0x0000000D, "SHA-512/256", "SHA_512_256", KmipVersion.V1_2, null),

  /**
   * SHA3-224 (0x0000000E).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_224(0x0000000E, "SHA3-224", "SHA3_224", KmipVersion.V1_4, null),

  /**
   * SHA3-256 (0x0000000F).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_256(0x0000000F, "SHA3-256", "SHA3_256", KmipVersion.V1_4, null),

  /**
   * SHA3-384 (0x00000010).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_384(0x00000010, "SHA3-384", "SHA3_384", KmipVersion.V1_4, null),

  /**
   * SHA3-512 (0x00000011).
   *
   * <p>Since KMIP 1.4.
   */
  SHA3_512(0x00000011, "SHA3-512", "SHA3_512", KmipVersion.V1_4, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  HashingAlgorithm(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "MD2"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "MD2"}.
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
  public static HashingAlgorithm fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> MD2;
      case 0x00000002 -> MD4;
      case 0x00000003 -> MD5;
      case 0x00000004 -> SHA_1;
      case 0x00000005 -> SHA_224;
      case 0x00000006 -> SHA_256;
      case 0x00000007 -> SHA_384;
      case 0x00000008 -> SHA_512;
      case 0x00000009 -> RIPEMD_160;
      case 0x0000000A -> TIGER;
      case 0x0000000B -> WHIRLPOOL;
      case 0x0000000C -> SHA_512_224;
      case 0x0000000D -> SHA_512_256;
      case 0x0000000E -> SHA3_224;
      case 0x0000000F -> SHA3_256;
      case 0x00000010 -> SHA3_384;
      case 0x00000011 -> SHA3_512;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "MD2"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static HashingAlgorithm fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "MD2" -> MD2;
      case "MD4" -> MD4;
      case "MD5" -> MD5;
      case "SHA_1" -> SHA_1;
      case "SHA_224" -> SHA_224;
      case "SHA_256" -> SHA_256;
      case "SHA_384" -> SHA_384;
      case "SHA_512" -> SHA_512;
      case "RIPEMD_160" -> RIPEMD_160;
      case "Tiger" -> TIGER;
      case "Whirlpool" -> WHIRLPOOL;
      case "SHA_512_224" -> SHA_512_224;
      case "SHA_512_256" -> SHA_512_256;
      case "SHA3_224" -> SHA3_224;
      case "SHA3_256" -> SHA3_256;
      case "SHA3_384" -> SHA3_384;
      case "SHA3_512" -> SHA3_512;
      case null, default -> null;
    };
  }
}
