// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Recommended Curve.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.45 Recommended Curve Enumeration.
 */
public enum RecommendedCurve {
  /**
   * P-192 (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  P_192(0x00000001, "P-192", "P_192", KmipVersion.V1_0, null),

  /**
   * K-163 (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  K_163(0x00000002, "K-163", "K_163", KmipVersion.V1_0, null),

  /**
   * B-163 (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  B_163(0x00000003, "B-163", "B_163", KmipVersion.V1_0, null),

  /**
   * P-224 (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  P_224(0x00000004, "P-224", "P_224", KmipVersion.V1_0, null),

  /**
   * K-233 (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  K_233(0x00000005, "K-233", "K_233", KmipVersion.V1_0, null),

  /**
   * B-233 (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  B_233(0x00000006, "B-233", "B_233", KmipVersion.V1_0, null),

  /**
   * P-256 (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  P_256(0x00000007, "P-256", "P_256", KmipVersion.V1_0, null),

  /**
   * K-283 (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  K_283(0x00000008, "K-283", "K_283", KmipVersion.V1_0, null),

  /**
   * B-283 (0x00000009).
   *
   * <p>Since KMIP 1.0.
   */
  B_283(0x00000009, "B-283", "B_283", KmipVersion.V1_0, null),

  /**
   * P-384 (0x0000000A).
   *
   * <p>Since KMIP 1.0.
   */
  P_384(0x0000000A, "P-384", "P_384", KmipVersion.V1_0, null),

  /**
   * K-409 (0x0000000B).
   *
   * <p>Since KMIP 1.0.
   */
  K_409(0x0000000B, "K-409", "K_409", KmipVersion.V1_0, null),

  /**
   * B-409 (0x0000000C).
   *
   * <p>Since KMIP 1.0.
   */
  B_409(0x0000000C, "B-409", "B_409", KmipVersion.V1_0, null),

  /**
   * P-521 (0x0000000D).
   *
   * <p>Since KMIP 1.0.
   */
  P_521(0x0000000D, "P-521", "P_521", KmipVersion.V1_0, null),

  /**
   * K-571 (0x0000000E).
   *
   * <p>Since KMIP 1.0.
   */
  K_571(0x0000000E, "K-571", "K_571", KmipVersion.V1_0, null),

  /**
   * B-571 (0x0000000F).
   *
   * <p>Since KMIP 1.0.
   */
  B_571(0x0000000F, "B-571", "B_571", KmipVersion.V1_0, null),

  /**
   * SECP112R1 (0x00000010).
   *
   * <p>Since KMIP 1.2.
   */
  SECP112R1(0x00000010, "SECP112R1", "SECP112R1", KmipVersion.V1_2, null),

  /**
   * SECP112R2 (0x00000011).
   *
   * <p>Since KMIP 1.2.
   */
  SECP112R2(0x00000011, "SECP112R2", "SECP112R2", KmipVersion.V1_2, null),

  /**
   * SECP128R1 (0x00000012).
   *
   * <p>Since KMIP 1.2.
   */
  SECP128R1(0x00000012, "SECP128R1", "SECP128R1", KmipVersion.V1_2, null),

  /**
   * SECP128R2 (0x00000013).
   *
   * <p>Since KMIP 1.2.
   */
  SECP128R2(0x00000013, "SECP128R2", "SECP128R2", KmipVersion.V1_2, null),

  /**
   * SECP160K1 (0x00000014).
   *
   * <p>Since KMIP 1.2.
   */
  SECP160K1(0x00000014, "SECP160K1", "SECP160K1", KmipVersion.V1_2, null),

  /**
   * SECP160R1 (0x00000015).
   *
   * <p>Since KMIP 1.2.
   */
  SECP160R1(0x00000015, "SECP160R1", "SECP160R1", KmipVersion.V1_2, null),

  /**
   * SECP160R2 (0x00000016).
   *
   * <p>Since KMIP 1.2.
   */
  SECP160R2(0x00000016, "SECP160R2", "SECP160R2", KmipVersion.V1_2, null),

  /**
   * SECP192K1 (0x00000017).
   *
   * <p>Since KMIP 1.2.
   */
  SECP192K1(0x00000017, "SECP192K1", "SECP192K1", KmipVersion.V1_2, null),

  /**
   * SECP224K1 (0x00000018).
   *
   * <p>Since KMIP 1.2.
   */
  SECP224K1(0x00000018, "SECP224K1", "SECP224K1", KmipVersion.V1_2, null),

  /**
   * SECP256K1 (0x00000019).
   *
   * <p>Since KMIP 1.2.
   */
  SECP256K1(0x00000019, "SECP256K1", "SECP256K1", KmipVersion.V1_2, null),

  /**
   * SECT113R1 (0x0000001A).
   *
   * <p>Since KMIP 1.2.
   */
  SECT113R1(0x0000001A, "SECT113R1", "SECT113R1", KmipVersion.V1_2, null),

  /**
   * SECT113R2 (0x0000001B).
   *
   * <p>Since KMIP 1.2.
   */
  SECT113R2(0x0000001B, "SECT113R2", "SECT113R2", KmipVersion.V1_2, null),

  /**
   * SECT131R1 (0x0000001C).
   *
   * <p>Since KMIP 1.2.
   */
  SECT131R1(0x0000001C, "SECT131R1", "SECT131R1", KmipVersion.V1_2, null),

  /**
   * SECT131R2 (0x0000001D).
   *
   * <p>Since KMIP 1.2.
   */
  SECT131R2(0x0000001D, "SECT131R2", "SECT131R2", KmipVersion.V1_2, null),

  /**
   * SECT163R1 (0x0000001E).
   *
   * <p>Since KMIP 1.2.
   */
  SECT163R1(0x0000001E, "SECT163R1", "SECT163R1", KmipVersion.V1_2, null),

  /**
   * SECT193R1 (0x0000001F).
   *
   * <p>Since KMIP 1.2.
   */
  SECT193R1(0x0000001F, "SECT193R1", "SECT193R1", KmipVersion.V1_2, null),

  /**
   * SECT193R2 (0x00000020).
   *
   * <p>Since KMIP 1.2.
   */
  SECT193R2(0x00000020, "SECT193R2", "SECT193R2", KmipVersion.V1_2, null),

  /**
   * SECT239K1 (0x00000021).
   *
   * <p>Since KMIP 1.2.
   */
  SECT239K1(0x00000021, "SECT239K1", "SECT239K1", KmipVersion.V1_2, null),

  /**
   * ANSIX9P192V2 (0x00000022).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9P192V2(0x00000022, "ANSIX9P192V2", "ANSIX9P192V2", KmipVersion.V1_2, null),

  /**
   * ANSIX9P192V3 (0x00000023).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9P192V3(0x00000023, "ANSIX9P192V3", "ANSIX9P192V3", KmipVersion.V1_2, null),

  /**
   * ANSIX9P239V1 (0x00000024).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9P239V1(0x00000024, "ANSIX9P239V1", "ANSIX9P239V1", KmipVersion.V1_2, null),

  /**
   * ANSIX9P239V2 (0x00000025).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9P239V2(0x00000025, "ANSIX9P239V2", "ANSIX9P239V2", KmipVersion.V1_2, null),

  /**
   * ANSIX9P239V3 (0x00000026).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9P239V3(0x00000026, "ANSIX9P239V3", "ANSIX9P239V3", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2PNB163V1 (0x00000027).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2PNB163V1(0x00000027, "ANSIX9C2PNB163V1", "ANSIX9C2PNB163V1", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2PNB163V2 (0x00000028).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2PNB163V2(0x00000028, "ANSIX9C2PNB163V2", "ANSIX9C2PNB163V2", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2PNB163V3 (0x00000029).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2PNB163V3(0x00000029, "ANSIX9C2PNB163V3", "ANSIX9C2PNB163V3", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2PNB176V1 (0x0000002A).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2PNB176V1(0x0000002A, "ANSIX9C2PNB176V1", "ANSIX9C2PNB176V1", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2TNB191V1 (0x0000002B).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2TNB191V1(0x0000002B, "ANSIX9C2TNB191V1", "ANSIX9C2TNB191V1", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2TNB191V2 (0x0000002C).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2TNB191V2(0x0000002C, "ANSIX9C2TNB191V2", "ANSIX9C2TNB191V2", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2TNB191V3 (0x0000002D).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2TNB191V3(0x0000002D, "ANSIX9C2TNB191V3", "ANSIX9C2TNB191V3", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2PNB208W1 (0x0000002E).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2PNB208W1(0x0000002E, "ANSIX9C2PNB208W1", "ANSIX9C2PNB208W1", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2TNB239V1 (0x0000002F).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2TNB239V1(0x0000002F, "ANSIX9C2TNB239V1", "ANSIX9C2TNB239V1", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2TNB239V2 (0x00000030).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2TNB239V2(0x00000030, "ANSIX9C2TNB239V2", "ANSIX9C2TNB239V2", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2TNB239V3 (0x00000031).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2TNB239V3(0x00000031, "ANSIX9C2TNB239V3", "ANSIX9C2TNB239V3", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2PNB272W1 (0x00000032).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2PNB272W1(0x00000032, "ANSIX9C2PNB272W1", "ANSIX9C2PNB272W1", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2PNB304W1 (0x00000033).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2PNB304W1(0x00000033, "ANSIX9C2PNB304W1", "ANSIX9C2PNB304W1", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2TNB359V1 (0x00000034).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2TNB359V1(0x00000034, "ANSIX9C2TNB359V1", "ANSIX9C2TNB359V1", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2PNB368W1 (0x00000035).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2PNB368W1(0x00000035, "ANSIX9C2PNB368W1", "ANSIX9C2PNB368W1", KmipVersion.V1_2, null),

  /**
   * ANSIX9C2TNB431R1 (0x00000036).
   *
   * <p>Since KMIP 1.2.
   */
  ANSIX9C2TNB431R1(0x00000036, "ANSIX9C2TNB431R1", "ANSIX9C2TNB431R1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP160R1 (0x00000037).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP160R1(0x00000037, "BRAINPOOLP160R1", "BRAINPOOLP160R1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP160T1 (0x00000038).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP160T1(0x00000038, "BRAINPOOLP160T1", "BRAINPOOLP160T1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP192R1 (0x00000039).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP192R1(0x00000039, "BRAINPOOLP192R1", "BRAINPOOLP192R1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP192T1 (0x0000003A).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP192T1(0x0000003A, "BRAINPOOLP192T1", "BRAINPOOLP192T1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP224R1 (0x0000003B).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP224R1(0x0000003B, "BRAINPOOLP224R1", "BRAINPOOLP224R1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP224T1 (0x0000003C).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP224T1(0x0000003C, "BRAINPOOLP224T1", "BRAINPOOLP224T1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP256R1 (0x0000003D).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP256R1(0x0000003D, "BRAINPOOLP256R1", "BRAINPOOLP256R1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP256T1 (0x0000003E).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP256T1(0x0000003E, "BRAINPOOLP256T1", "BRAINPOOLP256T1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP320R1 (0x0000003F).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP320R1(0x0000003F, "BRAINPOOLP320R1", "BRAINPOOLP320R1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP320T1 (0x00000040).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP320T1(0x00000040, "BRAINPOOLP320T1", "BRAINPOOLP320T1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP384R1 (0x00000041).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP384R1(0x00000041, "BRAINPOOLP384R1", "BRAINPOOLP384R1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP384T1 (0x00000042).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP384T1(0x00000042, "BRAINPOOLP384T1", "BRAINPOOLP384T1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP512R1 (0x00000043).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP512R1(0x00000043, "BRAINPOOLP512R1", "BRAINPOOLP512R1", KmipVersion.V1_2, null),

  /**
   * BRAINPOOLP512T1 (0x00000044).
   *
   * <p>Since KMIP 1.2.
   */
  BRAINPOOLP512T1(0x00000044, "BRAINPOOLP512T1", "BRAINPOOLP512T1", KmipVersion.V1_2, null),

  /**
   * CURVE25519 (0x00000045).
   *
   * <p>Since KMIP 2.0.
   */
  CURVE25519(0x00000045, "CURVE25519", "CURVE25519", KmipVersion.V2_0, null),

  /**
   * CURVE448 (0x00000046).
   *
   * <p>Since KMIP 2.0.
   */
  CURVE448(0x00000046, "CURVE448", "CURVE448", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  RecommendedCurve(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "P-192"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "P_192"}.
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
  public static RecommendedCurve fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> P_192;
      case 0x00000002 -> K_163;
      case 0x00000003 -> B_163;
      case 0x00000004 -> P_224;
      case 0x00000005 -> K_233;
      case 0x00000006 -> B_233;
      case 0x00000007 -> P_256;
      case 0x00000008 -> K_283;
      case 0x00000009 -> B_283;
      case 0x0000000A -> P_384;
      case 0x0000000B -> K_409;
      case 0x0000000C -> B_409;
      case 0x0000000D -> P_521;
      case 0x0000000E -> K_571;
      case 0x0000000F -> B_571;
      case 0x00000010 -> SECP112R1;
      case 0x00000011 -> SECP112R2;
      case 0x00000012 -> SECP128R1;
      case 0x00000013 -> SECP128R2;
      case 0x00000014 -> SECP160K1;
      case 0x00000015 -> SECP160R1;
      case 0x00000016 -> SECP160R2;
      case 0x00000017 -> SECP192K1;
      case 0x00000018 -> SECP224K1;
      case 0x00000019 -> SECP256K1;
      case 0x0000001A -> SECT113R1;
      case 0x0000001B -> SECT113R2;
      case 0x0000001C -> SECT131R1;
      case 0x0000001D -> SECT131R2;
      case 0x0000001E -> SECT163R1;
      case 0x0000001F -> SECT193R1;
      case 0x00000020 -> SECT193R2;
      case 0x00000021 -> SECT239K1;
      case 0x00000022 -> ANSIX9P192V2;
      case 0x00000023 -> ANSIX9P192V3;
      case 0x00000024 -> ANSIX9P239V1;
      case 0x00000025 -> ANSIX9P239V2;
      case 0x00000026 -> ANSIX9P239V3;
      case 0x00000027 -> ANSIX9C2PNB163V1;
      case 0x00000028 -> ANSIX9C2PNB163V2;
      case 0x00000029 -> ANSIX9C2PNB163V3;
      case 0x0000002A -> ANSIX9C2PNB176V1;
      case 0x0000002B -> ANSIX9C2TNB191V1;
      case 0x0000002C -> ANSIX9C2TNB191V2;
      case 0x0000002D -> ANSIX9C2TNB191V3;
      case 0x0000002E -> ANSIX9C2PNB208W1;
      case 0x0000002F -> ANSIX9C2TNB239V1;
      case 0x00000030 -> ANSIX9C2TNB239V2;
      case 0x00000031 -> ANSIX9C2TNB239V3;
      case 0x00000032 -> ANSIX9C2PNB272W1;
      case 0x00000033 -> ANSIX9C2PNB304W1;
      case 0x00000034 -> ANSIX9C2TNB359V1;
      case 0x00000035 -> ANSIX9C2PNB368W1;
      case 0x00000036 -> ANSIX9C2TNB431R1;
      case 0x00000037 -> BRAINPOOLP160R1;
      case 0x00000038 -> BRAINPOOLP160T1;
      case 0x00000039 -> BRAINPOOLP192R1;
      case 0x0000003A -> BRAINPOOLP192T1;
      case 0x0000003B -> BRAINPOOLP224R1;
      case 0x0000003C -> BRAINPOOLP224T1;
      case 0x0000003D -> BRAINPOOLP256R1;
      case 0x0000003E -> BRAINPOOLP256T1;
      case 0x0000003F -> BRAINPOOLP320R1;
      case 0x00000040 -> BRAINPOOLP320T1;
      case 0x00000041 -> BRAINPOOLP384R1;
      case 0x00000042 -> BRAINPOOLP384T1;
      case 0x00000043 -> BRAINPOOLP512R1;
      case 0x00000044 -> BRAINPOOLP512T1;
      case 0x00000045 -> CURVE25519;
      case 0x00000046 -> CURVE448;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "P_192"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static RecommendedCurve fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "P_192" -> P_192;
      case "K_163" -> K_163;
      case "B_163" -> B_163;
      case "P_224" -> P_224;
      case "K_233" -> K_233;
      case "B_233" -> B_233;
      case "P_256" -> P_256;
      case "K_283" -> K_283;
      case "B_283" -> B_283;
      case "P_384" -> P_384;
      case "K_409" -> K_409;
      case "B_409" -> B_409;
      case "P_521" -> P_521;
      case "K_571" -> K_571;
      case "B_571" -> B_571;
      case "SECP112R1" -> SECP112R1;
      case "SECP112R2" -> SECP112R2;
      case "SECP128R1" -> SECP128R1;
      case "SECP128R2" -> SECP128R2;
      case "SECP160K1" -> SECP160K1;
      case "SECP160R1" -> SECP160R1;
      case "SECP160R2" -> SECP160R2;
      case "SECP192K1" -> SECP192K1;
      case "SECP224K1" -> SECP224K1;
      case "SECP256K1" -> SECP256K1;
      case "SECT113R1" -> SECT113R1;
      case "SECT113R2" -> SECT113R2;
      case "SECT131R1" -> SECT131R1;
      case "SECT131R2" -> SECT131R2;
      case "SECT163R1" -> SECT163R1;
      case "SECT193R1" -> SECT193R1;
      case "SECT193R2" -> SECT193R2;
      case "SECT239K1" -> SECT239K1;
      case "ANSIX9P192V2" -> ANSIX9P192V2;
      case "ANSIX9P192V3" -> ANSIX9P192V3;
      case "ANSIX9P239V1" -> ANSIX9P239V1;
      case "ANSIX9P239V2" -> ANSIX9P239V2;
      case "ANSIX9P239V3" -> ANSIX9P239V3;
      case "ANSIX9C2PNB163V1" -> ANSIX9C2PNB163V1;
      case "ANSIX9C2PNB163V2" -> ANSIX9C2PNB163V2;
      case "ANSIX9C2PNB163V3" -> ANSIX9C2PNB163V3;
      case "ANSIX9C2PNB176V1" -> ANSIX9C2PNB176V1;
      case "ANSIX9C2TNB191V1" -> ANSIX9C2TNB191V1;
      case "ANSIX9C2TNB191V2" -> ANSIX9C2TNB191V2;
      case "ANSIX9C2TNB191V3" -> ANSIX9C2TNB191V3;
      case "ANSIX9C2PNB208W1" -> ANSIX9C2PNB208W1;
      case "ANSIX9C2TNB239V1" -> ANSIX9C2TNB239V1;
      case "ANSIX9C2TNB239V2" -> ANSIX9C2TNB239V2;
      case "ANSIX9C2TNB239V3" -> ANSIX9C2TNB239V3;
      case "ANSIX9C2PNB272W1" -> ANSIX9C2PNB272W1;
      case "ANSIX9C2PNB304W1" -> ANSIX9C2PNB304W1;
      case "ANSIX9C2TNB359V1" -> ANSIX9C2TNB359V1;
      case "ANSIX9C2PNB368W1" -> ANSIX9C2PNB368W1;
      case "ANSIX9C2TNB431R1" -> ANSIX9C2TNB431R1;
      case "BRAINPOOLP160R1" -> BRAINPOOLP160R1;
      case "BRAINPOOLP160T1" -> BRAINPOOLP160T1;
      case "BRAINPOOLP192R1" -> BRAINPOOLP192R1;
      case "BRAINPOOLP192T1" -> BRAINPOOLP192T1;
      case "BRAINPOOLP224R1" -> BRAINPOOLP224R1;
      case "BRAINPOOLP224T1" -> BRAINPOOLP224T1;
      case "BRAINPOOLP256R1" -> BRAINPOOLP256R1;
      case "BRAINPOOLP256T1" -> BRAINPOOLP256T1;
      case "BRAINPOOLP320R1" -> BRAINPOOLP320R1;
      case "BRAINPOOLP320T1" -> BRAINPOOLP320T1;
      case "BRAINPOOLP384R1" -> BRAINPOOLP384R1;
      case "BRAINPOOLP384T1" -> BRAINPOOLP384T1;
      case "BRAINPOOLP512R1" -> BRAINPOOLP512R1;
      case "BRAINPOOLP512T1" -> BRAINPOOLP512T1;
      case "CURVE25519" -> CURVE25519;
      case "CURVE448" -> CURVE448;
      case null, default -> null;
    };
  }
}
