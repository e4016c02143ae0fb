// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Wrapping Method.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.62 Wrapping Method Enumeration.
 */
public enum WrappingMethod {
  /**
   * Encrypt (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  ENCRYPT(0x00000001, "Encrypt", "Encrypt", KmipVersion.V1_0, null),

  /**
   * MAC/sign (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  MAC_SIGN(0x00000002, "MAC/sign", "MACSign", KmipVersion.V1_0, null),

  /**
   * Encrypt then MAC/sign (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  ENCRYPT_THEN_MAC_SIGN(0x00000003, "Encrypt then MAC/sign", "EncryptThenMACSign", KmipVersion.V1_0, null),

  /**
   * MAC/sign then encrypt (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  MAC_SIGN_THEN_ENCRYPT(0x00000004, "MAC/sign then encrypt", "MACSignThenEncrypt", KmipVersion.V1_0, null),

  /**
   * TR-31 (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  TR_31(0x00000005, "TR-31", "TR_31", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  WrappingMethod(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Encrypt"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Encrypt"}.
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
  public static WrappingMethod fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> ENCRYPT;
      case 0x00000002 -> MAC_SIGN;
      case 0x00000003 -> ENCRYPT_THEN_MAC_SIGN;
      case 0x00000004 -> MAC_SIGN_THEN_ENCRYPT;
      case 0x00000005 -> TR_31;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Encrypt"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static WrappingMethod fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Encrypt" -> ENCRYPT;
      case "MACSign" -> MAC_SIGN;
      case "EncryptThenMACSign" -> ENCRYPT_THEN_MAC_SIGN;
      case "MACSignThenEncrypt" -> MAC_SIGN_THEN_ENCRYPT;
      case "TR_31" -> TR_31;
      case null, default -> null;
    };
  }
}
