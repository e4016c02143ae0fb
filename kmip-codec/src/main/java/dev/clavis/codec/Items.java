package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import java.util.ArrayList;
import java.util.List;

/** Small operations on item trees used by the typed model. */
final class Items {
  private Items() {}

  /** The same value under another tag. */
  static TtlvItem retag(TtlvItem i, int tag) {
    if (i.tag() == tag) {
      return i;
    }
    return switch (i) {
      case TtlvItem.Structure s -> new TtlvItem.Structure(tag, s.items());
      case TtlvItem.Int v -> new TtlvItem.Int(tag, v.value());
      case TtlvItem.LongInt v -> new TtlvItem.LongInt(tag, v.value());
      case TtlvItem.BigInt v -> new TtlvItem.BigInt(tag, v.value());
      case TtlvItem.Enumeration v -> new TtlvItem.Enumeration(tag, v.value());
      case TtlvItem.Bool v -> new TtlvItem.Bool(tag, v.value());
      case TtlvItem.Text v -> new TtlvItem.Text(tag, v.value());
      case TtlvItem.Bytes v -> new TtlvItem.Bytes(tag, v.value());
      case TtlvItem.DateTime v -> new TtlvItem.DateTime(tag, v.epochSeconds());
      case TtlvItem.Interval v -> new TtlvItem.Interval(tag, v.seconds());
      case TtlvItem.DateTimeExtended v -> new TtlvItem.DateTimeExtended(tag, v.epochMicros());
      case TtlvItem.Placeholder v -> new TtlvItem.Placeholder(tag, v.type(), v.expression());
    };
  }

  /**
   * The item as protocol version {@code v} knows it: {@code null} when its tag, or an
   * enumeration value at its top level, is newer (or removed) in {@code v}; structures lose the
   * children {@code v} does not know (recursively). {@code valueTag} is the tag whose
   * enumeration the value belongs to (differs from the item's own tag for a 1.x Attribute
   * Value).
   */
  static TtlvItem forVersion(TtlvItem i, int valueTag, KmipVersion v) {
    if (!AttributeNames.tagIn(valueTag, v)) {
      return null;
    }
    if (i instanceof TtlvItem.Enumeration e && !AttributeNames.enumerationValueIn(valueTag, e.value(), v)) {
      return null;
    }
    if (i instanceof TtlvItem.Structure s) {
      List<TtlvItem> kept = new ArrayList<>(s.items().size());
      boolean changed = false;
      for (TtlvItem c : s.items()) {
        TtlvItem k = forVersion(c, c.tag(), v);
        if (k == null) {
          if (c instanceof TtlvItem.Enumeration) {
            // An enumeration value the version does not know: the whole value is unrenderable.
            if (AttributeNames.tagIn(c.tag(), v)) {
              return null;
            }
          }
          changed = true;
        } else {
          changed |= k != c;
          kept.add(k);
        }
      }
      return changed ? new TtlvItem.Structure(s.tag(), kept) : s;
    }
    return i;
  }
}
