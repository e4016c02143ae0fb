// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The KMIP bit mask Storage Status Mask.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §12.3 Storage Status Mask.
 *
 * <p>Mask values travel as an Integer holding the OR of the bits; the XML and JSON
 * encodings may write them as a list of {@link #xmlName() names}.
 */
public enum StorageStatusMask {
  /**
   * On-line storage (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  ON_LINE_STORAGE(0x00000001, "On-line storage", "OnLineStorage", KmipVersion.V1_0, null),

  /**
   * Archival storage (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  ARCHIVAL_STORAGE(0x00000002, "Archival storage", "ArchivalStorage", KmipVersion.V1_0, null),

  /**
   * Destroyed storage (0x00000004).
   *
   * <p>Since KMIP 2.0.
   */
  DESTROYED_STORAGE(0x00000004, "Destroyed storage", "DestroyedStorage", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  StorageStatusMask(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
    this.value = value;
    this.specName = specName;
    this.xmlName = xmlName;
    this.since = since;
    this.removedIn = removedIn;
  }

  /** The bit on the wire. */
  public int value() {
    return value;
  }

  /** The name as the specification writes it, e.g. {@code "On-line storage"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "OnLineStorage"}.
   */
  public String xmlName() {
    return xmlName;
  }

  /** The first protocol version that defines this bit. */
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

  /** Whether {@code version} defines this bit. */
  public boolean definedIn(KmipVersion version) {
    return version.atLeast(since) && (removedIn == null || !version.atLeast(removedIn));
  }

  /** The constant for a wire bit, or {@code null} when the registry defines none. */
  public static StorageStatusMask fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> ON_LINE_STORAGE;
      case 0x00000002 -> ARCHIVAL_STORAGE;
      case 0x00000004 -> DESTROYED_STORAGE;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "OnLineStorage"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static StorageStatusMask fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "OnLineStorage" -> ON_LINE_STORAGE;
      case "ArchivalStorage" -> ARCHIVAL_STORAGE;
      case "DestroyedStorage" -> DESTROYED_STORAGE;
      case null, default -> null;
    };
  }

  /** The OR of the bits of {@code flags}. */
  public static int bits(Collection<StorageStatusMask> flags) {
    int bits = 0;
    for (StorageStatusMask f : flags) {
      bits |= f.value;
    }
    return bits;
  }

  /**
   * The flags set in {@code bits}; bits the registry does not define are ignored (see
   * {@link #undefinedBits}).
   */
  public static Set<StorageStatusMask> from(int bits) {
    Set<StorageStatusMask> flags = EnumSet.noneOf(StorageStatusMask.class);
    for (StorageStatusMask f : values()) {
      if ((bits & f.value) != 0) {
        flags.add(f);
      }
    }
    return flags;
  }

  /**
   * The bits of {@code bits} that no constant defines (extensions, or values from a later
   * version); 0 when every bit is known.
   */
  public static int undefinedBits(int bits) {
    int known = 0;
    for (StorageStatusMask f : values()) {
      known |= f.value;
    }
    return bits & ~known;
  }
}
