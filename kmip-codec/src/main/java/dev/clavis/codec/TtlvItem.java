package dev.clavis.codec;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One TTLV item: a tag (3 bytes, {@code 0x42xxxx} or extension {@code 0x54xxxx}), an item type
 * and a value (KMIP 1.4 §9.1, KMIP 2.1 §9.1). One immutable record per item type, plus
 * {@link Placeholder} for the unresolved {@code $…} values of the OASIS XML test cases.
 *
 * <p>{@code toString()} never prints Byte String contents: they may be key material.
 */
public sealed interface TtlvItem {

  /** The tag, e.g. {@code 0x420094} (Unique Identifier). */
  int tag();

  /** The item type. */
  ItemType type();

  /** The same value under another tag (this item when the tag is already {@code tag}). */
  default TtlvItem withTag(int tag) {
    return Items.retag(this, tag);
  }

  // ---- factories (short names keep message-building code readable) ----

  static Structure structure(int tag, List<? extends TtlvItem> items) {
    return new Structure(tag, List.copyOf(items));
  }

  static Structure structure(int tag, TtlvItem... items) {
    return new Structure(tag, List.of(items));
  }

  static Int integer(int tag, int value) {
    return new Int(tag, value);
  }

  static LongInt longInteger(int tag, long value) {
    return new LongInt(tag, value);
  }

  static BigInt bigInteger(int tag, BigInteger value) {
    return new BigInt(tag, value);
  }

  static Enumeration enumeration(int tag, int value) {
    return new Enumeration(tag, value);
  }

  static Bool bool(int tag, boolean value) {
    return new Bool(tag, value);
  }

  static Text text(int tag, String value) {
    return new Text(tag, value);
  }

  static Bytes bytes(int tag, byte[] value) {
    return new Bytes(tag, value);
  }

  static DateTime dateTime(int tag, Instant value) {
    return new DateTime(tag, value.getEpochSecond());
  }

  static Interval interval(int tag, long seconds) {
    return new Interval(tag, seconds);
  }

  // ---- the item types ----

  /** Structure (0x01): an ordered list of items. */
  record Structure(int tag, List<TtlvItem> items) implements TtlvItem {
    public Structure {
      items = List.copyOf(items);
    }

    @Override
    public ItemType type() {
      return ItemType.STRUCTURE;
    }

    /** The first direct child with this tag. */
    public Optional<TtlvItem> find(int childTag) {
      for (TtlvItem i : items) {
        if (i.tag() == childTag) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }

    /** The first direct child with this tag, of this record type. */
    public <T extends TtlvItem> Optional<T> find(int childTag, Class<T> kind) {
      for (TtlvItem i : items) {
        if (i.tag() == childTag && kind.isInstance(i)) {
          return Optional.of(kind.cast(i));
        }
      }
      return Optional.empty();
    }

    /** Every direct child with this tag, in order. */
    public List<TtlvItem> all(int childTag) {
      List<TtlvItem> out = new ArrayList<>();
      for (TtlvItem i : items) {
        if (i.tag() == childTag) {
          out.add(i);
        }
      }
      return out;
    }

    /** A copy with one more child at the end. */
    public Structure with(TtlvItem child) {
      List<TtlvItem> copy = new ArrayList<>(items.size() + 1);
      copy.addAll(items);
      copy.add(child);
      return new Structure(tag, copy);
    }
  }

  /** Integer (0x02): signed 32 bits, padded to 8 bytes on the wire. */
  record Int(int tag, int value) implements TtlvItem {
    @Override
    public ItemType type() {
      return ItemType.INTEGER;
    }
  }

  /** Long Integer (0x03): signed 64 bits. */
  record LongInt(int tag, long value) implements TtlvItem {
    @Override
    public ItemType type() {
      return ItemType.LONG_INTEGER;
    }
  }

  /** Big Integer (0x04): two's complement, big-endian, a multiple of 8 bytes on the wire. */
  record BigInt(int tag, BigInteger value) implements TtlvItem {
    public BigInt {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public ItemType type() {
      return ItemType.BIG_INTEGER;
    }

    @Override
    public String toString() {
      return "BigInt[tag=0x" + Integer.toHexString(tag) + ", bits=" + value.bitLength() + "]";
    }
  }

  /** Enumeration (0x05): unsigned 32 bits, padded to 8 bytes on the wire. */
  record Enumeration(int tag, int value) implements TtlvItem {
    @Override
    public ItemType type() {
      return ItemType.ENUMERATION;
    }
  }

  /** Boolean (0x06): 8 bytes, 0 or 1. */
  record Bool(int tag, boolean value) implements TtlvItem {
    @Override
    public ItemType type() {
      return ItemType.BOOLEAN;
    }
  }

  /** Text String (0x07): UTF-8, padded to a multiple of 8 bytes. */
  record Text(int tag, String value) implements TtlvItem {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public ItemType type() {
      return ItemType.TEXT_STRING;
    }
  }

  /**
   * Byte String (0x08): padded to a multiple of 8 bytes. The array is copied in and out; its
   * contents never appear in {@code toString()}.
   */
  record Bytes(int tag, byte[] value) implements TtlvItem {
    public Bytes {
      value = value.clone();
    }

    @Override
    public ItemType type() {
      return ItemType.BYTE_STRING;
    }

    /** A copy of the bytes; the caller owns (and should wipe) it. */
    @Override
    public byte[] value() {
      return value.clone();
    }

    /** The number of bytes, without copying. */
    public int byteCount() {
      return value.length;
    }

    /**
     * Writes the bytes at {@code out}'s position without making a copy on the heap (used by
     * the encoders so that key material is not duplicated).
     */
    public void writeTo(java.nio.ByteBuffer out) {
      out.put(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes b && b.tag == tag && java.security.MessageDigest.isEqual(b.value, value);
    }

    @Override
    public int hashCode() {
      return 31 * tag + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Bytes[tag=0x" + Integer.toHexString(tag) + ", " + value.length + " bytes]";
    }
  }

  /** Date-Time (0x09): signed 64-bit seconds since the POSIX epoch. */
  record DateTime(int tag, long epochSeconds) implements TtlvItem {
    @Override
    public ItemType type() {
      return ItemType.DATE_TIME;
    }

    public Instant instant() {
      return Instant.ofEpochSecond(epochSeconds);
    }
  }

  /** Interval (0x0A): unsigned 32-bit seconds. */
  record Interval(int tag, long seconds) implements TtlvItem {
    public Interval {
      if (seconds < 0 || seconds > 0xFFFF_FFFFL) {
        throw new TtlvException("Interval value: " + seconds + " (expected: 0 to 4294967295)");
      }
    }

    @Override
    public ItemType type() {
      return ItemType.INTERVAL;
    }
  }

  /** Date-Time Extended (0x0B, KMIP 2.0): signed 64-bit microseconds since the POSIX epoch. */
  record DateTimeExtended(int tag, long epochMicros) implements TtlvItem {
    @Override
    public ItemType type() {
      return ItemType.DATE_TIME_EXTENDED;
    }
  }

  /**
   * An unresolved value written as {@code $…} in the OASIS XML test cases (for example
   * {@code $UNIQUE_IDENTIFIER_0} or {@code $NOW-3600}). A caller substitutes it before encoding;
   * the binary encoder refuses it.
   *
   * @param type the item type the value will have once resolved
   * @param expression the placeholder text, including the leading {@code $}
   */
  record Placeholder(int tag, ItemType type, String expression) implements TtlvItem {
    public Placeholder {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(expression, "expression");
    }
  }
}
