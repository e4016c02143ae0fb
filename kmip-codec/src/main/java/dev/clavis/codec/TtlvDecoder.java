package dev.clavis.codec;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the TTLV binary encoding (KMIP 1.4 §9.1, KMIP 2.1 §10.1) into {@link TtlvItem} trees.
 *
 * <p>Every item is a 3-byte tag, a 1-byte item type, a 4-byte big-endian length and a value
 * padded to a multiple of 8 bytes. Validation is strict: the tag prefix is {@code 0x42} or
 * {@code 0x54} (extensions), the type code is defined (KMIP 2.1 §11.23 Table 458, Date-Time
 * Extended included), fixed lengths are exact, Big Integers are a positive multiple of 8 bytes
 * with minimal sign extension (KMIP 1.4 §9.1.1.4), padding bytes are zero, Booleans are 0 or 1,
 * Text Strings are well-formed UTF-8, and structure children fill their parent exactly.
 *
 * <p>Every {@link TtlvLimits limit} is checked before anything sized by a length read from the
 * input is allocated. Depth counts structures: the top-level item is depth 1, a structure in it
 * depth 2 (primitives add no level). Nesting is followed with an explicit stack, never with
 * recursion, so no input — whatever its depth — can overflow the thread stack. Errors are one
 * {@link TtlvException} carrying the byte offset of the offending item, relative to the start
 * of the input; messages never contain value bytes.
 *
 * <p>Thread-safe: the static methods share no state.
 */
public final class TtlvDecoder {

  /** Bytes in an item header: tag (3), type (1), length (4). */
  public static final int HEADER_BYTES = 8;

  /** Request Message (KMIP 1.4 §9.1.3.1): the top-level tag a server reads. */
  public static final int REQUEST_MESSAGE_TAG = 0x420078;

  /** Response Message (KMIP 1.4 §9.1.3.1): the top-level tag a client reads. */
  public static final int RESPONSE_MESSAGE_TAG = 0x42007B;

  private static final int INITIAL_STACK = 8;

  private final ByteBuffer in;
  private final int base;
  private final TtlvLimits limits;
  private CharsetDecoder utf8;

  // The explicit nesting stack: one slot per open structure; child lists are reused per depth.
  private int depth;
  private int[] frameTag = new int[INITIAL_STACK];
  private int[] frameEnd = new int[INITIAL_STACK];
  private int[] frameOffset = new int[INITIAL_STACK];
  private final ArrayList<ArrayList<TtlvItem>> frameItems = new ArrayList<>(INITIAL_STACK);

  private TtlvDecoder(ByteBuffer in, TtlvLimits limits) {
    this.in = in.order() == ByteOrder.BIG_ENDIAN ? in : in.duplicate().order(ByteOrder.BIG_ENDIAN);
    this.base = in.position();
    this.limits = limits;
  }

  // ---------------------------------------------------------------- public API

  /**
   * Decodes exactly one item that fills {@code bytes}.
   *
   * @throws TtlvException when the input is malformed, exceeds a limit, or has trailing bytes
   */
  public static TtlvItem decode(byte[] bytes, TtlvLimits limits) {
    return decode(ByteBuffer.wrap(bytes), limits);
  }

  /**
   * Decodes exactly one item that fills the remaining bytes of {@code buffer}. On success the
   * buffer's position is advanced to its limit; on failure it is left unchanged. Offsets in
   * errors count from the buffer's position.
   *
   * @throws TtlvException when the input is malformed, exceeds a limit, or has trailing bytes
   */
  public static TtlvItem decode(ByteBuffer buffer, TtlvLimits limits) {
    TtlvDecoder d = new TtlvDecoder(buffer, limits);
    int available = buffer.remaining();
    int total = d.topLevelLength(0, available, true);
    if (total < available) {
      throw new TtlvException("Trailing bytes: " + (available - total)
          + " (expected: none after the top-level item)", total);
    }
    TtlvItem item = d.readItem(0, total);
    buffer.position(buffer.position() + total);
    return item;
  }

  /**
   * Decodes a sequence of whole items laid end to end (for example several messages read from
   * one capture). Each item is checked against {@code limits} on its own.
   *
   * @throws TtlvException when any item is malformed or the input ends inside an item
   */
  public static List<TtlvItem> decodeAll(byte[] bytes, TtlvLimits limits) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    TtlvDecoder d = new TtlvDecoder(buffer, limits);
    List<TtlvItem> out = new ArrayList<>();
    int at = 0;
    while (at < bytes.length) {
      int total = d.topLevelLength(at, bytes.length - at, true);
      out.add(d.readItem(at, total));
      at += total;
    }
    return out;
  }

  /**
   * Stream reading: decodes the next whole item at {@code buffer}'s position, or returns
   * {@code null} when the buffer does not yet hold all of it ("need more"). A header that is
   * already invalid (bad tag, type or length, or over {@code maxMessageBytes}) fails at once,
   * before the rest arrives. On success the position is advanced past the item; when
   * {@code null} is returned or an exception thrown it is unchanged.
   *
   * @throws TtlvException when the item is malformed or over a limit
   */
  public static TtlvItem decodeNext(ByteBuffer buffer, TtlvLimits limits) {
    TtlvDecoder d = new TtlvDecoder(buffer, limits);
    int available = buffer.remaining();
    int total = d.topLevelLength(0, available, false);
    if (total < 0) {
      return null;
    }
    TtlvItem item = d.readItem(0, total);
    buffer.position(buffer.position() + total);
    return item;
  }

  /**
   * Checks a message header before any of its body is buffered, for a frame decoder: the tag
   * must be Request Message ({@code 0x420078}) or Response Message ({@code 0x42007B}), the type
   * Structure, the length a multiple of 8 and the whole frame at most
   * {@link TtlvLimits#maxMessageBytes()}.
   *
   * @param header the first 8 bytes of the frame as one big-endian long (Netty:
   *     {@code buf.getLong(buf.readerIndex())})
   * @return the whole frame length, header included
   * @throws TtlvException when the header cannot start a KMIP message or is over the limit
   */
  public static int frameLength(long header, TtlvLimits limits) {
    int tag = (int) (header >>> 40);
    int type = (int) (header >>> 32) & 0xFF;
    long length = header & 0xFFFF_FFFFL;
    if (tag != REQUEST_MESSAGE_TAG && tag != RESPONSE_MESSAGE_TAG) {
      throw new TtlvException("Message tag: " + hexTag(tag)
          + " (expected: 0x420078 Request Message or 0x42007B Response Message)", 0);
    }
    if (type != ItemType.STRUCTURE.code()) {
      throw new TtlvException("Message item type: " + hexByte(type) + " (expected: 0x01 Structure)", 0);
    }
    if ((length & 7) != 0) {
      throw new TtlvException("Structure length: " + length + " (expected: a multiple of 8)", 0);
    }
    long total = HEADER_BYTES + length;
    if (total > limits.maxMessageBytes()) {
      throw new TtlvException("Message length: " + total + " bytes (expected: at most "
          + limits.maxMessageBytes() + ")", 0);
    }
    return (int) total;
  }

  /**
   * {@link #frameLength(long, TtlvLimits)} reading the header at {@code buffer}'s position
   * without moving it; returns -1 when fewer than 8 bytes are there.
   */
  public static int frameLength(ByteBuffer buffer, TtlvLimits limits) {
    if (buffer.remaining() < HEADER_BYTES) {
      return -1;
    }
    return frameLength(buffer.duplicate().order(ByteOrder.BIG_ENDIAN).getLong(buffer.position()), limits);
  }

  /**
   * {@link #frameLength(long, TtlvLimits)} reading the first 8 bytes of {@code header}.
   *
   * @throws TtlvException when {@code header} is shorter than 8 bytes
   */
  public static int frameLength(byte[] header, TtlvLimits limits) {
    if (header.length < HEADER_BYTES) {
      throw new TtlvException("Header length: " + header.length + " bytes (expected: at least 8)", 0);
    }
    return frameLength(ByteBuffer.wrap(header).getLong(0), limits);
  }

  // ---------------------------------------------------------------- the reader

  /**
   * Validates the top-level header at relative offset {@code at} and returns the item's whole
   * length. With {@code strict} an item longer than {@code available} is an error; otherwise
   * it returns -1 ("need more").
   */
  private int topLevelLength(int at, int available, boolean strict) {
    if (available < HEADER_BYTES) {
      if (!strict) {
        if (available > 0) {
          checkTagPrefix(at, Math.min(available, 3));
        }
        if (available > 3) {
          int typeCode = in.get(base + at + 3) & 0xFF;
          if (ItemType.fromCode(typeCode) == null) {
            throw new TtlvException("Item type: " + hexByte(typeCode) + " (expected: 0x01 to 0x0B)", at);
          }
        }
        return -1;
      }
      if (available == 0) {
        throw new TtlvException("Input length: 0 bytes (expected: at least 8 for an item header)", at);
      }
      throw new TtlvException("Truncated header: " + available + " bytes (expected: 8)", at);
    }
    long total = itemLength(at);
    if (total > limits.maxMessageBytes()) {
      throw new TtlvException("Message length: " + total + " bytes (expected: at most "
          + limits.maxMessageBytes() + ")", at);
    }
    if (total > available) {
      if (!strict) {
        return -1;
      }
      throw new TtlvException("Truncated item: " + total + " bytes declared (expected: at most "
          + available + " bytes left in the input)", at);
    }
    return (int) total;
  }

  /**
   * Validates the header at {@code at} (tag prefix, type, length rules that need no value) and
   * returns the whole item length, header and padding included.
   */
  private long itemLength(int at) {
    checkTagPrefix(at, 3);
    int typeCode = in.get(base + at + 3) & 0xFF;
    ItemType type = ItemType.fromCode(typeCode);
    if (type == null) {
      throw new TtlvException("Item type: " + hexByte(typeCode) + " (expected: 0x01 to 0x0B)", at);
    }
    long length = in.getInt(base + at + 4) & 0xFFFF_FFFFL;
    int fixed = type.fixedLength();
    if (fixed >= 0) {
      if (length != fixed) {
        throw new TtlvException(typeName(type) + " length: " + length + " (expected: " + fixed + ")", at);
      }
      return HEADER_BYTES + 8;
    }
    switch (type) {
      case STRUCTURE -> {
        if ((length & 7) != 0) {
          throw new TtlvException("Structure length: " + length + " (expected: a multiple of 8)", at);
        }
        return HEADER_BYTES + length;
      }
      case BIG_INTEGER -> {
        if (length == 0 || (length & 7) != 0) {
          throw new TtlvException("Big Integer length: " + length
              + " (expected: a positive multiple of 8)", at);
        }
      }
      default -> { }
    }
    if (length > limits.maxItemBytes()) {
      throw new TtlvException(typeName(type) + " length: " + length + " bytes (expected: at most "
          + limits.maxItemBytes() + ")", at);
    }
    return HEADER_BYTES + ((length + 7) & ~7L);
  }

  private void checkTagPrefix(int at, int available) {
    int prefix = in.get(base + at) & 0xFF;
    if (prefix != 0x42 && prefix != 0x54) {
      String shown = available >= 3 ? hexTag(readTag(at)) : hexByte(prefix) + "…";
      throw new TtlvException("Tag: " + shown + " (expected: 0x42xxxx or 0x54xxxx)", at);
    }
  }

  private int readTag(int at) {
    int p = base + at;
    return (in.get(p) & 0xFF) << 16 | (in.get(p + 1) & 0xFF) << 8 | in.get(p + 2) & 0xFF;
  }

  /** Reads the item at {@code start}, whose whole length is already known to fit the input. */
  private TtlvItem readItem(int start, int total) {
    int pos = start;
    TtlvItem result = null;
    // The top-level item is depth 1; its header was checked by topLevelLength.
    if (in.get(base + start + 3) != ItemType.STRUCTURE.code()) {
      return readPrimitive(start);
    }
    push(start, total);
    pos += HEADER_BYTES;
    while (depth > 0) {
      int top = depth - 1;
      int end = frameEnd[top];
      if (pos == end) {
        // The per-depth scratch list is reused: Structure copies its children.
        ArrayList<TtlvItem> children = frameItems.get(top);
        TtlvItem.Structure s = new TtlvItem.Structure(frameTag[top], children);
        children.clear();
        depth--;
        if (depth == 0) {
          result = s;
        } else {
          frameItems.get(depth - 1).add(s);
        }
        continue;
      }
      int left = end - pos;
      if (left < HEADER_BYTES) {
        // Cannot happen for well-formed lengths (all multiples of 8), kept as a guard.
        throw new TtlvException("Structure content: " + left
            + " bytes left (expected: 0, or at least 8 for an item header)", pos);
      }
      long itemLength = itemLength(pos);
      if (itemLength > left) {
        throw new TtlvException("Item length: " + itemLength + " bytes (expected: at most " + left
            + " bytes left in the enclosing structure at offset " + frameOffset[top] + ")", pos);
      }
      ArrayList<TtlvItem> siblings = frameItems.get(top);
      if (siblings.size() >= limits.maxItemsPerStructure()) {
        throw new TtlvException("Items in structure: " + (siblings.size() + 1) + " (expected: at most "
            + limits.maxItemsPerStructure() + ")", pos);
      }
      if (in.get(base + pos + 3) == ItemType.STRUCTURE.code()) {
        if (depth >= limits.maxDepth()) {
          throw new TtlvException("Nesting depth: " + (depth + 1) + " (expected: at most "
              + limits.maxDepth() + ")", pos);
        }
        push(pos, (int) itemLength);
        pos += HEADER_BYTES;
      } else {
        siblings.add(readPrimitive(pos));
        pos += (int) itemLength;
      }
    }
    return result;
  }

  private void push(int at, int itemLength) {
    if (depth == frameTag.length) {
      int n = depth * 2;
      frameTag = Arrays.copyOf(frameTag, n);
      frameEnd = Arrays.copyOf(frameEnd, n);
      frameOffset = Arrays.copyOf(frameOffset, n);
    }
    frameTag[depth] = readTag(at);
    frameOffset[depth] = at;
    frameEnd[depth] = at + itemLength;
    if (frameItems.size() == depth) {
      frameItems.add(new ArrayList<>());
    }
    depth++;
  }

  /** Reads a non-structure item whose header has been validated and which fits the input. */
  private TtlvItem readPrimitive(int at) {
    int tag = readTag(at);
    ItemType type = ItemType.fromCode(in.get(base + at + 3));
    int length = in.getInt(base + at + 4);
    int v = base + at + HEADER_BYTES;
    return switch (type) {
      case INTEGER -> {
        checkZeroPadding(type, v + 4, 4, at);
        yield new TtlvItem.Int(tag, in.getInt(v));
      }
      case ENUMERATION -> {
        checkZeroPadding(type, v + 4, 4, at);
        yield new TtlvItem.Enumeration(tag, in.getInt(v));
      }
      case INTERVAL -> {
        checkZeroPadding(type, v + 4, 4, at);
        yield new TtlvItem.Interval(tag, in.getInt(v) & 0xFFFF_FFFFL);
      }
      case LONG_INTEGER -> new TtlvItem.LongInt(tag, in.getLong(v));
      case DATE_TIME -> new TtlvItem.DateTime(tag, in.getLong(v));
      case DATE_TIME_EXTENDED -> new TtlvItem.DateTimeExtended(tag, in.getLong(v));
      case BOOLEAN -> {
        long b = in.getLong(v);
        if (b != 0 && b != 1) {
          throw new TtlvException("Boolean value: neither 0 nor 1 (expected: 0 or 1)", at);
        }
        yield new TtlvItem.Bool(tag, b == 1);
      }
      case TEXT_STRING -> {
        checkZeroPadding(type, v + length, padding(length), at);
        yield new TtlvItem.Text(tag, readUtf8(v, length, at));
      }
      case BYTE_STRING -> {
        checkZeroPadding(type, v + length, padding(length), at);
        byte[] value = new byte[length];
        in.get(v, value);
        TtlvItem.Bytes item = new TtlvItem.Bytes(tag, value);
        Arrays.fill(value, (byte) 0);
        yield item;
      }
      case BIG_INTEGER -> {
        checkMinimalSignExtension(v, length, at);
        byte[] value = new byte[length];
        in.get(v, value);
        BigInteger big = new BigInteger(value);
        Arrays.fill(value, (byte) 0);
        yield new TtlvItem.BigInt(tag, big);
      }
      case STRUCTURE -> throw new AssertionError("structures are read by readItem");
    };
  }

  private static int padding(int length) {
    return (8 - (length & 7)) & 7;
  }

  private void checkZeroPadding(ItemType type, int from, int count, int at) {
    for (int i = 0; i < count; i++) {
      if (in.get(from + i) != 0) {
        throw new TtlvException(typeName(type) + " padding: non-zero byte (expected: " + count
            + " zero bytes)", at);
      }
    }
  }

  /**
   * KMIP 1.4 §9.1.1.4: Big Integers carry "the minimal number of leading sign-extended bytes"
   * to reach a multiple of 8. A value whose first 8 bytes are all sign extension of the rest is
   * refused, so every accepted encoding re-encodes to the same bytes.
   */
  private void checkMinimalSignExtension(int v, int length, int at) {
    if (length <= 8) {
      return;
    }
    byte first = in.get(v);
    if (first != 0 && first != -1) {
      return;
    }
    for (int i = 1; i < 8; i++) {
      if (in.get(v + i) != first) {
        return;
      }
    }
    // Eight sign bytes: redundant when the next byte carries the same sign.
    if ((in.get(v + 8) & 0x80) == (first & 0x80)) {
      throw new TtlvException("Big Integer length: " + length
          + " (expected: the minimal multiple of 8 for the value)", at);
    }
  }

  private String readUtf8(int v, int length, int at) {
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      if (in.get(v + i) < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      if (in.hasArray()) {
        return new String(in.array(), in.arrayOffset() + v, length, StandardCharsets.US_ASCII);
      }
      byte[] tmp = new byte[length];
      in.get(v, tmp);
      return new String(tmp, StandardCharsets.US_ASCII);
    }
    if (utf8 == null) {
      utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
    utf8.reset();
    ByteBuffer src = in.duplicate().limit(v + length).position(v);
    CharBuffer out = CharBuffer.allocate(length); // UTF-8 never yields more chars than bytes
    CoderResult r = utf8.decode(src, out, true);
    if (!r.isError()) {
      r = utf8.flush(out);
    }
    if (r.isError()) {
      throw new TtlvException("Text String: invalid UTF-8 at value byte " + (src.position() - v)
          + " (expected: well-formed UTF-8)", at);
    }
    return out.flip().toString();
  }

  // ---------------------------------------------------------------- formatting

  static String hexTag(int tag) {
    return String.format("0x%06X", tag);
  }

  private static String hexByte(int b) {
    return String.format("0x%02X", b);
  }

  static String typeName(ItemType type) {
    return switch (type) {
      case STRUCTURE -> "Structure";
      case INTEGER -> "Integer";
      case LONG_INTEGER -> "Long Integer";
      case BIG_INTEGER -> "Big Integer";
      case ENUMERATION -> "Enumeration";
      case BOOLEAN -> "Boolean";
      case TEXT_STRING -> "Text String";
      case BYTE_STRING -> "Byte String";
      case DATE_TIME -> "Date-Time";
      case INTERVAL -> "Interval";
      case DATE_TIME_EXTENDED -> "Date-Time Extended";
    };
  }
}
