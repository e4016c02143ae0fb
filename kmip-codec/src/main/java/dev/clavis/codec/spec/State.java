// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration State.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.55 State Enumeration.
 */
public enum State {
  /**
   * Pre-Active (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  PRE_ACTIVE(0x00000001, "Pre-Active", "PreActive", KmipVersion.V1_0, null),

  /**
   * Active (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  ACTIVE(0x00000002, "Active", "Active", KmipVersion.V1_0, null),

  /**
   * Deactivated (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  DEACTIVATED(0x00000003, "Deactivated", "Deactivated", KmipVersion.V1_0, null),

  /**
   * Compromised (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  COMPROMISED(0x00000004, "Compromised", "Compromised", KmipVersion.V1_0, null),

  /**
   * Destroyed (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  DESTROYED(0x00000005, "Destroyed", "Destroyed", KmipVersion.V1_0, null),

  /**
   * Destroyed Compromised (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  DESTROYED_COMPROMISED(0x00000006, "Destroyed Compromised", "DestroyedCompromised", KmipVersion.V1_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  State(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Pre-Active"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "PreActive"}.
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
  public static State fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> PRE_ACTIVE;
      case 0x00000002 -> ACTIVE;
      case 0x00000003 -> DEACTIVATED;
      case 0x00000004 -> COMPROMISED;
      case 0x00000005 -> DESTROYED;
      case 0x00000006 -> DESTROYED_COMPROMISED;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "PreActive"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static State fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "PreActive" -> PRE_ACTIVE;
      case "Active" -> ACTIVE;
      case "Deactivated" -> DEACTIVATED;
      case "Compromised" -> COMPROMISED;
      case "Destroyed" -> DESTROYED;
      case "DestroyedCompromised" -> DESTROYED_COMPROMISED;
      case null, default -> null;
    };
  }
}
