package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds a structure in field order; {@code null} values are skipped (optional fields). */
final class FieldWriter {
  private final List<TtlvItem> items = new ArrayList<>();

  FieldWriter text(int tag, String v) {
    if (v != null) {
      items.add(TtlvItem.text(tag, v));
    }
    return this;
  }

  FieldWriter texts(int tag, List<String> v) {
    for (String s : v) {
      items.add(TtlvItem.text(tag, s));
    }
    return this;
  }

  FieldWriter bytes(int tag, byte[] v) {
    if (v != null) {
      items.add(TtlvItem.bytes(tag, v));
    }
    return this;
  }

  FieldWriter integer(int tag, Integer v) {
    if (v != null) {
      items.add(TtlvItem.integer(tag, v));
    }
    return this;
  }

  FieldWriter longInteger(int tag, Long v) {
    if (v != null) {
      items.add(TtlvItem.longInteger(tag, v));
    }
    return this;
  }

  FieldWriter enumeration(int tag, Integer v) {
    if (v != null) {
      items.add(TtlvItem.enumeration(tag, v));
    }
    return this;
  }

  FieldWriter bool(int tag, Boolean v) {
    if (v != null) {
      items.add(TtlvItem.bool(tag, v));
    }
    return this;
  }

  FieldWriter dateTime(int tag, Instant v) {
    if (v != null) {
      items.add(TtlvItem.dateTime(tag, v));
    }
    return this;
  }

  FieldWriter interval(int tag, Long v) {
    if (v != null) {
      items.add(TtlvItem.interval(tag, v));
    }
    return this;
  }

  FieldWriter item(TtlvItem v) {
    if (v != null) {
      items.add(v);
    }
    return this;
  }

  FieldWriter items(List<? extends TtlvItem> v) {
    items.addAll(v);
    return this;
  }

  /** Whether {@code v} is at least {@code major.minor}. */
  static boolean at(KmipVersion v, int major, int minor) {
    return v.major() > major || (v.major() == major && v.minor() >= minor);
  }

  TtlvItem.Structure build(int tag) {
    return TtlvItem.structure(tag, items);
  }
}
