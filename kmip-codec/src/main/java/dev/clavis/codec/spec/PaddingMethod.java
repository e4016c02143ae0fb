// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Padding Method.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.37 Padding Method Enumeration.
 */
public enum PaddingMethod {
  /**
   * None (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  NONE(0x00000001, "None", "None", KmipVersion.V1_0, null),

  /**
   * OAEP (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  OAEP(0x00000002, "OAEP", "OAEP", KmipVersion.V1_0, null),

  /**
   * PKCS5 (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  PKCS5(0x00000003, "PKCS5", "PKCS5", KmipVersion.V1_0, null),

  /**
   * SSL3 (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  SSL3(0x00000004, "SSL3", "SSL3", KmipVersion.V1_0, null),

  /**
   * Zeros (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  ZEROS(0x00000005, "Zeros", "Zeros", KmipVersion.V1_0, null),

  /**
   * ANSI X9.23 (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  ANSI_X9_23(0x00000006, "ANSI X9.23", "ANSIX9_23", KmipVersion.V1_0, null),

  /**
   * ISO 10126 (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  ISO_10126(0x00000007, "ISO 10126", "ISO10126", KmipVersion.V1_0, null),

  /**
   * PKCS1 v1.5 (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  PKCS1_V1_5(0x00000008, "PKCS1 v1.5", "PKCS1V1_5", KmipVersion.V1_0, null),

  /**
   * X9.31 (0x00000009).
   *
   * <p>Since KMIP 1.0.
   */
  X9_31(0x00000009, "X9.31", "X9_31", KmipVersion.V1_0, null),

  /**
   * PSS (0x0000000A).
   *
   * <p>Since KMIP 1.0.
   */
  PSS(0x0000000A, "PSS", "PSS", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  PaddingMethod(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "None"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "None"}.
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
  public static PaddingMethod fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> NONE;
      case 0x00000002 -> OAEP;
      case 0x00000003 -> PKCS5;
      case 0x00000004 -> SSL3;
      case 0x00000005 -> ZEROS;
      case 0x00000006 -> ANSI_X9_23;
      case 0x00000007 -> ISO_10126;
      case 0x00000008 -> PKCS1_V1_5;
      case 0x00000009 -> X9_31;
      case 0x0000000A -> PSS;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "None"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static PaddingMethod fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "None" -> NONE;
      case "OAEP" -> OAEP;
      case "PKCS5" -> PKCS5;
      case "SSL3" -> SSL3;
      case "Zeros" -> ZEROS;
      case "ANSIX9_23" -> ANSI_X9_23;
      case "ISO10126" -> ISO_10126;
      case "PKCS1V1_5" -> PKCS1_V1_5;
      case "X9_31" -> X9_31;
      case "PSS" -> PSS;
      case null, default -> null;
    };
  }
}
