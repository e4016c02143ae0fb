package dev.clavis.codec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of random {@link TtlvItem} trees, for round-trip tests of every encoding
 * (binary, XML, JSON). The same seed gives the same trees on every run and JDK.
 *
 * <p>Trees use every item type except {@link TtlvItem.Placeholder}, tags from both the
 * {@code 0x42} and {@code 0x54} (extension) ranges, edge values (0, -1, min and max of each
 * width, negative Big Integers, empty strings, multi-byte UTF-8 with supplementary characters)
 * and nesting up to {@link #maxDepth()} structures. Text uses only characters that XML 1.0 can
 * carry (no NUL or other C0 controls besides tab and newline), so XML round trips can reuse it.
 *
 * <pre>{@code
 * RandomTtlv random = new RandomTtlv(42);
 * for (int i = 0; i < 10_000; i++) {
 *   TtlvItem tree = random.tree();
 *   ...
 * }
 * }</pre>
 */
public final class RandomTtlv {

  private static final ItemType[] TYPES = ItemType.values();
  private static final String[] SAMPLE_TEXT = {
      "", "a", "Hello World", "Cryptographic Algorithm", "é", "€uro", "\uD83D\uDD11 key",
      "line\nbreak", "tab\tand \"quotes\" <xml> & {json}", "日本語のテキスト",
  };

  private final SplittableRandom random;
  private final int maxDepth;
  private final int maxChildren;
  private final int maxBytes;
  private final boolean isoDates;

  /** First and last second that ISO-8601 text with a 4-digit year can carry (0001 to 9999). */
  static final long MIN_ISO_SECOND = -62_135_596_800L;
  static final long MAX_ISO_SECOND = 253_402_300_799L;

  /**
   * A generator with nesting up to 6 structures, up to 6 children each, values up to 40 bytes,
   * and Date-Times over the whole 64-bit range (fine for the binary encoding).
   */
  public RandomTtlv(long seed) {
    this(seed, 6, 6, 40, false);
  }

  /**
   * @param isoDates keep Date-Time and Date-Time Extended values within years 0001–9999, so
   *     that the XML and JSON encodings (ISO-8601 text) can carry them
   */
  public RandomTtlv(long seed, int maxDepth, int maxChildren, int maxBytes, boolean isoDates) {
    this.random = new SplittableRandom(seed);
    this.maxDepth = maxDepth;
    this.maxChildren = maxChildren;
    this.maxBytes = maxBytes;
    this.isoDates = isoDates;
  }

  /** The default shape with ISO-8601-representable dates: for binary ↔ XML ↔ JSON round trips. */
  public static RandomTtlv forTextEncodings(long seed) {
    return new RandomTtlv(seed, 6, 6, 40, true);
  }

  public int maxDepth() {
    return maxDepth;
  }

  /** A random tree whose root is a Structure (like a message). */
  public TtlvItem.Structure tree() {
    return structure(1);
  }

  /** A random item of any type, a Structure included. */
  public TtlvItem item() {
    return item(1);
  }

  private TtlvItem item(int depth) {
    ItemType type = TYPES[random.nextInt(TYPES.length)];
    if (type == ItemType.STRUCTURE && depth >= maxDepth) {
      type = ItemType.INTEGER;
    }
    return switch (type) {
      case STRUCTURE -> structure(depth);
      case INTEGER -> new TtlvItem.Int(tag(), int32());
      case LONG_INTEGER -> new TtlvItem.LongInt(tag(), int64());
      case BIG_INTEGER -> new TtlvItem.BigInt(tag(), bigInteger());
      case ENUMERATION -> new TtlvItem.Enumeration(tag(), int32());
      case BOOLEAN -> new TtlvItem.Bool(tag(), random.nextBoolean());
      case TEXT_STRING -> new TtlvItem.Text(tag(), text());
      case BYTE_STRING -> new TtlvItem.Bytes(tag(), bytes(random.nextInt(maxBytes + 1)));
      case DATE_TIME -> new TtlvItem.DateTime(tag(), isoDates ? isoSecond() : int64());
      case INTERVAL -> new TtlvItem.Interval(tag(), int32() & 0xFFFF_FFFFL);
      case DATE_TIME_EXTENDED -> new TtlvItem.DateTimeExtended(tag(),
          isoDates ? isoSecond() * 1_000_000L + random.nextInt(1_000_000) : int64());
    };
  }

  private TtlvItem.Structure structure(int depth) {
    int n = random.nextInt(maxChildren + 1);
    List<TtlvItem> children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(item(depth + 1));
    }
    return new TtlvItem.Structure(tag(), children);
  }

  /** Mostly spec tags (0x420001–0x420160), sometimes extension tags (0x54xxxx). */
  public int tag() {
    return random.nextInt(8) == 0
        ? 0x540000 | random.nextInt(0x10000)
        : 0x420001 + random.nextInt(0x160);
  }

  private int int32() {
    return switch (random.nextInt(6)) {
      case 0 -> 0;
      case 1 -> -1;
      case 2 -> Integer.MIN_VALUE;
      case 3 -> Integer.MAX_VALUE;
      default -> random.nextInt();
    };
  }

  private long int64() {
    return switch (random.nextInt(6)) {
      case 0 -> 0;
      case 1 -> -1;
      case 2 -> Long.MIN_VALUE;
      case 3 -> Long.MAX_VALUE;
      default -> random.nextLong();
    };
  }

  private long isoSecond() {
    return switch (random.nextInt(5)) {
      case 0 -> 0;
      case 1 -> MIN_ISO_SECOND;
      case 2 -> MAX_ISO_SECOND - 1;
      default -> random.nextLong(MIN_ISO_SECOND, MAX_ISO_SECOND);
    };
  }

  private BigInteger bigInteger() {
    BigInteger v = switch (random.nextInt(6)) {
      case 0 -> BigInteger.ZERO;
      case 1 -> BigInteger.ONE.shiftLeft(63);
      case 2 -> BigInteger.ONE.shiftLeft(64 * (1 + random.nextInt(4))).subtract(BigInteger.ONE);
      default -> new BigInteger(1 + random.nextInt(maxBytes * 8 + 1), new java.util.Random(random.nextLong()));
    };
    return random.nextBoolean() ? v.negate() : v;
  }

  private byte[] bytes(int count) {
    byte[] b = new byte[count];
    for (int i = 0; i < count; i++) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }

  private String text() {
    if (random.nextBoolean()) {
      return SAMPLE_TEXT[random.nextInt(SAMPLE_TEXT.length)];
    }
    int n = random.nextInt(maxBytes / 2 + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int cp = switch (random.nextInt(10)) {
        case 0 -> 0x80 + random.nextInt(0x780);          // 2-byte UTF-8
        case 1 -> 0x800 + random.nextInt(0xD800 - 0x800); // 3-byte, below the surrogates
        case 2 -> 0x10000 + random.nextInt(0x100000);    // 4-byte, supplementary
        default -> 0x20 + random.nextInt(0x5F);          // printable ASCII
      };
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
