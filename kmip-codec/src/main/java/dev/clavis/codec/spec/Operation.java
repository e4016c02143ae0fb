// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Operation.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.36 Operation Enumeration.
 */
public enum Operation {
  /**
   * Create (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  CREATE(0x00000001, "Create", "Create", KmipVersion.V1_0, null),

  /**
   * Create Key Pair (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  CREATE_KEY_PAIR(0x00000002, "Create Key Pair", "CreateKeyPair", KmipVersion.V1_0, null),

  /**
   * Register (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  REGISTER(0x00000003, "Register", "Register", KmipVersion.V1_0, null),

  /**
   * Re-key (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  RE_KEY(0x00000004, "Re-key", "ReKey", KmipVersion.V1_0, null),

  /**
   * Derive Key (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  DERIVE_KEY(0x00000005, "Derive Key", "DeriveKey", KmipVersion.V1_0, null),

  /**
   * Certify (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  CERTIFY(0x00000006, "Certify", "Certify", KmipVersion.V1_0, null),

  /**
   * Re-certify (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  RE_CERTIFY(0x00000007, "Re-certify", "ReCertify", KmipVersion.V1_0, null),

  /**
   * Locate (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  LOCATE(0x00000008, "Locate", "Locate", KmipVersion.V1_0, null),

  /**
   * Check (0x00000009).
   *
   * <p>Since KMIP 1.0.
   */
  CHECK(0x00000009, "Check", "Check", KmipVersion.V1_0, null),

  /**
   * Get (0x0000000A).
   *
   * <p>Since KMIP 1.0.
   */
  GET(0x0000000A, "Get", "Get", KmipVersion.V1_0, null),

  /**
   * Get Attributes (0x0000000B).
   *
   * <p>Since KMIP 1.0.
   */
  GET_ATTRIBUTES(0x0000000B, "Get Attributes", "GetAttributes", KmipVersion.V1_0, null),

  /**
   * Get Attribute List (0x0000000C).
   *
   * <p>Since KMIP 1.0.
   */
  GET_ATTRIBUTE_LIST(0x0000000C, "Get Attribute List", "GetAttributeList", KmipVersion.V1_0, null),

  /**
   * Add Attribute (0x0000000D).
   *
   * <p>Since KMIP 1.0.
   */
  ADD_ATTRIBUTE(0x0000000D, "Add Attribute", "AddAttribute", KmipVersion.V1_0, null),

  /**
   * Modify Attribute (0x0000000E).
   *
   * <p>Since KMIP 1.0.
   */
  MODIFY_ATTRIBUTE(0x0000000E, "Modify Attribute", "ModifyAttribute", KmipVersion.V1_0, null),

  /**
   * Delete Attribute (0x0000000F).
   *
   * <p>Since KMIP 1.0.
   */
  DELETE_ATTRIBUTE(0x0000000F, "Delete Attribute", "DeleteAttribute", KmipVersion.V1_0, null),

  /**
   * Obtain Lease (0x00000010).
   *
   * <p>Since KMIP 1.0.
   */
  OBTAIN_LEASE(0x00000010, "Obtain Lease", "ObtainLease", KmipVersion.V1_0, null),

  /**
   * Get Usage Allocation (0x00000011).
   *
   * <p>Since KMIP 1.0.
   */
  GET_USAGE_ALLOCATION(0x00000011, "Get Usage Allocation", "GetUsageAllocation", KmipVersion.V1_0, null),

  /**
   * Activate (0x00000012).
   *
   * <p>Since KMIP 1.0.
   */
  ACTIVATE(0x00000012, "Activate", "Activate", KmipVersion.V1_0, null),

  /**
   * Revoke (0x00000013).
   *
   * <p>Since KMIP 1.0.
   */
  REVOKE(0x00000013, "Revoke", "Revoke", KmipVersion.V1_0, null),

  /**
   * Destroy (0x00000014).
   *
   * <p>Since KMIP 1.0.
   */
  DESTROY(0x00000014, "Destroy", "Destroy", KmipVersion.V1_0, null),

  /**
   * Archive (0x00000015).
   *
   * <p>Since KMIP 1.0.
   */
  ARCHIVE(0x00000015, "Archive", "Archive", KmipVersion.V1_0, null),

  /**
   * Recover (0x00000016).
   *
   * <p>Since KMIP 1.0.
   */
  RECOVER(0x00000016, "Recover", "Recover", KmipVersion.V1_0, null),

  /**
   * Validate (0x00000017).
   *
   * <p>Since KMIP 1.0.
   */
  VALIDATE(0x00000017, "Validate", "Validate", KmipVersion.V1_0, null),

  /**
   * Query (0x00000018).
   *
   * <p>Since KMIP 1.0.
   */
  QUERY(0x00000018, "Query", "Query", KmipVersion.V1_0, null),

  /**
   * Cancel (0x00000019).
   *
   * <p>Since KMIP 1.0.
   */
  CANCEL(0x00000019, "Cancel", "Cancel", KmipVersion.V1_0, null),

  /**
   * Poll (0x0000001A).
   *
   * <p>Since KMIP 1.0.
   */
  POLL(0x0000001A, "Poll", "Poll", KmipVersion.V1_0, null),

  /**
   * Notify (0x0000001B).
   *
   * <p>Since KMIP 1.0.
   */
  NOTIFY(0x0000001B, "Notify", "Notify", KmipVersion.V1_0, null),

  /**
   * Put (0x0000001C).
   *
   * <p>Since KMIP 1.0.
   */
  PUT(0x0000001C, "Put", "Put", KmipVersion.V1_0, null),

  /**
   * Re-key Key Pair (0x0000001D).
   *
   * <p>Since KMIP 1.1.
   */
  RE_KEY_KEY_PAIR(0x0000001D, "Re-key Key Pair", "ReKeyKeyPair", KmipVersion.V1_1, null),

  /**
   * Discover Versions (0x0000001E).
   *
   * <p>Since KMIP 1.1.
   */
  DISCOVER_VERSIONS(0x0000001E, "Discover Versions", "DiscoverVersions", KmipVersion.V1_1, null),

  /**
   * Encrypt (0x0000001F).
   *
   * <p>Since KMIP 1.2.
   */
  ENCRYPT(0x0000001F, "Encrypt", "Encrypt", KmipVersion.V1_2, null),

  /**
   * Decrypt (0x00000020).
   *
   * <p>Since KMIP 1.2.
   */
  DECRYPT(0x00000020, "Decrypt", "Decrypt", KmipVersion.V1_2, null),

  /**
   * Sign (0x00000021).
   *
   * <p>Since KMIP 1.2.
   */
  SIGN(0x00000021, "Sign", "Sign", KmipVersion.V1_2, null),

  /**
   * Signature Verify (0x00000022).
   *
   * <p>Since KMIP 1.2.
   */
  SIGNATURE_VERIFY(0x00000022, "Signature Verify", "SignatureVerify", KmipVersion.V1_2, null),

  /**
   * MAC (0x00000023).
   *
   * <p>Since KMIP 1.2.
   */
  MAC(0x00000023, "MAC", "MAC", KmipVersion.V1_2, null),

  /**
   * MAC Verify (0x00000024).
   *
   * <p>Since KMIP 1.2.
   */
  MAC_VERIFY(0x00000024, "MAC Verify", "MACVerify", KmipVersion.V1_2, null),

  /**
   * RNG Retrieve (0x00000025).
   *
   * <p>Since KMIP 1.2.
   */
  RNG_RETRIEVE(0x00000025, "RNG Retrieve", "RNGRetrieve", KmipVersion.V1_2, null),

  /**
   * RNG Seed (0x00000026).
   *
   * <p>Since KMIP 1.2.
   */
  RNG_SEED(0x00000026, "RNG Seed", "RNGSeed", KmipVersion.V1_2, null),

  /**
   * Hash (0x00000027).
   *
   * <p>Since KMIP 1.2.
   */
  HASH(0x00000027, "Hash", "Hash", KmipVersion.V1_2, null),

  /**
   * Create Split Key (0x00000028).
   *
   * <p>Since KMIP 1.2.
   */
  CREATE_SPLIT_KEY(0x00000028, "Create Split Key", "CreateSplitKey", KmipVersion.V1_2, null),

  /**
   * Join Split Key (0x00000029).
   *
   * <p>Since KMIP 1.2.
   */
  JOIN_SPLIT_KEY(0x00000029, "Join Split Key", "JoinSplitKey", KmipVersion.V1_2, null),

  /**
   * Import (0x0000002A).
   *
   * <p>Since KMIP 1.4.
   */
  IMPORT(0x0000002A, "Import", "Import", KmipVersion.V1_4, null),

  /**
   * Export (0x0000002B).
   *
   * <p>Since KMIP 1.4.
   */
  EXPORT(0x0000002B, "Export", "Export", KmipVersion.V1_4, null),

  /**
   * Log (0x0000002C).
   *
   * <p>Since KMIP 2.0.
   */
  LOG(0x0000002C, "Log", "Log", KmipVersion.V2_0, null),

  /**
   * Login (0x0000002D).
   *
   * <p>Since KMIP 2.0.
   */
  LOGIN(0x0000002D, "Login", "Login", KmipVersion.V2_0, null),

  /**
   * Logout (0x0000002E).
   *
   * <p>Since KMIP 2.0.
   */
  LOGOUT(0x0000002E, "Logout", "Logout", KmipVersion.V2_0, null),

  /**
   * Delegated Login (0x0000002F).
   *
   * <p>Since KMIP 2.0.
   */
  DELEGATED_LOGIN(0x0000002F, "Delegated Login", "DelegatedLogin", KmipVersion.V2_0, null),

  /**
   * Adjust Attribute (0x00000030).
   *
   * <p>Since KMIP 2.0.
   */
  ADJUST_ATTRIBUTE(0x00000030, "Adjust Attribute", "AdjustAttribute", KmipVersion.V2_0, null),

  /**
   * Set Attribute (0x00000031).
   *
   * <p>Since KMIP 2.0.
   */
  SET_ATTRIBUTE(0x00000031, "Set Attribute", "SetAttribute", KmipVersion.V2_0, null),

  /**
   * Set Endpoint Role (0x00000032).
   *
   * <p>Since KMIP 2.0.
   */
  SET_ENDPOINT_ROLE(0x00000032, "Set Endpoint Role", "SetEndpointRole", KmipVersion.V2_0, null),

  /**
   * PKCS#11 (0x00000033).
   *
   * <p>Since KMIP 2.0.
   */
  PKCS_11(0x00000033, "PKCS#11", "PKCS_11", KmipVersion.V2_0, null),

  /**
   * Interop (0x00000034).
   *
   * <p>Since KMIP 2.0.
   */
  INTEROP(0x00000034, "Interop", "Interop", KmipVersion.V2_0, null),

  /**
   * Re-Provision (0x00000035).
   *
   * <p>Since KMIP 2.0.
   */
  RE_PROVISION(0x00000035, "Re-Provision", "ReProvision", KmipVersion.V2_0, null),

  /**
   * Set Defaults (0x00000036).
   *
   * <p>Since KMIP 2.1.
   */
  SET_DEFAULTS(0x00000036, "Set Defaults", "SetDefaults", KmipVersion.V2_1, null),

  /**
   * Set Constraints (0x00000037).
   *
   * <p>Since KMIP 2.1.
   */
  SET_CONSTRAINTS(0x00000037, "Set Constraints", "SetConstraints", KmipVersion.V2_1, null),

  /**
   * Get Constraints (0x00000038).
   *
   * <p>Since KMIP 2.1.
   */
  GET_CONSTRAINTS(0x00000038, "Get Constraints", "GetConstraints", KmipVersion.V2_1, null),

  /**
   * Query Asynchronous Requests (0x00000039).
   *
   * <p>Since KMIP 2.1.
   */
  QUERY_ASYNCHRONOUS_REQUESTS(0x00000039, "Query Asynchronous Requests", "QueryAsynchronousRequests", KmipVersion.V2_1, null),

  /**
   * Process (0x0000003A).
   *
   * <p>Since KMIP 2.1.
   */
  PROCESS(0x0000003A, "Process", "Process", KmipVersion.V2_1, null),

  /**
   * Ping (0x0000003B).
   *
   * <p>Since KMIP 2.1.
   */
  PING(0x0000003B, "Ping", "Ping", KmipVersion.V2_1, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  Operation(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Create"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Create"}.
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
  public static Operation fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> CREATE;
      case 0x00000002 -> CREATE_KEY_PAIR;
      case 0x00000003 -> REGISTER;
      case 0x00000004 -> RE_KEY;
      case 0x00000005 -> DERIVE_KEY;
      case 0x00000006 -> CERTIFY;
      case 0x00000007 -> RE_CERTIFY;
      case 0x00000008 -> LOCATE;
      case 0x00000009 -> CHECK;
      case 0x0000000A -> GET;
      case 0x0000000B -> GET_ATTRIBUTES;
      case 0x0000000C -> GET_ATTRIBUTE_LIST;
      case 0x0000000D -> ADD_ATTRIBUTE;
      case 0x0000000E -> MODIFY_ATTRIBUTE;
      case 0x0000000F -> DELETE_ATTRIBUTE;
      case 0x00000010 -> OBTAIN_LEASE;
      case 0x00000011 -> GET_USAGE_ALLOCATION;
      case 0x00000012 -> ACTIVATE;
      case 0x00000013 -> REVOKE;
      case 0x00000014 -> DESTROY;
      case 0x00000015 -> ARCHIVE;
      case 0x00000016 -> RECOVER;
      case 0x00000017 -> VALIDATE;
      case 0x00000018 -> QUERY;
      case 0x00000019 -> CANCEL;
      case 0x0000001A -> POLL;
      case 0x0000001B -> NOTIFY;
      case 0x0000001C -> PUT;
      case 0x0000001D -> RE_KEY_KEY_PAIR;
      case 0x0000001E -> DISCOVER_VERSIONS;
      case 0x0000001F -> ENCRYPT;
      case 0x00000020 -> DECRYPT;
      case 0x00000021 -> SIGN;
      case 0x00000022 -> SIGNATURE_VERIFY;
      case 0x00000023 -> MAC;
      case 0x00000024 -> MAC_VERIFY;
      case 0x00000025 -> RNG_RETRIEVE;
      case 0x00000026 -> RNG_SEED;
      case 0x00000027 -> HASH;
      case 0x00000028 -> CREATE_SPLIT_KEY;
      case 0x00000029 -> JOIN_SPLIT_KEY;
      case 0x0000002A -> IMPORT;
      case 0x0000002B -> EXPORT;
      case 0x0000002C -> LOG;
      case 0x0000002D -> LOGIN;
      case 0x0000002E -> LOGOUT;
      case 0x0000002F -> DELEGATED_LOGIN;
      case 0x00000030 -> ADJUST_ATTRIBUTE;
      case 0x00000031 -> SET_ATTRIBUTE;
      case 0x00000032 -> SET_ENDPOINT_ROLE;
      case 0x00000033 -> PKCS_11;
      case 0x00000034 -> INTEROP;
      case 0x00000035 -> RE_PROVISION;
      case 0x00000036 -> SET_DEFAULTS;
      case 0x00000037 -> SET_CONSTRAINTS;
      case 0x00000038 -> GET_CONSTRAINTS;
      case 0x00000039 -> QUERY_ASYNCHRONOUS_REQUESTS;
      case 0x0000003A -> PROCESS;
      case 0x0000003B -> PING;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Create"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static Operation fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Create" -> CREATE;
      case "CreateKeyPair" -> CREATE_KEY_PAIR;
      case "Register" -> REGISTER;
      case "ReKey" -> RE_KEY;
      case "DeriveKey" -> DERIVE_KEY;
      case "Certify" -> CERTIFY;
      case "ReCertify" -> RE_CERTIFY;
      case "Locate" -> LOCATE;
      case "Check" -> CHECK;
      case "Get" -> GET;
      case "GetAttributes" -> GET_ATTRIBUTES;
      case "GetAttributeList" -> GET_ATTRIBUTE_LIST;
      case "AddAttribute" -> ADD_ATTRIBUTE;
      case "ModifyAttribute" -> MODIFY_ATTRIBUTE;
      case "DeleteAttribute" -> DELETE_ATTRIBUTE;
      case "ObtainLease" -> OBTAIN_LEASE;
      case "GetUsageAllocation" -> GET_USAGE_ALLOCATION;
      case "Activate" -> ACTIVATE;
      case "Revoke" -> REVOKE;
      case "Destroy" -> DESTROY;
      case "Archive" -> ARCHIVE;
      case "Recover" -> RECOVER;
      case "Validate" -> VALIDATE;
      case "Query" -> QUERY;
      case "Cancel" -> CANCEL;
      case "Poll" -> POLL;
      case "Notify" -> NOTIFY;
      case "Put" -> PUT;
      case "ReKeyKeyPair" -> RE_KEY_KEY_PAIR;
      case "DiscoverVersions" -> DISCOVER_VERSIONS;
      case "Encrypt" -> ENCRYPT;
      case "Decrypt" -> DECRYPT;
      case "Sign" -> SIGN;
      case "SignatureVerify" -> SIGNATURE_VERIFY;
      case "MAC" -> MAC;
      case "MACVerify" -> MAC_VERIFY;
      case "RNGRetrieve" -> RNG_RETRIEVE;
      case "RNGSeed" -> RNG_SEED;
      case "Hash" -> HASH;
      case "CreateSplitKey" -> CREATE_SPLIT_KEY;
      case "JoinSplitKey" -> JOIN_SPLIT_KEY;
      case "Import" -> IMPORT;
      case "Export" -> EXPORT;
      case "Log" -> LOG;
      case "Login" -> LOGIN;
      case "Logout" -> LOGOUT;
      case "DelegatedLogin" -> DELEGATED_LOGIN;
      case "AdjustAttribute" -> ADJUST_ATTRIBUTE;
      case "SetAttribute" -> SET_ATTRIBUTE;
      case "SetEndpointRole" -> SET_ENDPOINT_ROLE;
      case "PKCS_11" -> PKCS_11;
      case "Interop" -> INTEROP;
      case "ReProvision" -> RE_PROVISION;
      case "SetDefaults" -> SET_DEFAULTS;
      case "SetConstraints" -> SET_CONSTRAINTS;
      case "GetConstraints" -> GET_CONSTRAINTS;
      case "QueryAsynchronousRequests" -> QUERY_ASYNCHRONOUS_REQUESTS;
      case "Process" -> PROCESS;
      case "Ping" -> PING;
      case null, default -> null;
    };
  }
}
