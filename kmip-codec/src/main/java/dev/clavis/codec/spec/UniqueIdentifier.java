// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Unique Identifier.
 *
 * <p>Since KMIP 2.0. Spec: 2.1 §11.58 Unique Identifier Enumeration.
 */
public enum UniqueIdentifier {
  /**
   * ID Placeholder (0x00000001).
   *
   * <p>Since KMIP 2.0.
   */
  ID_PLACEHOLDER(0x00000001, "ID Placeholder", "IDPlaceholder", KmipVersion.V2_0, null),

  /**
   * Certify (0x00000002).
   *
   * <p>Since KMIP 2.0.
   */
  CERTIFY(0x00000002, "Certify", "Certify", KmipVersion.V2_0, null),

  /**
   * Create (0x00000003).
   *
   * <p>Since KMIP 2.0.
   */
  CREATE(0x00000003, "Create", "Create", KmipVersion.V2_0, null),

  /**
   * Create Key Pair (0x00000004).
   *
   * <p>Since KMIP 2.0.
   */
  CREATE_KEY_PAIR(0x00000004, "Create Key Pair", "CreateKeyPair", KmipVersion.V2_0, null),

  /**
   * Create Key Pair Private Key (0x00000005).
   *
   * <p>Since KMIP 2.0.
   */
  CREATE_KEY_PAIR_PRIVATE_KEY(0x00000005, "Create Key Pair Private Key", "CreateKeyPairPrivateKey", KmipVersion.V2_0, null),

  /**
   * Create Key Pair Public Key (0x00000006).
   *
   * <p>Since KMIP 2.0.
   */
  CREATE_KEY_PAIR_PUBLIC_KEY(0x00000006, "Create Key Pair Public Key", "CreateKeyPairPublicKey", KmipVersion.V2_0, null),

  /**
   * Create Split Key (0x00000007).
   *
   * <p>Since KMIP 2.0.
   */
  CREATE_SPLIT_KEY(0x00000007, "Create Split Key", "CreateSplitKey", KmipVersion.V2_0, null),

  /**
   * Derive Key (0x00000008).
   *
   * <p>Since KMIP 2.0.
   */
  DERIVE_KEY(0x00000008, "Derive Key", "DeriveKey", KmipVersion.V2_0, null),

  /**
   * Import (0x00000009).
   *
   * <p>Since KMIP 2.0.
   */
  IMPORT(0x00000009, "Import", "Import", KmipVersion.V2_0, null),

  /**
   * Join Split Key (0x0000000A).
   *
   * <p>Since KMIP 2.0.
   */
  JOIN_SPLIT_KEY(0x0000000A, "Join Split Key", "JoinSplitKey", KmipVersion.V2_0, null),

  /**
   * Locate (0x0000000B).
   *
   * <p>Since KMIP 2.0.
   */
  LOCATE(0x0000000B, "Locate", "Locate", KmipVersion.V2_0, null),

  /**
   * Register (0x0000000C).
   *
   * <p>Since KMIP 2.0.
   */
  REGISTER(0x0000000C, "Register", "Register", KmipVersion.V2_0, null),

  /**
   * Re-key (0x0000000D).
   *
   * <p>Since KMIP 2.0.
   */
  RE_KEY(0x0000000D, "Re-key", "ReKey", KmipVersion.V2_0, null),

  /**
   * Re-certify (0x0000000E).
   *
   * <p>Since KMIP 2.0.
   */
  RE_CERTIFY(0x0000000E, "Re-certify", "ReCertify", KmipVersion.V2_0, null),

  /**
   * Re-key Key Pair (0x0000000F).
   *
   * <p>Since KMIP 2.0.
   */
  RE_KEY_KEY_PAIR(0x0000000F, "Re-key Key Pair", "ReKeyKeyPair", KmipVersion.V2_0, null),

  /**
   * Re-key Key Pair Private Key (0x00000010).
   *
   * <p>Since KMIP 2.0.
   */
  RE_KEY_KEY_PAIR_PRIVATE_KEY(0x00000010, "Re-key Key Pair Private Key", "ReKeyKeyPairPrivateKey", KmipVersion.V2_0, null),

  /**
   * Re-key Key Pair Public Key (0x00000011).
   *
   * <p>Since KMIP 2.0.
   */
  RE_KEY_KEY_PAIR_PUBLIC_KEY(0x00000011, "Re-key Key Pair Public Key", "ReKeyKeyPairPublicKey", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  UniqueIdentifier(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "ID Placeholder"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "IDPlaceholder"}.
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
  public static UniqueIdentifier fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> ID_PLACEHOLDER;
      case 0x00000002 -> CERTIFY;
      case 0x00000003 -> CREATE;
      case 0x00000004 -> CREATE_KEY_PAIR;
      case 0x00000005 -> CREATE_KEY_PAIR_PRIVATE_KEY;
      case 0x00000006 -> CREATE_KEY_PAIR_PUBLIC_KEY;
      case 0x00000007 -> CREATE_SPLIT_KEY;
      case 0x00000008 -> DERIVE_KEY;
      case 0x00000009 -> IMPORT;
      case 0x0000000A -> JOIN_SPLIT_KEY;
      case 0x0000000B -> LOCATE;
      case 0x0000000C -> REGISTER;
      case 0x0000000D -> RE_KEY;
      case 0x0000000E -> RE_CERTIFY;
      case 0x0000000F -> RE_KEY_KEY_PAIR;
      case 0x00000010 -> RE_KEY_KEY_PAIR_PRIVATE_KEY;
      case 0x00000011 -> RE_KEY_KEY_PAIR_PUBLIC_KEY;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "IDPlaceholder"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static UniqueIdentifier fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "IDPlaceholder" -> ID_PLACEHOLDER;
      case "Certify" -> CERTIFY;
      case "Create" -> CREATE;
      case "CreateKeyPair" -> CREATE_KEY_PAIR;
      case "CreateKeyPairPrivateKey" -> CREATE_KEY_PAIR_PRIVATE_KEY;
      case "CreateKeyPairPublicKey" -> CREATE_KEY_PAIR_PUBLIC_KEY;
      case "CreateSplitKey" -> CREATE_SPLIT_KEY;
      case "DeriveKey" -> DERIVE_KEY;
      case "Import" -> IMPORT;
      case "JoinSplitKey" -> JOIN_SPLIT_KEY;
      case "Locate" -> LOCATE;
      case "Register" -> REGISTER;
      case "ReKey" -> RE_KEY;
      case "ReCertify" -> RE_CERTIFY;
      case "ReKeyKeyPair" -> RE_KEY_KEY_PAIR;
      case "ReKeyKeyPairPrivateKey" -> RE_KEY_KEY_PAIR_PRIVATE_KEY;
      case "ReKeyKeyPairPublicKey" -> RE_KEY_KEY_PAIR_PUBLIC_KEY;
      case null, default -> null;
    };
  }
}
