// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Key Wrap Type.
 *
 * <p>Since KMIP 1.4. Spec: 2.1 §11.29 Key Wrap Type Enumeration.
 */
public enum KeyWrapType {
  /**
   * Not Wrapped (0x00000001).
   *
   * <p>Since KMIP 1.4.
   */
  NOT_WRAPPED(0x00000001, "Not Wrapped", "NotWrapped", KmipVersion.V1_4, null),

  /**
   * As Registered (0x00000002).
   *
   * <p>Since KMIP 1.4.
   */
  AS_REGISTERED(0x00000002, "As Registered", "AsRegistered", KmipVersion.V1_4, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  KeyWrapType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Not Wrapped"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "NotWrapped"}.
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
  public static KeyWrapType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> NOT_WRAPPED;
      case 0x00000002 -> AS_REGISTERED;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "NotWrapped"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static KeyWrapType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "NotWrapped" -> NOT_WRAPPED;
      case "AsRegistered" -> AS_REGISTERED;
      case null, default -> null;
    };
  }
}
