// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Key Compression Type.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.24 Key Compression Type Enumeration.
 */
public enum KeyCompressionType {
  /**
   * EC Public Key Type Uncompressed (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  EC_PUBLIC_KEY_TYPE_UNCOMPRESSED(0x00000001, "EC Public Key Type Uncompressed", "ECPublicKeyTypeUncompressed", KmipVersion.V1_0, null),

  /**
   * EC Public Key Type X9.62 Compressed Prime (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_PRIME(0x00000002, "EC Public Key Type X9.62 Compressed Prime", "ECPublicKeyTypeX9_62CompressedPrime", KmipVersion.V1_0, null),

  /**
   * EC Public Key Type X9.62 Compressed Char2 (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_CHAR2(0x00000003, "EC Public Key Type X9.62 Compressed Char2", "ECPublicKeyTypeX9_62CompressedChar2", KmipVersion.V1_0, null),

  /**
   * EC Public Key Type X9.62 Hybrid (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  EC_PUBLIC_KEY_TYPE_X9_62_HYBRID(0x00000004, "EC Public Key Type X9.62 Hybrid", "ECPublicKeyTypeX9_62Hybrid", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  KeyCompressionType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "EC Public Key Type Uncompressed"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "ECPublicKeyTypeUncompressed"}.
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
  public static KeyCompressionType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> EC_PUBLIC_KEY_TYPE_UNCOMPRESSED;
      case 0x00000002 -> EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_PRIME;
      case 0x00000003 -> EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_CHAR2;
      case 0x00000004 -> EC_PUBLIC_KEY_TYPE_X9_62_HYBRID;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "ECPublicKeyTypeUncompressed"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static KeyCompressionType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "ECPublicKeyTypeUncompressed" -> EC_PUBLIC_KEY_TYPE_UNCOMPRESSED;
      case "ECPublicKeyTypeX9_62CompressedPrime" -> EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_PRIME;
      case "ECPublicKeyTypeX9_62CompressedChar2" -> EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_CHAR2;
      case "ECPublicKeyTypeX9_62Hybrid" -> EC_PUBLIC_KEY_TYPE_X9_62_HYBRID;
      case null, default -> null;
    };
  }
}
