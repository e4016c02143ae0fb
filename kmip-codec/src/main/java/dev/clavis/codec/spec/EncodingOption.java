// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Encoding Option.
 *
 * <p>Since KMIP 1.1. Spec: 2.1 §11.18 Encoding Option Enumeration.
 */
public enum EncodingOption {
  /**
   * No Encoding (0x00000001).
   *
   * <p>Since KMIP 1.1.
   */
  NO_ENCODING(0x00000001, "No Encoding", "NoEncoding", KmipVersion.V1_1, null),

  /**
   * TTLV Encoding (0x00000002).
   *
   * <p>Since KMIP 1.1.
   */
  TTLV_ENCODING(0x00000002, "TTLV Encoding", "TTLVEncoding", KmipVersion.V1_1, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  EncodingOption(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "No Encoding"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "NoEncoding"}.
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
  public static EncodingOption fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> NO_ENCODING;
      case 0x00000002 -> TTLV_ENCODING;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "NoEncoding"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static EncodingOption fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "NoEncoding" -> NO_ENCODING;
      case "TTLVEncoding" -> TTLV_ENCODING;
      case null, default -> null;
    };
  }
}
