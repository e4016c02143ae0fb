package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A numbered catalogue of malformed TTLV inputs (in the spirit of Cosmian KMS's
 * {@code wire_edge_cases.rs}): each case names the defect, the expected message fragment and
 * the byte offset the error must point at. Hex is in the spec's notation,
 * {@code tag | type | length | value}.
 */
class TtlvMalformedInputTest {

  static final TtlvLimits DEFAULT = TtlvLimits.DEFAULT;
  /** No limit protects anything here: checks must come from the input itself. */
  static final TtlvLimits UNLIMITED = new TtlvLimits(Integer.MAX_VALUE, Integer.MAX_VALUE,
      Integer.MAX_VALUE, Integer.MAX_VALUE);

  /**
   * One catalogue entry. {@code fragment == null} marks an input that must decode.
   */
  record Case(int number, String name, byte[] input, TtlvLimits limits, String fragment, long offset) {
    @Override
    public String toString() {
      return String.format("%02d %s", number, name);
    }
  }

  static Case bad(int number, String name, String hex, String fragment, long offset) {
    return new Case(number, name, Hex.bytes(hex), DEFAULT, fragment, offset);
  }

  static Case bad(int number, String name, byte[] input, TtlvLimits limits, String fragment, long offset) {
    return new Case(number, name, input, limits, fragment, offset);
  }

  static Case ok(int number, String name, byte[] input, TtlvLimits limits) {
    return new Case(number, name, input, limits, null, -1);
  }

  static final String INT_8 = "42 00 20 | 02 | 00 00 00 04 | 00 00 00 08 00 00 00 00";

  static List<Case> catalogue() {
    List<Case> c = new ArrayList<>();
    // --- framing: empty and truncated input
    c.add(bad(1, "empty input", "", "Input length: 0 bytes (expected: at least 8 for an item header)", 0));
    c.add(bad(2, "one byte", "42", "Truncated header: 1 bytes (expected: 8)", 0));
    c.add(bad(3, "header cut after the type", "42 00 20 | 02", "Truncated header: 4 bytes (expected: 8)", 0));
    c.add(bad(4, "header cut inside the length", "42 00 20 | 02 | 00 00 00", "Truncated header: 7 bytes", 0));
    c.add(bad(5, "Integer value cut in half", "42 00 20 | 02 | 00 00 00 04 | 00 00 00 08",
        "Truncated item: 16 bytes declared (expected: at most 12 bytes left in the input)", 0));
    c.add(bad(6, "Text String padding missing", "42 00 20 | 07 | 00 00 00 03 | 41 42 43",
        "Truncated item: 16 bytes declared (expected: at most 11 bytes left in the input)", 0));
    c.add(bad(7, "structure cut inside a child",
        "42 00 78 | 01 | 00 00 00 10 | " + "42 00 0D | 02 | 00 00 00 04 | 00 00 00 01",
        "Truncated item: 24 bytes declared (expected: at most 20 bytes left in the input)", 0));
    // --- item type byte
    c.add(bad(8, "type 0x00", "42 00 20 | 00 | 00 00 00 04 | 00 00 00 08 00 00 00 00",
        "Item type: 0x00 (expected: 0x01 to 0x0B)", 0));
    c.add(bad(9, "type 0x0C (one past Date-Time Extended)", "42 00 20 | 0C | 00 00 00 08 | 00 00 00 00 00 00 00 00",
        "Item type: 0x0C (expected: 0x01 to 0x0B)", 0));
    c.add(bad(10, "type 0xFF", "42 00 20 | FF | 00 00 00 00", "Item type: 0xFF (expected: 0x01 to 0x0B)", 0));
    c.add(bad(11, "bad type in a child", "42 00 78 | 01 | 00 00 00 08 | 42 00 0D | 0C | 00 00 00 00",
        "Item type: 0x0C", 8));
    // --- tag prefix
    c.add(bad(12, "tag prefix 0x43", "43 00 20 | 02 | 00 00 00 04 | 00 00 00 08 00 00 00 00",
        "Tag: 0x430020 (expected: 0x42xxxx or 0x54xxxx)", 0));
    c.add(bad(13, "tag prefix 0x00 in a child", "42 00 78 | 01 | 00 00 00 10 | 00 00 0D | 02 | 00 00 00 04 | 00 00 00 01 00 00 00 00",
        "Tag: 0x00000D (expected: 0x42xxxx or 0x54xxxx)", 8));
    // --- structure lengths
    c.add(bad(14, "child longer than parent",
        "42 00 78 | 01 | 00 00 00 20 | 42 00 77 | 01 | 00 00 00 08 | "
            + "42 00 94 | 07 | 00 00 00 09 | 41 41 41 41 41 41 41 41 41 00 00 00 00 00 00 00",
        "Item length: 24 bytes (expected: at most 8 bytes left in the enclosing structure at offset 8)", 16));
    c.add(bad(15, "parent longer than its children (zero filler)",
        "42 00 78 | 01 | 00 00 00 18 | " + INT_8 + " | 00 00 00 00 00 00 00 00",
        "Tag: 0x000000 (expected: 0x42xxxx or 0x54xxxx)", 24));
    c.add(bad(16, "parent longer than its children (input ends)",
        "42 00 78 | 01 | 00 00 00 20 | " + INT_8,
        "Truncated item: 40 bytes declared (expected: at most 24 bytes left in the input)", 0));
    c.add(bad(17, "structure length not a multiple of 8",
        "42 00 78 | 01 | 00 00 00 0C | 42 00 0D | 02 | 00 00 00 00",
        "Structure length: 12 (expected: a multiple of 8)", 0));
    c.add(bad(18, "nested child overruns its own parent but not the top",
        "42 00 78 | 01 | 00 00 00 20 | 42 00 77 | 01 | 00 00 00 08 | " + INT_8 + " | 00 00 00 00 00 00 00 00",
        "Item length: 16 bytes (expected: at most 8 bytes left in the enclosing structure at offset 8)", 16));
    // --- nesting depth
    c.add(ok(19, "depth exactly at the limit (3)", nested(3, Hex.bytes(INT_8)), DEFAULT.withMaxDepth(3)));
    c.add(bad(20, "depth one over the limit (4 > 3)", nested(4, new byte[0]), DEFAULT.withMaxDepth(3),
        "Nesting depth: 4 (expected: at most 3)", 24));
    c.add(bad(21, "10,000 levels against the default limit", nested(10_000, new byte[0]),
        DEFAULT.withMaxMessageBytes(1 << 20), "Nesting depth: 33 (expected: at most 32)", 256));
    c.add(bad(22, "10,000 levels with no depth limit, defect at the bottom",
        nested(10_000, Hex.bytes("42 00 20 | 0C | 00 00 00 00")), UNLIMITED, "Item type: 0x0C", 80_000));
    // --- huge declared lengths: refused by a limit or by the input's size, never allocated
    c.add(bad(23, "Text String length 0x7FFFFFFF", "42 00 20 | 07 | 7F FF FF FF | 41 41 41 41 41 41 41 41",
        "Text String length: 2147483647 bytes (expected: at most 1048576)", 0));
    c.add(bad(24, "Text String length 0xFFFFFFFF", "42 00 20 | 07 | FF FF FF FF | 41 41 41 41 41 41 41 41",
        "Text String length: 4294967295 bytes (expected: at most 1048576)", 0));
    c.add(bad(25, "Byte String length 0x7FFFFFFF", "42 00 20 | 08 | 7F FF FF FF | 41 41 41 41 41 41 41 41",
        "Byte String length: 2147483647 bytes (expected: at most 1048576)", 0));
    c.add(bad(26, "Byte String length 0xFFFFFFFF", "42 00 20 | 08 | FF FF FF FF | 41 41 41 41 41 41 41 41",
        "Byte String length: 4294967295 bytes (expected: at most 1048576)", 0));
    c.add(bad(27, "Big Integer length 0x7FFFFFF8", "42 00 20 | 04 | 7F FF FF F8 | 00 00 00 00 00 00 00 01",
        "Big Integer length: 2147483640 bytes (expected: at most 1048576)", 0));
    c.add(bad(28, "Big Integer length 0xFFFFFFF8", "42 00 20 | 04 | FF FF FF F8 | 00 00 00 00 00 00 00 01",
        "Big Integer length: 4294967288 bytes (expected: at most 1048576)", 0));
    c.add(bad(29, "Structure length 0x7FFFFFF8", "42 00 78 | 01 | 7F FF FF F8 | " + INT_8,
        "Message length: 2147483648 bytes (expected: at most 4194304)", 0));
    c.add(bad(30, "Structure length 0xFFFFFFF8", "42 00 78 | 01 | FF FF FF F8 | " + INT_8,
        "Message length: 4294967296 bytes (expected: at most 4194304)", 0));
    c.add(bad(31, "Text String 0x7FFFFFF0 with no limits", Hex.bytes("42 00 20 | 07 | 7F FF FF F0 | 41 41 41 41"),
        UNLIMITED, "Truncated item: 2147483640 bytes declared (expected: at most 12 bytes left in the input)", 0));
    c.add(bad(32, "Byte String 0x7FFFFFF0 inside a structure, no limits",
        Hex.bytes("42 00 78 | 01 | 00 00 00 10 | 42 00 43 | 08 | 7F FF FF F0 | 00 00 00 00 00 00 00 00"), UNLIMITED,
        "Item length: 2147483640 bytes (expected: at most 16 bytes left in the enclosing structure", 8));
    c.add(bad(33, "Big Integer 0x7FFFFFF8 inside a structure, no limits",
        Hex.bytes("42 00 78 | 01 | 00 00 00 10 | 42 00 20 | 04 | 7F FF FF F8 | 00 00 00 00 00 00 00 01"), UNLIMITED,
        "Item length: 2147483648 bytes (expected: at most 16 bytes left", 8));
    c.add(bad(34, "Structure 0xFFFFFFF8 inside a structure, no limits",
        Hex.bytes("42 00 78 | 01 | 00 00 00 08 | 42 00 77 | 01 | FF FF FF F8"), UNLIMITED,
        "Item length: 4294967296 bytes (expected: at most 8 bytes left", 8));
    // --- padding must be zero
    c.add(bad(35, "Integer padding non-zero", "42 00 20 | 02 | 00 00 00 04 | 00 00 00 08 00 00 00 01",
        "Integer padding: non-zero byte (expected: 4 zero bytes)", 0));
    c.add(bad(36, "Enumeration padding non-zero", "42 00 20 | 05 | 00 00 00 04 | 00 00 00 01 80 00 00 00",
        "Enumeration padding: non-zero byte (expected: 4 zero bytes)", 0));
    c.add(bad(37, "Interval padding non-zero", "42 00 20 | 0A | 00 00 00 04 | 00 0D 2F 00 00 00 01 00",
        "Interval padding: non-zero byte (expected: 4 zero bytes)", 0));
    c.add(bad(38, "Text String padding non-zero", "42 00 20 | 07 | 00 00 00 03 | 41 42 43 00 00 00 00 20",
        "Text String padding: non-zero byte (expected: 5 zero bytes)", 0));
    c.add(bad(39, "Byte String padding non-zero (in a child)",
        "42 00 78 | 01 | 00 00 00 10 | 42 00 43 | 08 | 00 00 00 01 | 01 FF 00 00 00 00 00 00",
        "Byte String padding: non-zero byte (expected: 7 zero bytes)", 8));
    // --- fixed lengths must be exact
    c.add(bad(40, "Integer length 8", "42 00 20 | 02 | 00 00 00 08 | 00 00 00 00 00 00 00 08",
        "Integer length: 8 (expected: 4)", 0));
    c.add(bad(41, "Long Integer length 4", "42 00 20 | 03 | 00 00 00 04 | 00 00 00 08 00 00 00 00",
        "Long Integer length: 4 (expected: 8)", 0));
    c.add(bad(42, "Enumeration length 8", "42 00 20 | 05 | 00 00 00 08 | 00 00 00 00 00 00 00 01",
        "Enumeration length: 8 (expected: 4)", 0));
    c.add(bad(43, "Boolean length 1", "42 00 20 | 06 | 00 00 00 01 | 01 00 00 00 00 00 00 00",
        "Boolean length: 1 (expected: 8)", 0));
    c.add(bad(44, "Date-Time length 4", "42 00 20 | 09 | 00 00 00 04 | 47 DA 67 F8 00 00 00 00",
        "Date-Time length: 4 (expected: 8)", 0));
    c.add(bad(45, "Interval length 8", "42 00 20 | 0A | 00 00 00 08 | 00 00 00 00 00 0D 2F 00",
        "Interval length: 8 (expected: 4)", 0));
    c.add(bad(46, "Date-Time Extended length 0", "42 00 20 | 0B | 00 00 00 00",
        "Date-Time Extended length: 0 (expected: 8)", 0));
    // --- Big Integer lengths
    c.add(bad(47, "Big Integer length 0", "42 00 20 | 04 | 00 00 00 00",
        "Big Integer length: 0 (expected: a positive multiple of 8)", 0));
    c.add(bad(48, "Big Integer length 12", "42 00 20 | 04 | 00 00 00 0C | 00 00 00 00 00 00 00 00 00 00 00 01 00 00 00 00",
        "Big Integer length: 12 (expected: a positive multiple of 8)", 0));
    c.add(bad(49, "Big Integer with a redundant block of sign extension",
        "42 00 20 | 04 | 00 00 00 10 | 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01",
        "Big Integer length: 16 (expected: the minimal multiple of 8 for the value)", 0));
    c.add(bad(50, "negative Big Integer with a redundant block of sign extension",
        "42 00 20 | 04 | 00 00 00 10 | FF FF FF FF FF FF FF FF FF FF FF FF FF FF FF FE",
        "Big Integer length: 16 (expected: the minimal multiple of 8 for the value)", 0));
    // --- UTF-8
    c.add(bad(51, "overlong encoding of '/' (C0 AF)", "42 00 20 | 07 | 00 00 00 03 | 41 C0 AF 00 00 00 00 00",
        "Text String: invalid UTF-8 at value byte 1 (expected: well-formed UTF-8)", 0));
    c.add(bad(52, "lone surrogate U+D800 (ED A0 80)", "42 00 20 | 07 | 00 00 00 03 | ED A0 80 00 00 00 00 00",
        "Text String: invalid UTF-8 at value byte 0", 0));
    c.add(bad(53, "truncated sequence (E2 82 then end)", "42 00 20 | 07 | 00 00 00 03 | 41 E2 82 00 00 00 00 00",
        "Text String: invalid UTF-8 at value byte 1", 0));
    c.add(bad(54, "byte 0xFF", "42 00 20 | 07 | 00 00 00 01 | FF 00 00 00 00 00 00 00",
        "Text String: invalid UTF-8 at value byte 0", 0));
    c.add(bad(55, "code point above U+10FFFF (F4 90 80 80)", "42 00 20 | 07 | 00 00 00 04 | F4 90 80 80 00 00 00 00",
        "Text String: invalid UTF-8", 0));
    c.add(bad(56, "continuation byte first (80)", "42 00 20 | 07 | 00 00 00 02 | 41 80 00 00 00 00 00 00",
        "Text String: invalid UTF-8 at value byte 1", 0));
    // --- Booleans
    c.add(bad(57, "Boolean 2", "42 00 20 | 06 | 00 00 00 08 | 00 00 00 00 00 00 00 02",
        "Boolean value: neither 0 nor 1 (expected: 0 or 1)", 0));
    c.add(bad(58, "Boolean 0x0100000000000000", "42 00 20 | 06 | 00 00 00 08 | 01 00 00 00 00 00 00 00",
        "Boolean value: neither 0 nor 1 (expected: 0 or 1)", 0));
    // --- after the item, and limits
    c.add(bad(59, "trailing bytes after the top-level item", INT_8 + " | 00 00 00",
        "Trailing bytes: 3 (expected: none after the top-level item)", 16));
    c.add(bad(60, "a second whole item where one is expected", INT_8 + " | " + INT_8,
        "Trailing bytes: 16 (expected: none after the top-level item)", 16));
    c.add(bad(61, "message over maxMessageBytes", nested(1, Hex.bytes(INT_8 + INT_8)),
        DEFAULT.withMaxMessageBytes(32), "Message length: 40 bytes (expected: at most 32)", 0));
    c.add(ok(62, "message exactly maxMessageBytes", nested(1, Hex.bytes(INT_8 + INT_8)),
        DEFAULT.withMaxMessageBytes(40)));
    c.add(bad(63, "items over maxItemsPerStructure", nested(1, Hex.bytes(INT_8 + INT_8 + INT_8)),
        DEFAULT.withMaxItemsPerStructure(2), "Items in structure: 3 (expected: at most 2)", 40));
    c.add(ok(64, "items exactly maxItemsPerStructure", nested(1, Hex.bytes(INT_8 + INT_8)),
        DEFAULT.withMaxItemsPerStructure(2)));
    c.add(bad(65, "item over maxItemBytes", Hex.bytes("42 00 20 | 08 | 00 00 00 09 | 01 02 03 04 05 06 07 08 09 00 00 00 00 00 00 00"),
        DEFAULT.withMaxItemBytes(8), "Byte String length: 9 bytes (expected: at most 8)", 0));
    c.add(ok(66, "item exactly maxItemBytes", Hex.bytes("42 00 20 | 08 | 00 00 00 08 | 01 02 03 04 05 06 07 08"),
        DEFAULT.withMaxItemBytes(8)));
    return c;
  }

  static Stream<Case> cases() {
    return catalogue().stream();
  }

  @Test
  void catalogueIsNumberedInOrderAndLargeEnough() {
    List<Case> all = catalogue();
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).number()).as("case at index %d", i).isEqualTo(i + 1);
    }
    assertThat(all.stream().filter(c -> c.fragment() != null)).hasSizeGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decodeFailsWithTheCataloguedMessageAndOffset(Case c) {
    if (c.fragment() == null) {
      assertThatCode(() -> TtlvDecoder.decode(c.input(), c.limits())).doesNotThrowAnyException();
      return;
    }
    Throwable t = catchThrowable(() -> TtlvDecoder.decode(c.input(), c.limits()));
    assertThat(t).isInstanceOf(TtlvException.class);
    TtlvException e = (TtlvException) t;
    assertThat(e.reason()).contains(c.fragment()).contains("(expected: ");
    assertThat(e.offset()).as("offset").isEqualTo(c.offset());
    assertThat(e.getMessage()).endsWith(" at offset " + c.offset());
  }

  /** The same inputs through the ByteBuffer entry point: same error, position untouched. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void byteBufferDecodeFailsTheSameWay(Case c) {
    ByteBuffer buffer = ByteBuffer.allocateDirect(c.input().length + 3);
    buffer.put(new byte[] {9, 9, 9}).put(c.input()).flip().position(3);
    if (c.fragment() == null) {
      TtlvDecoder.decode(buffer, c.limits());
      assertThat(buffer.hasRemaining()).isFalse();
      return;
    }
    Throwable t = catchThrowable(() -> TtlvDecoder.decode(buffer, c.limits()));
    assertThat(t).isInstanceOf(TtlvException.class).hasMessageContaining(c.fragment());
    assertThat(((TtlvException) t).offset()).isEqualTo(c.offset());
    assertThat(buffer.position()).isEqualTo(3);
  }

  /** Huge declared lengths with no limits: the decoder refuses them without allocating them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void noCaseAllocatesFromADeclaredLength(Case c) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    try {
      TtlvDecoder.decode(c.input(), UNLIMITED);
    } catch (TtlvException expected) {
      // the point here is the allocation, checked below
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // The decoded tree of the largest case (10,000 levels) is a few MB; a declared length is GB.
    assertThat(allocated).as("bytes allocated").isLessThan(16L << 20);
  }

  @Test
  void tenThousandLevelsNeverOverflowTheStack() {
    byte[] deep = nested(10_000, new byte[0]);
    Throwable t = catchThrowable(() -> TtlvDecoder.decode(deep, DEFAULT.withMaxMessageBytes(1 << 20)));
    assertThat(t).isInstanceOf(TtlvException.class).isNotInstanceOf(StackOverflowError.class);
    Throwable bottom = catchThrowable(() -> TtlvDecoder.decode(
        nested(10_000, Hex.bytes("42 00 20 | 06 | 00 00 00 08 | 00 00 00 00 00 00 00 02")), UNLIMITED));
    assertThat(bottom).isInstanceOf(TtlvException.class).hasMessageContaining("Boolean value");
  }

  @Test
  void messagesNeverCarryValueBytes() {
    // "SECRET!!" as Text padding defect, Byte String padding defect, Boolean defect.
    String secretHex = "53 45 43 52 45 54 21 21";
    List<String> inputs = List.of(
        "42 00 20 | 07 | 00 00 00 07 | 53 45 43 52 45 54 21 21",
        "42 00 20 | 08 | 00 00 00 07 | 53 45 43 52 45 54 21 21",
        "42 00 20 | 06 | 00 00 00 08 | " + secretHex,
        "42 00 20 | 07 | 00 00 00 08 | 53 45 43 52 45 54 21 FF");
    for (String hex : inputs) {
      Throwable t = catchThrowable(() -> TtlvDecoder.decode(Hex.bytes(hex), DEFAULT));
      assertThat(t).isInstanceOf(TtlvException.class);
      assertThat(t.getMessage()).doesNotContain("SECRET").doesNotContainIgnoringCase("5345435245")
          .doesNotContain("83, 69");
    }
  }

  @Test
  void everyPrefixOfAValidMessageFailsCleanlyOrNeedsMore() {
    List<byte[]> messages = new ArrayList<>();
    messages.add(TtlvEncoder.encode(TtlvSpecExamplesTest.CREATE_REQUEST));
    messages.add(TtlvEncoder.encode(TtlvSpecExamplesTest.LOCATE_REQUEST));
    RandomTtlv random = new RandomTtlv(31);
    for (int i = 0; i < 20; i++) {
      messages.add(TtlvEncoder.encode(random.tree()));
    }
    int prefixes = 0;
    for (byte[] message : messages) {
      for (int cut = 0; cut < message.length; cut++) {
        byte[] prefix = java.util.Arrays.copyOf(message, cut);
        assertThat(catchThrowable(() -> TtlvDecoder.decode(prefix, DEFAULT)))
            .as("prefix of %d bytes", cut).isInstanceOf(TtlvException.class);
        ByteBuffer partial = ByteBuffer.wrap(prefix);
        assertThat(TtlvDecoder.decodeNext(partial, DEFAULT)).as("need more at %d", cut).isNull();
        assertThat(partial.position()).isZero();
        prefixes++;
      }
      // Fed one byte at a time, the stream reader yields the message exactly when it is whole.
      ByteBuffer growing = ByteBuffer.allocate(message.length);
      TtlvItem got = null;
      for (int i = 0; i < message.length; i++) {
        growing.put(message[i]);
        ByteBuffer view = growing.duplicate().flip();
        got = TtlvDecoder.decodeNext(view, DEFAULT);
        assertThat(got == null).as("complete at byte %d", i + 1).isEqualTo(i + 1 < message.length);
      }
      assertThat(TtlvEncoder.encode(got)).isEqualTo(message);
    }
    assertThat(prefixes).isGreaterThan(2000);
  }

  @Test
  void streamReaderFailsFastOnABadHeaderBeforeTheBodyArrives() {
    ByteBuffer header = ByteBuffer.wrap(Hex.bytes("42 00 78 | 01 | 7F FF FF F8"));
    Throwable t = catchThrowable(() -> TtlvDecoder.decodeNext(header, DEFAULT));
    assertThat(t).isInstanceOf(TtlvException.class).hasMessageContaining("Message length: 2147483648 bytes");
    assertThat(catchThrowable(() -> TtlvDecoder.decodeNext(ByteBuffer.wrap(Hex.bytes("17")), DEFAULT)))
        .isInstanceOf(TtlvException.class).hasMessageContaining("Tag: 0x17");
    assertThat(catchThrowable(() -> TtlvDecoder.decodeNext(ByteBuffer.wrap(Hex.bytes("42 00 78 0D")), DEFAULT)))
        .isInstanceOf(TtlvException.class).hasMessageContaining("Item type: 0x0D");
  }

  @Test
  void decodeAllRejectsATruncatedLastItem() {
    byte[] two = java.util.Arrays.copyOf(Hex.bytes(INT_8 + INT_8), 28);
    Throwable t = catchThrowable(() -> TtlvDecoder.decodeAll(two, DEFAULT));
    assertThat(t).isInstanceOf(TtlvException.class);
    assertThat(((TtlvException) t).offset()).isEqualTo(16);
  }

  @Test
  void frameLengthChecksTheMessageHeader() {
    assertThat(TtlvDecoder.frameLength(Hex.bytes("42 00 78 | 01 | 00 00 01 20"), DEFAULT)).isEqualTo(296);
    assertThat(TtlvDecoder.frameLength(Hex.bytes("42 00 7B | 01 | 00 00 00 00 | FF"), DEFAULT)).isEqualTo(8);
    assertThat(TtlvDecoder.frameLength(0x4200780100000120L, DEFAULT)).isEqualTo(296);
    assertThat(TtlvDecoder.frameLength(ByteBuffer.wrap(Hex.bytes("42 00 78 01 00")), DEFAULT)).isEqualTo(-1);
    ByteBuffer buffer = ByteBuffer.wrap(Hex.bytes("00 42 00 78 | 01 | 00 00 00 10")).position(1);
    assertThat(TtlvDecoder.frameLength(buffer, DEFAULT)).isEqualTo(24);
    assertThat(buffer.position()).isEqualTo(1);

    assertThat(catchThrowable(() -> TtlvDecoder.frameLength(Hex.bytes("42 00 20 | 01 | 00 00 00 08"), DEFAULT)))
        .isInstanceOf(TtlvException.class)
        .hasMessageContaining("Message tag: 0x420020 (expected: 0x420078 Request Message or 0x42007B Response Message)");
    assertThat(catchThrowable(() -> TtlvDecoder.frameLength(Hex.bytes("42 00 78 | 07 | 00 00 00 08"), DEFAULT)))
        .isInstanceOf(TtlvException.class).hasMessageContaining("Message item type: 0x07 (expected: 0x01 Structure)");
    assertThat(catchThrowable(() -> TtlvDecoder.frameLength(Hex.bytes("42 00 78 | 01 | 00 00 00 09"), DEFAULT)))
        .isInstanceOf(TtlvException.class).hasMessageContaining("Structure length: 9 (expected: a multiple of 8)");
    assertThat(catchThrowable(() -> TtlvDecoder.frameLength(Hex.bytes("42 00 78 | 01 | FF FF FF F8"), DEFAULT)))
        .isInstanceOf(TtlvException.class)
        .hasMessageContaining("Message length: 4294967296 bytes (expected: at most 4194304)");
    assertThat(catchThrowable(() -> TtlvDecoder.frameLength(Hex.bytes("42 00 78"), DEFAULT)))
        .isInstanceOf(TtlvException.class).hasMessageContaining("Header length: 3 bytes (expected: at least 8)");
  }

  /** {@code levels} nested structures (tag 0x420001) with {@code inner} at the bottom. */
  static byte[] nested(int levels, byte[] inner) {
    int total = levels * 8 + inner.length;
    ByteBuffer b = ByteBuffer.allocate(total);
    for (int i = 0; i < levels; i++) {
      b.putInt(0x42000101).putInt(total - 8 * (i + 1));
    }
    b.put(inner);
    return b.array();
  }
}
