package dev.clavis.codec;

import dev.clavis.codec.spec.ResultReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reads the fields of one structure strictly (KMIP 1.4 §11.1 "General Errors"): a field of the
 * wrong item type or a single-valued field given twice is an {@code Invalid Message}, a missing
 * required field is {@code Invalid Message}, and a field nobody asked for is an {@code Invalid
 * Field} once {@link #end()} is called.
 */
final class FieldReader {
  private final TtlvItem.Structure s;
  private final boolean[] used;
  private final String where;

  FieldReader(TtlvItem.Structure s, String where) {
    this.s = s;
    this.used = new boolean[s.items().size()];
    this.where = where;
  }

  static FieldReader of(TtlvItem item, int expectedTag, String where) {
    return new FieldReader(requireStructure(item, expectedTag, where), where);
  }

  static TtlvItem.Structure requireStructure(TtlvItem item, int expectedTag, String where) {
    if (item == null) {
      throw new KmipException(ResultReason.INVALID_MESSAGE, where + ": missing (expected: a structure)");
    }
    if (item.tag() != expectedTag) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE,
          where + " tag: " + hex(item.tag()) + " (expected: " + hex(expectedTag) + ")");
    }
    if (!(item instanceof TtlvItem.Structure st)) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE, where + " type: " + item.type() + " (expected: STRUCTURE)");
    }
    return st;
  }

  static String hex(int tag) {
    return String.format("0x%06X", tag);
  }

  static String label(int tag) {
    String n = AttributeNames.name(tag);
    return n == null ? hex(tag) : n;
  }

  TtlvItem.Structure structure() {
    return s;
  }

  /** The single item with this tag, of any type (placeholders included), or null. */
  TtlvItem optionalAny(int tag) {
    TtlvItem found = null;
    List<TtlvItem> items = s.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).tag() == tag) {
        if (found != null) {
          throw new KmipException(
              ResultReason.INVALID_MESSAGE, where + ": " + label(tag) + " given twice (expected: at most once)");
        }
        found = items.get(i);
        used[i] = true;
      }
    }
    return found;
  }

  TtlvItem requireAny(int tag) {
    TtlvItem i = optionalAny(tag);
    if (i == null) {
      throw missing(tag);
    }
    return i;
  }

  /** Every item with this tag, in order. */
  List<TtlvItem> all(int tag) {
    List<TtlvItem> out = new ArrayList<>();
    List<TtlvItem> items = s.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).tag() == tag) {
        out.add(items.get(i));
        used[i] = true;
      }
    }
    return out;
  }

  <T extends TtlvItem> T optional(int tag, Class<T> kind) {
    TtlvItem i = optionalAny(tag);
    return i == null ? null : cast(i, kind);
  }

  <T extends TtlvItem> T require(int tag, Class<T> kind) {
    return cast(requireAny(tag), kind);
  }

  <T extends TtlvItem> List<T> all(int tag, Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (TtlvItem i : all(tag)) {
      out.add(cast(i, kind));
    }
    return out;
  }

  <T extends TtlvItem> T cast(TtlvItem i, Class<T> kind) {
    if (!kind.isInstance(i)) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE,
          where + ": " + label(i.tag()) + " has type " + i.type() + " (expected: " + typeName(kind) + ")");
    }
    return kind.cast(i);
  }

  private static String typeName(Class<? extends TtlvItem> kind) {
    if (kind == TtlvItem.Structure.class) {
      return "STRUCTURE";
    } else if (kind == TtlvItem.Int.class) {
      return "INTEGER";
    } else if (kind == TtlvItem.LongInt.class) {
      return "LONG_INTEGER";
    } else if (kind == TtlvItem.BigInt.class) {
      return "BIG_INTEGER";
    } else if (kind == TtlvItem.Enumeration.class) {
      return "ENUMERATION";
    } else if (kind == TtlvItem.Bool.class) {
      return "BOOLEAN";
    } else if (kind == TtlvItem.Text.class) {
      return "TEXT_STRING";
    } else if (kind == TtlvItem.Bytes.class) {
      return "BYTE_STRING";
    } else if (kind == TtlvItem.DateTime.class) {
      return "DATE_TIME";
    } else if (kind == TtlvItem.Interval.class) {
      return "INTERVAL";
    }
    return kind.getSimpleName();
  }

  KmipException missing(int tag) {
    return new KmipException(
        ResultReason.INVALID_MESSAGE, where + ": " + label(tag) + " missing (expected: present)");
  }

  String optionalText(int tag) {
    TtlvItem.Text t = optional(tag, TtlvItem.Text.class);
    return t == null ? null : t.value();
  }

  String text(int tag) {
    return require(tag, TtlvItem.Text.class).value();
  }

  List<String> allText(int tag) {
    List<String> out = new ArrayList<>();
    for (TtlvItem.Text t : all(tag, TtlvItem.Text.class)) {
      out.add(t.value());
    }
    return out;
  }

  byte[] optionalBytes(int tag) {
    TtlvItem.Bytes b = optional(tag, TtlvItem.Bytes.class);
    return b == null ? null : b.value();
  }

  byte[] bytes(int tag) {
    return require(tag, TtlvItem.Bytes.class).value();
  }

  Integer optionalInt(int tag) {
    TtlvItem.Int t = optional(tag, TtlvItem.Int.class);
    return t == null ? null : t.value();
  }

  int integer(int tag) {
    return require(tag, TtlvItem.Int.class).value();
  }

  Long optionalLong(int tag) {
    TtlvItem.LongInt t = optional(tag, TtlvItem.LongInt.class);
    return t == null ? null : t.value();
  }

  Boolean optionalBool(int tag) {
    TtlvItem.Bool t = optional(tag, TtlvItem.Bool.class);
    return t == null ? null : t.value();
  }

  Instant optionalDateTime(int tag) {
    TtlvItem.DateTime t = optional(tag, TtlvItem.DateTime.class);
    return t == null ? null : t.instant();
  }

  Long optionalInterval(int tag) {
    TtlvItem.Interval t = optional(tag, TtlvItem.Interval.class);
    return t == null ? null : t.seconds();
  }

  Integer optionalEnumValue(int tag) {
    TtlvItem.Enumeration t = optional(tag, TtlvItem.Enumeration.class);
    return t == null ? null : t.value();
  }

  <E> E optionalEnum(int tag, IntFunction<E> fromValue) {
    TtlvItem.Enumeration t = optional(tag, TtlvItem.Enumeration.class);
    return t == null ? null : toEnum(t, fromValue, where);
  }

  <E> E requireEnum(int tag, IntFunction<E> fromValue) {
    return toEnum(require(tag, TtlvItem.Enumeration.class), fromValue, where);
  }

  <E> List<E> allEnum(int tag, IntFunction<E> fromValue) {
    List<E> out = new ArrayList<>();
    for (TtlvItem.Enumeration e : all(tag, TtlvItem.Enumeration.class)) {
      out.add(toEnum(e, fromValue, where));
    }
    return out;
  }

  static <E> E toEnum(TtlvItem.Enumeration e, IntFunction<E> fromValue, String where) {
    E out;
    try {
      out = fromValue.apply(e.value());
    } catch (RuntimeException ex) {
      out = null;
    }
    if (out == null) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          where + ": " + label(e.tag()) + " value: 0x" + Integer.toHexString(e.value())
              + " (expected: a defined enumeration value)");
    }
    return out;
  }

  TtlvItem.Structure optionalStructure(int tag) {
    return optional(tag, TtlvItem.Structure.class);
  }

  TtlvItem.Structure requireStructure(int tag) {
    return require(tag, TtlvItem.Structure.class);
  }

  /** Fails with {@code Invalid Field} when a child was not read. */
  void end() {
    List<TtlvItem> items = s.items();
    for (int i = 0; i < items.size(); i++) {
      if (!used[i]) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            where + ": unexpected field " + label(items.get(i).tag()) + " (expected: only the fields of the spec table)");
      }
    }
  }
}
