// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP protocol versions the specification registry covers, oldest first (Protocol
 * Version: a major and a minor number, KMIP 1.4 §6.1, KMIP 2.1 §9.16). Declaration order
 * is version order, so {@link #compareTo} compares versions.
 */
public enum KmipVersion {
  /** KMIP 1.0. */
  V1_0(1, 0),
  /** KMIP 1.1. */
  V1_1(1, 1),
  /** KMIP 1.2. */
  V1_2(1, 2),
  /** KMIP 1.3. */
  V1_3(1, 3),
  /** KMIP 1.4. */
  V1_4(1, 4),
  /** KMIP 2.0. */
  V2_0(2, 0),
  /** KMIP 2.1. */
  V2_1(2, 1);

  private final int major;
  private final int minor;

  KmipVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /** The Protocol Version Major number. */
  public int major() {
    return major;
  }

  /** The Protocol Version Minor number. */
  public int minor() {
    return minor;
  }

  /** Whether this version is {@code other} or a later one. */
  public boolean atLeast(KmipVersion other) {
    return compareTo(other) >= 0;
  }

  /** The version with these numbers, or {@code null} when the registry does not cover it. */
  public static KmipVersion of(int major, int minor) {
    for (KmipVersion v : values()) {
      if (v.major == major && v.minor == minor) {
        return v;
      }
    }
    return null;
  }

  /** The version written as {@code "1.4"}, or {@code null} when unknown or malformed. */
  public static KmipVersion parse(String text) {
    for (KmipVersion v : values()) {
      if (v.toString().equals(text)) {
        return v;
      }
    }
    return null;
  }

  /** The version as the specification writes it, e.g. {@code "1.4"}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
