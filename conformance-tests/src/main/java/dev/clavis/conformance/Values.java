package dev.clavis.conformance;

import dev.clavis.codec.SpecRegistry;
import dev.clavis.codec.TtlvItem;
import java.time.Instant;

/**
 * How values appear in a report's "first difference": enumerations by name, texts quoted (cut at
 * {@value #MAX_TEXT} characters), dates in ISO-8601. Byte Strings and Big Integers are never shown
 * — they may be key material (DESIGN §3, "no key bytes in logs or test output") — only their
 * length, and where two differ, the offset of the first differing byte.
 */
final class Values {

  static final int MAX_TEXT = 80;

  private Values() {}

  /** The tag's XML name, or its hex value when the registry does not name it. */
  static String tagName(int tag) {
    String n = SpecRegistry.get().xmlName(tag);
    return n != null ? n : String.format("0x%06X", tag);
  }

  static String show(TtlvItem i) {
    return switch (i) {
      case TtlvItem.Structure s -> s.tag() == dev.clavis.codec.spec.Tag.ATTRIBUTE
          ? "Attribute " + s.find(dev.clavis.codec.spec.Tag.ATTRIBUTE_NAME, TtlvItem.Text.class).map(t -> quote(t.value())).orElse("(no name)")
          : tagName(s.tag()) + " structure of " + s.items().size() + " items";
      case TtlvItem.Int v -> Integer.toString(v.value());
      case TtlvItem.LongInt v -> Long.toString(v.value());
      case TtlvItem.BigInt v -> "<big integer, " + v.value().bitLength() + " bits>";
      case TtlvItem.Enumeration v -> enumName(v);
      case TtlvItem.Bool v -> Boolean.toString(v.value());
      case TtlvItem.Text v -> quote(v.value());
      case TtlvItem.Bytes v -> "<" + v.byteCount() + " bytes>";
      case TtlvItem.DateTime v -> v.instant().toString();
      case TtlvItem.Interval v -> v.seconds() + " s";
      case TtlvItem.DateTimeExtended v -> Instant.EPOCH.plusNanos(v.epochMicros() * 1000).toString();
      case TtlvItem.Placeholder v -> v.expression();
    };
  }

  /** "actual (expected: …)" for two values of one type that differ. */
  static String difference(TtlvItem expected, TtlvItem actual) {
    if (expected instanceof TtlvItem.Bytes e && actual instanceof TtlvItem.Bytes a) {
      byte[] x = e.value();
      byte[] y = a.value();
      try {
        if (x.length != y.length) {
          return "<" + y.length + " bytes> (expected: " + x.length + " bytes)";
        }
        int at = 0;
        while (at < x.length && x[at] == y[at]) {
          at++;
        }
        return "<" + y.length + " bytes> differing from byte " + at + " (expected: the file's " + x.length + " bytes; values not shown)";
      } finally {
        java.util.Arrays.fill(x, (byte) 0);
        java.util.Arrays.fill(y, (byte) 0);
      }
    }
    if (expected instanceof TtlvItem.BigInt e && actual instanceof TtlvItem.BigInt a) {
      return "<big integer, " + a.value().bitLength() + " bits> (expected: another value of "
          + e.value().bitLength() + " bits; values not shown)";
    }
    return show(actual) + " (expected: " + show(expected) + ")";
  }

  private static String enumName(TtlvItem.Enumeration v) {
    String n = SpecRegistry.get().enumName(v.tag(), v.value());
    return n != null ? n : String.format("0x%08X", v.value());
  }

  private static String quote(String s) {
    String t = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
    return '"' + t.replace("\n", "\\n") + '"';
  }
}
