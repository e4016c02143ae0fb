// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Certificate Type.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.9 Certificate Type Enumeration.
 */
public enum CertificateType {
  /**
   * X.509 (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  X_509(0x00000001, "X.509", "X_509", KmipVersion.V1_0, null),

  /**
   * PGP (0x00000002).
   *
   * <p>Since KMIP 1.0. Spec note: deprecated.
   */
  PGP(0x00000002, "PGP", "PGP", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  CertificateType(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "X.509"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "X_509"}.
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
  public static CertificateType fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> X_509;
      case 0x00000002 -> PGP;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "X_509"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static CertificateType fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "X_509" -> X_509;
      case "PGP" -> PGP;
      case null, default -> null;
    };
  }
}
