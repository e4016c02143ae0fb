// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Client Registration Method.
 *
 * <p>Since KMIP 1.3. Spec: 2.1 §11.10 Client Registration Method Enumeration.
 */
public enum ClientRegistrationMethod {
  /**
   * Unspecified (0x00000001).
   *
   * <p>Since KMIP 1.3.
   */
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", KmipVersion.V1_3, null),

  /**
   * Server Pre-Generated (0x00000002).
   *
   * <p>Since KMIP 1.3.
   */
  SERVER_PRE_GENERATED(0x00000002, "Server Pre-Generated", "ServerPreGenerated", KmipVersion.V1_3, null),

  /**
   * Server On-Demand (0x00000003).
   *
   * <p>Since KMIP 1.3.
   */
  SERVER_ON_DEMAND(0x00000003, "Server On-Demand", "ServerOnDemand", KmipVersion.V1_3, null),

  /**
   * Client Generated (0x00000004).
   *
   * <p>Since KMIP 1.3.
   */
  CLIENT_GENERATED(0x00000004, "Client Generated", "ClientGenerated", KmipVersion.V1_3, null),

  /**
   * Client Registered (0x00000005).
   *
   * <p>Since KMIP 1.3.
   */
  CLIENT_REGISTERED(0x00000005, "Client Registered", "ClientRegistered", KmipVersion.V1_3, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ClientRegistrationMethod(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Unspecified"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Unspecified"}.
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
  public static ClientRegistrationMethod fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> UNSPECIFIED;
      case 0x00000002 -> SERVER_PRE_GENERATED;
      case 0x00000003 -> SERVER_ON_DEMAND;
      case 0x00000004 -> CLIENT_GENERATED;
      case 0x00000005 -> CLIENT_REGISTERED;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Unspecified"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ClientRegistrationMethod fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Unspecified" -> UNSPECIFIED;
      case "ServerPreGenerated" -> SERVER_PRE_GENERATED;
      case "ServerOnDemand" -> SERVER_ON_DEMAND;
      case "ClientGenerated" -> CLIENT_GENERATED;
      case "ClientRegistered" -> CLIENT_REGISTERED;
      case null, default -> null;
    };
  }
}
