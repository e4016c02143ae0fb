package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Tag;

/**
 * Protocol Version (KMIP 1.4 §6.1, KMIP 2.1 §9.14): major and minor as sent, which may name a
 * version this codec does not know (a client may offer 3.0, or 1.5).
 */
public record ProtocolVersion(int major, int minor) implements Comparable<ProtocolVersion> {

  public static ProtocolVersion of(KmipVersion v) {
    return new ProtocolVersion(v.major(), v.minor());
  }

  /** Whether this is one of the versions 1.0–2.1 the codec knows. */
  public boolean known() {
    return KmipVersion.of(major, minor) != null;
  }

  /**
   * The known version to render for: this version if known, otherwise the newest known version
   * of the same major (or the newest overall for a newer major, the oldest for an older one).
   */
  public KmipVersion kmipVersion() {
    KmipVersion best = null;
    for (KmipVersion k : KmipVersion.values()) {
      if (k.major() == major && k.minor() == minor) {
        return k;
      }
      if (k.major() < major || (k.major() == major && k.minor() <= minor)) {
        best = k;
      }
    }
    return best != null ? best : KmipVersion.values()[0];
  }

  public static ProtocolVersion fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.PROTOCOL_VERSION, "Protocol Version");
    ProtocolVersion v = new ProtocolVersion(r.integer(Tag.PROTOCOL_VERSION_MAJOR), r.integer(Tag.PROTOCOL_VERSION_MINOR));
    r.end();
    return v;
  }

  public TtlvItem.Structure toTtlv() {
    return TtlvItem.structure(
        Tag.PROTOCOL_VERSION,
        TtlvItem.integer(Tag.PROTOCOL_VERSION_MAJOR, major),
        TtlvItem.integer(Tag.PROTOCOL_VERSION_MINOR, minor));
  }

  @Override
  public int compareTo(ProtocolVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
