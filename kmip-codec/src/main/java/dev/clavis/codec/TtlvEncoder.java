package dev.clavis.codec;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * Writes {@link TtlvItem} trees in the TTLV binary encoding (KMIP 1.4 §9.1, KMIP 2.1 §10.1).
 *
 * <p>The length of the whole tree is computed first ({@link #encodedLength(TtlvItem)}), then
 * the bytes are written once: structure lengths are filled in when each structure closes, so
 * no intermediate buffer is made. Both passes follow nesting with an explicit stack, so any
 * depth is safe. Big Integers are written in minimal two's complement, sign-extended on the
 * left to a multiple of 8 bytes (KMIP 1.4 §9.1.1.4); Text Strings must be well-formed UTF-16
 * (no unpaired surrogate) and are written as UTF-8; {@link TtlvItem.Placeholder}s are refused.
 *
 * <p>Thread-safe: the static methods share no state.
 */
public final class TtlvEncoder {

  private static final int INITIAL_STACK = 8;

  private TtlvEncoder() {
  }

  /**
   * Encodes {@code item} into a new array of exactly {@link #encodedLength(TtlvItem)} bytes.
   *
   * @throws TtlvException when the tree holds a placeholder, an unpaired surrogate, or is too large
   */
  public static byte[] encode(TtlvItem item) {
    byte[] out = new byte[encodedLength(item)];
    write(item, ByteBuffer.wrap(out));
    return out;
  }

  /**
   * Encodes {@code item} at {@code out}'s position and advances it. Nothing is written when
   * the item does not fit.
   *
   * @throws TtlvException when the item does not fit in the remaining space, or cannot be encoded
   */
  public static void encode(TtlvItem item, ByteBuffer out) {
    int length = encodedLength(item);
    if (out.remaining() < length) {
      throw new TtlvException("Buffer space: " + out.remaining() + " bytes (expected: at least "
          + length + ")");
    }
    if (out.order() == ByteOrder.BIG_ENDIAN) {
      write(item, out);
    } else {
      ByteBuffer view = out.duplicate().order(ByteOrder.BIG_ENDIAN);
      write(item, view);
      out.position(view.position());
    }
  }

  /**
   * Encodes {@code item} and writes it to {@code out} in one {@code write} call. The
   * intermediate array is zeroed afterwards (it may hold key material).
   *
   * @throws TtlvException when the tree cannot be encoded
   * @throws IOException when {@code out} fails
   */
  public static void encode(TtlvItem item, OutputStream out) throws IOException {
    byte[] bytes = encode(item);
    try {
      out.write(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * The number of bytes {@code item} takes on the wire, header and padding included.
   *
   * @throws TtlvException when the tree holds a placeholder or an unpaired surrogate, or its
   *     encoding would exceed {@link Integer#MAX_VALUE} bytes
   */
  public static int encodedLength(TtlvItem item) {
    long total = itemBytes(item);
    if (!(item instanceof TtlvItem.Structure root)) {
      return (int) total;
    }
    List<?>[] lists = new List<?>[INITIAL_STACK];
    int[] next = new int[INITIAL_STACK];
    int depth = 0;
    lists[depth++] = root.items();
    while (depth > 0) {
      List<?> list = lists[depth - 1];
      int i = next[depth - 1];
      if (i == list.size()) {
        lists[--depth] = null;
        next[depth] = 0;
        continue;
      }
      next[depth - 1] = i + 1;
      TtlvItem child = (TtlvItem) list.get(i);
      total += itemBytes(child);
      if (total > Integer.MAX_VALUE) {
        throw new TtlvException("Encoded length: more than " + Integer.MAX_VALUE
            + " bytes (expected: at most " + Integer.MAX_VALUE + ")");
      }
      if (child instanceof TtlvItem.Structure s) {
        if (depth == lists.length) {
          lists = Arrays.copyOf(lists, depth * 2);
          next = Arrays.copyOf(next, depth * 2);
        }
        lists[depth++] = s.items();
      }
    }
    return (int) total;
  }

  // ---------------------------------------------------------------- lengths

  /** Header plus padded value; for a structure, the header only (its children are counted apart). */
  private static long itemBytes(TtlvItem item) {
    return TtlvDecoder.HEADER_BYTES + switch (item) {
      case TtlvItem.Structure s -> 0;
      case TtlvItem.Int i -> 8;
      case TtlvItem.LongInt l -> 8;
      case TtlvItem.Enumeration e -> 8;
      case TtlvItem.Bool b -> 8;
      case TtlvItem.DateTime d -> 8;
      case TtlvItem.Interval i -> 8;
      case TtlvItem.DateTimeExtended d -> 8;
      case TtlvItem.BigInt b -> bigIntegerLength(b.value());
      case TtlvItem.Text t -> padded(utf8Length(t));
      case TtlvItem.Bytes b -> padded(b.byteCount());
      case TtlvItem.Placeholder p -> throw unresolved(p);
    };
  }

  private static long padded(long length) {
    return (length + 7) & ~7L;
  }

  /** Minimal two's-complement byte count, rounded up to a multiple of 8. */
  private static int bigIntegerLength(BigInteger value) {
    return (int) padded(value.bitLength() / 8 + 1);
  }

  private static int utf8Length(TtlvItem.Text text) {
    String s = text.value();
    int n = s.length();
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))) {
          throw unpaired(text, i);
        }
        bytes += 4;
        i++;
      } else if (Character.isLowSurrogate(c)) {
        throw unpaired(text, i);
      } else {
        bytes += 3;
      }
    }
    if (bytes > 0xFFFF_FFFFL || bytes > Integer.MAX_VALUE - 16) {
      throw new TtlvException("Text String length: " + bytes + " bytes (expected: at most "
          + (Integer.MAX_VALUE - 16) + ")");
    }
    return (int) bytes;
  }

  private static TtlvException unpaired(TtlvItem.Text text, int index) {
    return new TtlvException("Text String at tag " + TtlvDecoder.hexTag(text.tag())
        + ": unpaired surrogate at char " + index + " (expected: well-formed UTF-16)");
  }

  private static TtlvException unresolved(TtlvItem.Placeholder p) {
    return new TtlvException("unresolved placeholder: " + p.expression() + " at tag "
        + TtlvDecoder.hexTag(p.tag()) + " (expected: a value; substitute placeholders before encoding)");
  }

  // ---------------------------------------------------------------- writing

  /** Writes the tree; {@code out} is big-endian and known to have room. */
  private static void write(TtlvItem item, ByteBuffer out) {
    if (!(item instanceof TtlvItem.Structure root)) {
      writePrimitive(item, out);
      return;
    }
    List<?>[] lists = new List<?>[INITIAL_STACK];
    int[] next = new int[INITIAL_STACK];
    int[] starts = new int[INITIAL_STACK];
    int depth = 0;
    starts[depth] = out.position();
    writeHeader(out, root.tag(), ItemType.STRUCTURE, 0);
    lists[depth++] = root.items();
    while (depth > 0) {
      List<?> list = lists[depth - 1];
      int i = next[depth - 1];
      if (i == list.size()) {
        depth--;
        int start = starts[depth];
        out.putInt(start + 4, out.position() - start - TtlvDecoder.HEADER_BYTES);
        lists[depth] = null;
        next[depth] = 0;
        continue;
      }
      next[depth - 1] = i + 1;
      TtlvItem child = (TtlvItem) list.get(i);
      if (child instanceof TtlvItem.Structure s) {
        if (depth == lists.length) {
          lists = Arrays.copyOf(lists, depth * 2);
          next = Arrays.copyOf(next, depth * 2);
          starts = Arrays.copyOf(starts, depth * 2);
        }
        starts[depth] = out.position();
        writeHeader(out, s.tag(), ItemType.STRUCTURE, 0);
        lists[depth++] = s.items();
      } else {
        writePrimitive(child, out);
      }
    }
  }

  private static void writeHeader(ByteBuffer out, int tag, ItemType type, int length) {
    out.putInt(tag << 8 | type.code());
    out.putInt(length);
  }

  private static void writePrimitive(TtlvItem item, ByteBuffer out) {
    switch (item) {
      case TtlvItem.Int i -> writeInt32(out, i.tag(), ItemType.INTEGER, i.value());
      case TtlvItem.Enumeration e -> writeInt32(out, e.tag(), ItemType.ENUMERATION, e.value());
      case TtlvItem.Interval i -> writeInt32(out, i.tag(), ItemType.INTERVAL, (int) i.seconds());
      case TtlvItem.LongInt l -> writeInt64(out, l.tag(), ItemType.LONG_INTEGER, l.value());
      case TtlvItem.DateTime d -> writeInt64(out, d.tag(), ItemType.DATE_TIME, d.epochSeconds());
      case TtlvItem.DateTimeExtended d ->
          writeInt64(out, d.tag(), ItemType.DATE_TIME_EXTENDED, d.epochMicros());
      case TtlvItem.Bool b -> writeInt64(out, b.tag(), ItemType.BOOLEAN, b.value() ? 1 : 0);
      case TtlvItem.BigInt b -> writeBigInteger(out, b);
      case TtlvItem.Text t -> writeText(out, t);
      case TtlvItem.Bytes b -> {
        writeHeader(out, b.tag(), ItemType.BYTE_STRING, b.byteCount());
        b.writeTo(out);
        zeros(out, padding(b.byteCount()));
      }
      case TtlvItem.Placeholder p -> throw unresolved(p);
      case TtlvItem.Structure s -> throw new AssertionError("structures are written by write");
    }
  }

  private static void writeInt32(ByteBuffer out, int tag, ItemType type, int value) {
    writeHeader(out, tag, type, 4);
    out.putInt(value);
    out.putInt(0);
  }

  private static void writeInt64(ByteBuffer out, int tag, ItemType type, long value) {
    writeHeader(out, tag, type, 8);
    out.putLong(value);
  }

  private static void writeBigInteger(ByteBuffer out, TtlvItem.BigInt b) {
    byte[] minimal = b.value().toByteArray();
    int length = (int) padded(minimal.length);
    writeHeader(out, b.tag(), ItemType.BIG_INTEGER, length);
    byte sign = b.value().signum() < 0 ? (byte) -1 : 0;
    for (int i = minimal.length; i < length; i++) {
      out.put(sign);
    }
    out.put(minimal);
    Arrays.fill(minimal, (byte) 0);
  }

  private static void writeText(ByteBuffer out, TtlvItem.Text t) {
    int length = utf8Length(t);
    writeHeader(out, t.tag(), ItemType.TEXT_STRING, length);
    String s = t.value();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.put((byte) c);
      } else if (c < 0x800) {
        out.put((byte) (0xC0 | c >> 6));
        out.put((byte) (0x80 | c & 0x3F));
      } else if (Character.isHighSurrogate(c)) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        out.put((byte) (0xF0 | cp >> 18));
        out.put((byte) (0x80 | cp >> 12 & 0x3F));
        out.put((byte) (0x80 | cp >> 6 & 0x3F));
        out.put((byte) (0x80 | cp & 0x3F));
      } else {
        out.put((byte) (0xE0 | c >> 12));
        out.put((byte) (0x80 | c >> 6 & 0x3F));
        out.put((byte) (0x80 | c & 0x3F));
      }
    }
    zeros(out, padding(length));
  }

  private static int padding(int length) {
    return (8 - (length & 7)) & 7;
  }

  private static void zeros(ByteBuffer out, int count) {
    for (int i = 0; i < count; i++) {
      out.put((byte) 0);
    }
  }
}
