package dev.clavis.client;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.SpecRegistry;
import dev.clavis.codec.TtlvItem;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Spec names for the command line: reads enumeration values written loosely ({@code 3DES},
 * {@code hmac-sha256}, {@code key-compromise}, {@code KEY_COMPROMISE}: case, spaces, dashes and
 * underscores do not matter), and renders attribute values with the spec's names (KMIP 2.1 §11
 * enumerations, §12 masks) as plain Java values for text and JSON output.
 */
final class SpecNames {
  private SpecNames() {}

  static String squash(String s) {
    return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  /** The constant whose spec name or Java name matches {@code text} loosely. */
  static <E extends Enum<E>> E parse(E[] values, Function<E, String> specName, String text, String what) {
    String want = squash(text);
    for (E e : values) {
      if (squash(specName.apply(e)).equals(want) || squash(e.name()).equals(want)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : values) {
      names.add(specName.apply(e));
    }
    throw new BadInputException(what + ": " + text + " (expected: one of " + String.join(", ", names) + ")");
  }

  /** Attributes as name → value (a list when the attribute has several instances), in order. */
  static Map<String, Object> attributes(Attributes attributes) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Attribute a : attributes) {
      Object v = value(a.value());
      String name = a.name();
      if (out.containsKey(name)) {
        Object old = out.get(name);
        List<Object> l;
        if (old instanceof MultiValue m) {
          l = m;
        } else {
          l = new MultiValue();
          l.add(old);
          out.put(name, l);
        }
        l.add(v);
      } else {
        out.put(name, v);
      }
    }
    return out;
  }

  /** Marks the lists made for repeated attributes (an attribute value may itself be a list). */
  private static final class MultiValue extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A value as text, number, boolean, list of mask names, or an ordered map of field names for a
   * structure. Byte Strings are printed in hex: attributes do not hold key material.
   */
  static Object value(TtlvItem item) {
    SpecRegistry reg = SpecRegistry.get();
    return switch (item) {
      case TtlvItem.Enumeration e -> reg.vocabularyOf(e.tag())
          .flatMap(v -> v.entry(e.value())).map(SpecRegistry.Value::name)
          .orElse(String.format("0x%08X", e.value()));
      case TtlvItem.Int i -> {
        var vocab = reg.vocabularyOf(i.tag()).filter(SpecRegistry.Vocabulary::isMask);
        if (vocab.isEmpty()) {
          yield i.value();
        }
        List<String> names = new ArrayList<>();
        int rest = i.value();
        for (SpecRegistry.Value v : vocab.get().values()) {
          if (v.value() != 0 && (rest & v.value()) == v.value()) {
            names.add(v.name());
            rest &= ~v.value();
          }
        }
        if (rest != 0) {
          names.add(String.format("0x%08X", rest));
        }
        yield names;
      }
      case TtlvItem.Structure s -> {
        Map<String, Object> m = new LinkedHashMap<>();
        for (TtlvItem child : s.items()) {
          m.merge(tagName(child.tag()), value(child), (a, b) -> {
            List<Object> l = a instanceof List<?> old ? new ArrayList<>(old) : new ArrayList<>(List.of(a));
            l.add(b);
            return l;
          });
        }
        yield m;
      }
      case TtlvItem.Text t -> t.value();
      case TtlvItem.Bool b -> b.value();
      case TtlvItem.LongInt l -> l.value();
      case TtlvItem.BigInt b -> b.value().toString();
      case TtlvItem.DateTime d -> d.instant().toString();
      case TtlvItem.Interval iv -> iv.seconds();
      case TtlvItem.Bytes b -> HexFormat.of().formatHex(b.value());
      default -> item.toString();
    };
  }

  static String tagName(int tag) {
    return SpecRegistry.get().tag(tag).map(SpecRegistry.TagInfo::name).orElse(String.format("0x%06X", tag));
  }

  /** A value from {@link #value} as one line of text. */
  static String text(Object v) {
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(k + "=" + text(x)));
      return "{" + String.join(", ", parts) + "}";
    }
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(x -> parts.add(text(x)));
      return String.join(", ", parts);
    }
    return String.valueOf(v);
  }
}
