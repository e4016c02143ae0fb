// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Query Function.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.44 Query Function Enumeration.
 */
public enum QueryFunction {
  /**
   * Query Operations (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  QUERY_OPERATIONS(0x00000001, "Query Operations", "QueryOperations", KmipVersion.V1_0, null),

  /**
   * Query Objects (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  QUERY_OBJECTS(0x00000002, "Query Objects", "QueryObjects", KmipVersion.V1_0, null),

  /**
   * Query Server Information (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  QUERY_SERVER_INFORMATION(0x00000003, "Query Server Information", "QueryServerInformation", KmipVersion.V1_0, null),

  /**
   * Query Application Namespaces (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  QUERY_APPLICATION_NAMESPACES(0x00000004, "Query Application Namespaces", "QueryApplicationNamespaces", KmipVersion.V1_0, null),

  /**
   * Query Extension List (0x00000005).
   *
   * <p>Since KMIP 1.1.
   */
  QUERY_EXTENSION_LIST(0x00000005, "Query Extension List", "QueryExtensionList", KmipVersion.V1_1, null),

  /**
   * Query Extension Map (0x00000006).
   *
   * <p>Since KMIP 1.1.
   */
  QUERY_EXTENSION_MAP(0x00000006, "Query Extension Map", "QueryExtensionMap", KmipVersion.V1_1, null),

  /**
   * Query Attestation Types (0x00000007).
   *
   * <p>Since KMIP 1.2.
   */
  QUERY_ATTESTATION_TYPES(0x00000007, "Query Attestation Types", "QueryAttestationTypes", KmipVersion.V1_2, null),

  /**
   * Query RNGs (0x00000008).
   *
   * <p>Since KMIP 1.3.
   */
  QUERY_RNGS(0x00000008, "Query RNGs", "QueryRNGs", KmipVersion.V1_3, null),

  /**
   * Query Validations (0x00000009).
   *
   * <p>Since KMIP 1.3.
   */
  QUERY_VALIDATIONS(0x00000009, "Query Validations", "QueryValidations", KmipVersion.V1_3, null),

  /**
   * Query Profiles (0x0000000A).
   *
   * <p>Since KMIP 1.3.
   */
  QUERY_PROFILES(0x0000000A, "Query Profiles", "QueryProfiles", KmipVersion.V1_3, null),

  /**
   * Query Capabilities (0x0000000B).
   *
   * <p>Since KMIP 1.3.
   */
  QUERY_CAPABILITIES(0x0000000B, "Query Capabilities", "QueryCapabilities", KmipVersion.V1_3, null),

  /**
   * Query Client Registration Methods (0x0000000C).
   *
   * <p>Since KMIP 1.3.
   */
  QUERY_CLIENT_REGISTRATION_METHODS(0x0000000C, "Query Client Registration Methods", "QueryClientRegistrationMethods", KmipVersion.V1_3, null),

  /**
   * Query Defaults Information (0x0000000D).
   *
   * <p>Since KMIP 2.0.
   */
  QUERY_DEFAULTS_INFORMATION(0x0000000D, "Query Defaults Information", "QueryDefaultsInformation", KmipVersion.V2_0, null),

  /**
   * Query Storage Protection Masks (0x0000000E).
   *
   * <p>Since KMIP 2.0.
   */
  QUERY_STORAGE_PROTECTION_MASKS(0x0000000E, "Query Storage Protection Masks", "QueryStorageProtectionMasks", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  QueryFunction(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Query Operations"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "QueryOperations"}.
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
  public static QueryFunction fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> QUERY_OPERATIONS;
      case 0x00000002 -> QUERY_OBJECTS;
      case 0x00000003 -> QUERY_SERVER_INFORMATION;
      case 0x00000004 -> QUERY_APPLICATION_NAMESPACES;
      case 0x00000005 -> QUERY_EXTENSION_LIST;
      case 0x00000006 -> QUERY_EXTENSION_MAP;
      case 0x00000007 -> QUERY_ATTESTATION_TYPES;
      case 0x00000008 -> QUERY_RNGS;
      case 0x00000009 -> QUERY_VALIDATIONS;
      case 0x0000000A -> QUERY_PROFILES;
      case 0x0000000B -> QUERY_CAPABILITIES;
      case 0x0000000C -> QUERY_CLIENT_REGISTRATION_METHODS;
      case 0x0000000D -> QUERY_DEFAULTS_INFORMATION;
      case 0x0000000E -> QUERY_STORAGE_PROTECTION_MASKS;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "QueryOperations"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static QueryFunction fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "QueryOperations" -> QUERY_OPERATIONS;
      case "QueryObjects" -> QUERY_OBJECTS;
      case "QueryServerInformation" -> QUERY_SERVER_INFORMATION;
      case "QueryApplicationNamespaces" -> QUERY_APPLICATION_NAMESPACES;
      case "QueryExtensionList" -> QUERY_EXTENSION_LIST;
      case "QueryExtensionMap" -> QUERY_EXTENSION_MAP;
      case "QueryAttestationTypes" -> QUERY_ATTESTATION_TYPES;
      case "QueryRNGs" -> QUERY_RNGS;
      case "QueryValidations" -> QUERY_VALIDATIONS;
      case "QueryProfiles" -> QUERY_PROFILES;
      case "QueryCapabilities" -> QUERY_CAPABILITIES;
      case "QueryClientRegistrationMethods" -> QUERY_CLIENT_REGISTRATION_METHODS;
      case "QueryDefaultsInformation" -> QUERY_DEFAULTS_INFORMATION;
      case "QueryStorageProtectionMasks" -> QUERY_STORAGE_PROTECTION_MASKS;
      case null, default -> null;
    };
  }
}
