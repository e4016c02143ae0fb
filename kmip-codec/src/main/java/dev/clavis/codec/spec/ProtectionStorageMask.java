// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The KMIP bit mask Protection Storage Mask.
 *
 * <p>Since KMIP 2.0. Spec: 2.1 §12.2 Protection Storage Mask.
 *
 * <p>Mask values travel as an Integer holding the OR of the bits; the XML and JSON
 * encodings may write them as a list of {@link #xmlName() names}.
 */
public enum ProtectionStorageMask {
  /**
   * Software (0x00000001).
   *
   * <p>Since KMIP 2.0.
   */
  SOFTWARE(0x00000001, "Software", "Software", KmipVersion.V2_0, null),

  /**
   * Hardware (0x00000002).
   *
   * <p>Since KMIP 2.0.
   */
  HARDWARE(0x00000002, "Hardware", "Hardware", KmipVersion.V2_0, null),

  /**
   * On Processor (0x00000004).
   *
   * <p>Since KMIP 2.0.
   */
  ON_PROCESSOR(0x00000004, "On Processor", "OnProcessor", KmipVersion.V2_0, null),

  /**
   * On System (0x00000008).
   *
   * <p>Since KMIP 2.0.
   */
  ON_SYSTEM(0x00000008, "On System", "OnSystem", KmipVersion.V2_0, null),

  /**
   * Off System (0x00000010).
   *
   * <p>Since KMIP 2.0.
   */
  OFF_SYSTEM(0x00000010, "Off System", "OffSystem", KmipVersion.V2_0, null),

  /**
   * Hypervisor (0x00000020).
   *
   * <p>Since KMIP 2.0.
   */
  HYPERVISOR(0x00000020, "Hypervisor", "Hypervisor", KmipVersion.V2_0, null),

  /**
   * Operating System (0x00000040).
   *
   * <p>Since KMIP 2.0.
   */
  OPERATING_SYSTEM(0x00000040, "Operating System", "OperatingSystem", KmipVersion.V2_0, null),

  /**
   * Container (0x00000080).
   *
   * <p>Since KMIP 2.0.
   */
  CONTAINER(0x00000080, "Container", "Container", KmipVersion.V2_0, null),

  /**
   * On Premises (0x00000100).
   *
   * <p>Since KMIP 2.0.
   */
  ON_PREMISES(0x00000100, "On Premises", "OnPremises", KmipVersion.V2_0, null),

  /**
   * Off Premises (0x00000200).
   *
   * <p>Since KMIP 2.0.
   */
  OFF_PREMISES(0x00000200, "Off Premises", "OffPremises", KmipVersion.V2_0, null),

  /**
   * Self Managed (0x00000400).
   *
   * <p>Since KMIP 2.0.
   */
  SELF_MANAGED(0x00000400, "Self Managed", "SelfManaged", KmipVersion.V2_0, null),

  /**
   * Outsourced (0x00000800).
   *
   * <p>Since KMIP 2.0.
   */
  OUTSOURCED(0x00000800, "Outsourced", "Outsourced", KmipVersion.V2_0, null),

  /**
   * Validated (0x00001000).
   *
   * <p>Since KMIP 2.0.
   */
  VALIDATED(0x00001000, "Validated", "Validated", KmipVersion.V2_0, null),

  /**
   * Same Jurisdiction (0x00002000).
   *
   * <p>Since KMIP 2.0.
   */
  SAME_JURISDICTION(0x00002000, "Same Jurisdiction", "SameJurisdiction", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ProtectionStorageMask(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Software"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Software"}.
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
  public static ProtectionStorageMask fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> SOFTWARE;
      case 0x00000002 -> HARDWARE;
      case 0x00000004 -> ON_PROCESSOR;
      case 0x00000008 -> ON_SYSTEM;
      case 0x00000010 -> OFF_SYSTEM;
      case 0x00000020 -> HYPERVISOR;
      case 0x00000040 -> OPERATING_SYSTEM;
      case 0x00000080 -> CONTAINER;
      case 0x00000100 -> ON_PREMISES;
      case 0x00000200 -> OFF_PREMISES;
      case 0x00000400 -> SELF_MANAGED;
      case 0x00000800 -> OUTSOURCED;
      case 0x00001000 -> VALIDATED;
      case 0x00002000 -> SAME_JURISDICTION;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Software"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ProtectionStorageMask fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Software" -> SOFTWARE;
      case "Hardware" -> HARDWARE;
      case "OnProcessor" -> ON_PROCESSOR;
      case "OnSystem" -> ON_SYSTEM;
      case "OffSystem" -> OFF_SYSTEM;
      case "Hypervisor" -> HYPERVISOR;
      case "OperatingSystem" -> OPERATING_SYSTEM;
      case "Container" -> CONTAINER;
      case "OnPremises" -> ON_PREMISES;
      case "OffPremises" -> OFF_PREMISES;
      case "SelfManaged" -> SELF_MANAGED;
      case "Outsourced" -> OUTSOURCED;
      case "Validated" -> VALIDATED;
      case "SameJurisdiction" -> SAME_JURISDICTION;
      case null, default -> null;
    };
  }

  /** The OR of the bits of {@code flags}. */
  public static int bits(Collection<ProtectionStorageMask> flags) {
    int bits = 0;
    for (ProtectionStorageMask f : flags) {
      bits |= f.value;
    }
    return bits;
  }

  /**
   * The flags set in {@code bits}; bits the registry does not define are ignored (see
   * {@link #undefinedBits}).
   */
  public static Set<ProtectionStorageMask> from(int bits) {
    Set<ProtectionStorageMask> flags = EnumSet.noneOf(ProtectionStorageMask.class);
    for (ProtectionStorageMask f : values()) {
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
    for (ProtectionStorageMask f : values()) {
      known |= f.value;
    }
    return bits & ~known;
  }
}
