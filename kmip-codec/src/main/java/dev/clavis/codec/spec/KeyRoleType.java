// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Key Role Type.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.26 Key Role Type Enumeration.
 */
public enum KeyRoleType {
  /**
   * BDK (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  BDK(0x00000001, "BDK", "BDK", KmipVersion.V1_0, null),

  /**
   * CVK (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  CVK(0x00000002, "CVK", "CVK", KmipVersion.V1_0, null),

  /**
   * DEK (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  DEK(0x00000003, "DEK", "DEK", KmipVersion.V1_0, null),

  /**
   * MKAC (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  MKAC(0x00000004, "MKAC", "MKAC", KmipVersion.V1_0, null),

  /**
   * MKSMC (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  MKSMC(0x00000005, "MKSMC", "MKSMC", KmipVersion.V1_0, null),

  /**
   * MKSMI (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  MKSMI(0x00000006, "MKSMI", "MKSMI", KmipVersion.V1_0, null),

  /**
   * MKDAC (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  MKDAC(0x00000007, "MKDAC", "MKDAC", KmipVersion.V1_0, null),

  /**
   * MKDN (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  MKDN(0x00000008, "MKDN", "MKDN", KmipVersion.V1_0, null),

  /**
   * MKCP (0x00000009).
   *
   * <p>Since KMIP 1.0.
   */
  MKCP(0x00000009, "MKCP", "MKCP", KmipVersion.V1_0, null),

  /**
   * MKOTH (0x0000000A).
   *
   * <p>Since KMIP 1.0.
   */
  MKOTH(0x0000000A, "MKOTH", "MKOTH", KmipVersion.V1_0, null),

  /**
   * KEK (0x0000000B).
   *
   * <p>Since KMIP 1.0.
   */
  KEK(0x0000000B, "KEK", "KEK", KmipVersion.V1_0, null),

  /**
   * MAC16609 (0x0000000C).
   *
   * <p>Since KMIP 1.0.
   */
  MAC16609(0x0000000C, "MAC16609", "MAC16609", KmipVersion.V1_0, null),

  /**
   * MAC97971 (0x0000000D).
   *
   * <p>Since KMIP 1.0.
   */
  MAC97971(0x0000000D, "MAC97971", "MAC97971", KmipVersion.V1_0, null),

  /**
   * MAC97972 (0x0000000E).
   *
   * <p>Since KMIP 1.0.
   */
  MAC97972(0x0000000E, "MAC97972", "MAC97972", KmipVersion.V1_0, null),

  /**
   * MAC97973 (0x0000000F).
   *
   * <p>Since KMIP 1.0.
   */
  MAC97973(0x0000000F, "MAC97973", "MAC97973", KmipVersion.V1_0, null),

  /**
   * MAC97974 (0x00000010).
   *
   * <p>Since KMIP 1.0.
   */
  MAC97974(0x00000010, "MAC97974", "MAC97974", KmipVersion.V1_0, null),

  /**
   * MAC97975 (0x00000011).
   *
   * <p>Since KMIP 1.0.
   */
  MAC97975(0x00000011, "MAC97975", "MAC97975", KmipVersion.V1_0, null),

  /**
   * ZPK (0x00000012).
   *
   * <p>Since KMIP 1.0.
   */
  ZPK(0x00000012, "ZPK", "ZPK", KmipVersion.V1_0, null),

  /**
   * PVKIBM (0x00000013).
   *
   * <p>Since KMIP 1.0.
   */
  PVKIBM(0x00000013, "PVKIBM", "PVKIBM", KmipVersion.V1_0, null),

  /**
   * PVKPVV (0x00000014).
   *
   * <p>Since KMIP 1.0.
   */
  PVKPVV(0x00000014, "PVKPVV", "PVKPVV", KmipVersion.V1_0, null),

  /**
   * PVKOTH (0x00000015).
   *
   * <p>Since KMIP 1.0.
   */
  PVKOTH(0x00000015, "PVKOTH", "PVKOTH", KmipVersion.V1_0, null),

  /**
   * DUKPT (0x00000016).
   *
   * <p>Since KMIP 1.4.
   */
  DUKPT(0x00000016, "DUKPT", "DUKPT", KmipVersion.V1_4, null),

  /**
   * IV (0x00000017).
   *
   * <p>Since KMIP 1.4.
   */
  IV(0x00000017, "IV", "IV", KmipVersion.V1_4, null),

  /**
   * TRKBK (0x00000018).
   *
   * <p>Since KMIP 1.4.
   */
  TRKBK(0x00000018, "TRKBK", "TRKBK", KmipVersion.V1_4, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  KeyRoleType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "BDK"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "BDK"}.
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
  public static KeyRoleType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> BDK;
      case 0x00000002 -> CVK;
      case 0x00000003 -> DEK;
      case 0x00000004 -> MKAC;
      case 0x00000005 -> MKSMC;
      case 0x00000006 -> MKSMI;
      case 0x00000007 -> MKDAC;
      case 0x00000008 -> MKDN;
      case 0x00000009 -> MKCP;
      case 0x0000000A -> MKOTH;
      case 0x0000000B -> KEK;
      case 0x0000000C -> MAC16609;
      case 0x0000000D -> MAC97971;
      case 0x0000000E -> MAC97972;
      case 0x0000000F -> MAC97973;
      case 0x00000010 -> MAC97974;
      case 0x00000011 -> MAC97975;
      case 0x00000012 -> ZPK;
      case 0x00000013 -> PVKIBM;
      case 0x00000014 -> PVKPVV;
      case 0x00000015 -> PVKOTH;
      case 0x00000016 -> DUKPT;
      case 0x00000017 -> IV;
      case 0x00000018 -> TRKBK;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "BDK"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static KeyRoleType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "BDK" -> BDK;
      case "CVK" -> CVK;
      case "DEK" -> DEK;
      case "MKAC" -> MKAC;
      case "MKSMC" -> MKSMC;
      case "MKSMI" -> MKSMI;
      case "MKDAC" -> MKDAC;
      case "MKDN" -> MKDN;
      case "MKCP" -> MKCP;
      case "MKOTH" -> MKOTH;
      case "KEK" -> KEK;
      case "MAC16609" -> MAC16609;
      case "MAC97971" -> MAC97971;
      case "MAC97972" -> MAC97972;
      case "MAC97973" -> MAC97973;
      case "MAC97974" -> MAC97974;
      case "MAC97975" -> MAC97975;
      case "ZPK" -> ZPK;
      case "PVKIBM" -> PVKIBM;
      case "PVKPVV" -> PVKPVV;
      case "PVKOTH" -> PVKOTH;
      case "DUKPT" -> DUKPT;
      case "IV" -> IV;
      case "TRKBK" -> TRKBK;
      case null, default -> null;
    };
  }
}
