// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Alternative Name Type.
 *
 * <p>Since KMIP 1.2. Spec: 2.1 §11.2 Alternative Name Type Enumeration.
 */
public enum AlternativeNameType {
  /**
   * Uninterpreted Text String (0x00000001).
   *
   * <p>Since KMIP 1.2.
   */
  UNINTERPRETED_TEXT_STRING(0x00000001, "Uninterpreted Text String", "UninterpretedTextString", KmipVersion.V1_2, null),

  /**
   * URI (0x00000002).
   *
   * <p>Since KMIP 1.2.
   */
  URI(0x00000002, "URI", "URI", KmipVersion.V1_2, null),

  /**
   * Object Serial Number (0x00000003).
   *
   * <p>Since KMIP 1.2.
   */
  OBJECT_SERIAL_NUMBER(0x00000003, "Object Serial Number", "ObjectSerialNumber", KmipVersion.V1_2, null),

  /**
   * Email Address (0x00000004).
   *
   * <p>Since KMIP 1.2.
   */
  EMAIL_ADDRESS(0x00000004, "Email Address", "EmailAddress", KmipVersion.V1_2, null),

  /**
   * DNS Name (0x00000005).
   *
   * <p>Since KMIP 1.2.
   */
  DNS_NAME(0x00000005, "DNS Name", "DNSName", KmipVersion.V1_2, null),

  /**
   * X.500 Distinguished Name (0x00000006).
   *
   * <p>Since KMIP 1.2.
   */
  X_500_DISTINGUISHED_NAME(0x00000006, "X.500 Distinguished Name", "X_500DistinguishedName", KmipVersion.V1_2, null),

  /**
   * IP Address (0x00000007).
   *
   * <p>Since KMIP 1.2.
   */
  IP_ADDRESS(0x00000007, "IP Address", "IPAddress", KmipVersion.V1_2, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  AlternativeNameType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Uninterpreted Text String"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "UninterpretedTextString"}.
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
  public static AlternativeNameType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> UNINTERPRETED_TEXT_STRING;
      case 0x00000002 -> URI;
      case 0x00000003 -> OBJECT_SERIAL_NUMBER;
      case 0x00000004 -> EMAIL_ADDRESS;
      case 0x00000005 -> DNS_NAME;
      case 0x00000006 -> X_500_DISTINGUISHED_NAME;
      case 0x00000007 -> IP_ADDRESS;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "UninterpretedTextString"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static AlternativeNameType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "UninterpretedTextString" -> UNINTERPRETED_TEXT_STRING;
      case "URI" -> URI;
      case "ObjectSerialNumber" -> OBJECT_SERIAL_NUMBER;
      case "EmailAddress" -> EMAIL_ADDRESS;
      case "DNSName" -> DNS_NAME;
      case "X_500DistinguishedName" -> X_500_DISTINGUISHED_NAME;
      case "IPAddress" -> IP_ADDRESS;
      case null, default -> null;
    };
  }
}
