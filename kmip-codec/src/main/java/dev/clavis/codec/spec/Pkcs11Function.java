// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration PKCS#11 Function.
 *
 * <p>Since KMIP 2.0. Spec: 2.1 §11.38 PKCS#11 Function Enumeration.
 *
 * <p>The KMIP specification lists no values for this enumeration: they come from PKCS#11
 * (a PKCS#11 Function is the 1-based position of the function in {@code
 * CK_FUNCTION_LIST_3_0}; a PKCS#11 Return Code is the {@code CK_RV} value) and travel as
 * raw Enumeration integers. This type therefore has no constants: {@link #fromValue} and
 * {@link #fromXmlName} always return {@code null}, and callers keep the integer.
 */
public enum Pkcs11Function {
  ;

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  Pkcs11Function(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "C_Initialize"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "C_Initialize"}.
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
  public static Pkcs11Function fromValue(int value) {
    return null;
  }

  /**
   * The constant for an XML/JSON name such as {@code "C_Initialize"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static Pkcs11Function fromXmlName(String xmlName) {
    return null;
  }
}
