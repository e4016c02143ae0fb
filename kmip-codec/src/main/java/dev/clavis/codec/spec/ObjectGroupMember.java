// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Object Group Member.
 *
 * <p>Since KMIP 1.1. Spec: 2.1 §11.33 Object Group Member Enumeration.
 */
public enum ObjectGroupMember {
  /**
   * Group Member Fresh (0x00000001).
   *
   * <p>Since KMIP 1.1.
   */
  GROUP_MEMBER_FRESH(0x00000001, "Group Member Fresh", "GroupMemberFresh", KmipVersion.V1_1, null),

  /**
   * Group Member Default (0x00000002).
   *
   * <p>Since KMIP 1.1.
   */
  GROUP_MEMBER_DEFAULT(0x00000002, "Group Member Default", "GroupMemberDefault", KmipVersion.V1_1, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ObjectGroupMember(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Group Member Fresh"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "GroupMemberFresh"}.
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
  public static ObjectGroupMember fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> GROUP_MEMBER_FRESH;
      case 0x00000002 -> GROUP_MEMBER_DEFAULT;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "GroupMemberFresh"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ObjectGroupMember fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "GroupMemberFresh" -> GROUP_MEMBER_FRESH;
      case "GroupMemberDefault" -> GROUP_MEMBER_DEFAULT;
      case null, default -> null;
    };
  }
}
