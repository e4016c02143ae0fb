package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeded random trees: encode → decode gives the same tree, through every entry point. */
class TtlvRoundTripTest {

  static final int TREES = 10_000;
  static final TtlvLimits LIMITS = TtlvLimits.DEFAULT;

  @Test
  void tenThousandRandomTreesRoundTrip() {
    RandomTtlv random = new RandomTtlv(20261128L);
    int items = 0;
    for (int i = 0; i < TREES; i++) {
      TtlvItem tree = random.tree();
      byte[] wire = TtlvEncoder.encode(tree);
      assertThat(wire.length).isEqualTo(TtlvEncoder.encodedLength(tree));
      TtlvItem back = TtlvDecoder.decode(wire, LIMITS);
      assertThat(back).as("tree %d", i).isEqualTo(tree);
      assertThat(TtlvEncoder.encode(back)).as("tree %d re-encoded", i).isEqualTo(wire);
      items += count(tree);
    }
    assertThat(items).as("items exercised").isGreaterThan(TREES * 5);
  }

  @Test
  void randomPrimitivesOfEveryTypeRoundTrip() {
    RandomTtlv random = new RandomTtlv(7);
    int[] perType = new int[ItemType.values().length];
    for (int i = 0; i < TREES; i++) {
      TtlvItem item = random.item();
      perType[item.type().ordinal()]++;
      assertThat(TtlvDecoder.decode(TtlvEncoder.encode(item), LIMITS)).isEqualTo(item);
    }
    assertThat(java.util.Arrays.stream(perType).boxed().toList()).allMatch(n -> n > 100);
  }

  @Test
  void isoDateTreesRoundTripAndStayWithinIsoYears() {
    RandomTtlv random = RandomTtlv.forTextEncodings(11);
    int dates = 0;
    for (int i = 0; i < 2_000; i++) {
      TtlvItem tree = random.tree();
      assertThat(TtlvDecoder.decode(TtlvEncoder.encode(tree), LIMITS)).isEqualTo(tree);
      for (TtlvItem.DateTime d : dateTimes(tree, new ArrayList<>())) {
        assertThat(d.epochSeconds()).isBetween(RandomTtlv.MIN_ISO_SECOND, RandomTtlv.MAX_ISO_SECOND);
        assertThat(d.instant().toString()).doesNotStartWith("+").doesNotStartWith("-");
        dates++;
      }
    }
    assertThat(dates).isGreaterThan(100);
  }

  static List<TtlvItem.DateTime> dateTimes(TtlvItem item, List<TtlvItem.DateTime> out) {
    if (item instanceof TtlvItem.DateTime d) {
      out.add(d);
    } else if (item instanceof TtlvItem.Structure s) {
      s.items().forEach(c -> dateTimes(c, out));
    }
    return out;
  }

  @Test
  void byteBufferAndStreamEntryPointsAgree() throws IOException {
    RandomTtlv random = new RandomTtlv(99);
    for (int i = 0; i < 500; i++) {
      TtlvItem tree = random.tree();
      byte[] expected = TtlvEncoder.encode(tree);

      ByteBuffer heap = ByteBuffer.allocate(expected.length + 16).order(ByteOrder.LITTLE_ENDIAN);
      heap.position(5);
      TtlvEncoder.encode(tree, heap);
      assertThat(heap.position()).isEqualTo(5 + expected.length);
      byte[] fromHeap = new byte[expected.length];
      heap.get(5, fromHeap);
      assertThat(fromHeap).isEqualTo(expected);

      ByteBuffer direct = ByteBuffer.allocateDirect(expected.length);
      TtlvEncoder.encode(tree, direct);
      direct.flip();
      assertThat(TtlvDecoder.decode(direct, LIMITS)).isEqualTo(tree);
      assertThat(direct.hasRemaining()).isFalse();

      ByteArrayOutputStream os = new ByteArrayOutputStream();
      TtlvEncoder.encode(tree, os);
      assertThat(os.toByteArray()).isEqualTo(expected);
    }
  }

  @Test
  void concatenatedMessagesDecodeAllAndOneByOne() {
    RandomTtlv random = new RandomTtlv(5);
    List<TtlvItem> trees = new ArrayList<>();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int i = 0; i < 50; i++) {
      TtlvItem t = random.tree();
      trees.add(t);
      all.writeBytes(TtlvEncoder.encode(t));
    }
    byte[] wire = all.toByteArray();
    assertThat(TtlvDecoder.decodeAll(wire, LIMITS)).isEqualTo(trees);

    ByteBuffer buffer = ByteBuffer.wrap(wire);
    List<TtlvItem> streamed = new ArrayList<>();
    TtlvItem next;
    while ((next = TtlvDecoder.decodeNext(buffer, LIMITS)) != null) {
      streamed.add(next);
    }
    assertThat(streamed).isEqualTo(trees);
    assertThat(buffer.hasRemaining()).isFalse();
  }

  @Test
  void tenThousandLevelsDecodeAndEncodeWithAHighLimit() {
    int levels = 10_000;
    byte[] wire = TtlvMalformedInputTest.nested(levels, new byte[0]);
    TtlvItem tree = TtlvDecoder.decode(wire, LIMITS.withMaxDepth(levels).withMaxMessageBytes(1 << 20));
    assertThat(TtlvEncoder.encodedLength(tree)).isEqualTo(wire.length);
    assertThat(TtlvEncoder.encode(tree)).isEqualTo(wire);
    assertThat(TtlvText.format(tree).lines()).hasSize(levels);
  }

  @Test
  void bigIntegersUseMinimalSignExtension() {
    int t = 0x420020;
    assertThat(Hex.of(TtlvEncoder.encode(TtlvItem.bigInteger(t, java.math.BigInteger.valueOf(255)))))
        .isEqualTo("4200200400000008" + "00000000000000FF");
    assertThat(Hex.of(TtlvEncoder.encode(TtlvItem.bigInteger(t, java.math.BigInteger.valueOf(-256)))))
        .isEqualTo("4200200400000008" + "FFFFFFFFFFFFFF00");
    // 2^64 - 1 needs 9 bytes of two's complement: 16 on the wire.
    assertThat(Hex.of(TtlvEncoder.encode(TtlvItem.bigInteger(t,
        java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE)))))
        .isEqualTo("4200200400000010" + "0000000000000000" + "FFFFFFFFFFFFFFFF");
  }

  @Test
  void placeholderIsRefusedWithAClearMessage() {
    TtlvItem tree = TtlvItem.structure(0x420079,
        new TtlvItem.Placeholder(0x420094, ItemType.TEXT_STRING, "$UNIQUE_IDENTIFIER_0"));
    assertThatThrownBy(() -> TtlvEncoder.encode(tree))
        .isInstanceOf(TtlvException.class)
        .hasMessage("unresolved placeholder: $UNIQUE_IDENTIFIER_0 at tag 0x420094"
            + " (expected: a value; substitute placeholders before encoding)");
    assertThatThrownBy(() -> TtlvEncoder.encodedLength(tree)).isInstanceOf(TtlvException.class);
  }

  @Test
  void unpairedSurrogateIsRefused() {
    assertThatThrownBy(() -> TtlvEncoder.encode(TtlvItem.text(0x420094, "a\uD800b")))
        .isInstanceOf(TtlvException.class)
        .hasMessageContaining("unpaired surrogate at char 1 (expected: well-formed UTF-16)");
    assertThatThrownBy(() -> TtlvEncoder.encode(TtlvItem.text(0x420094, "\uDC00")))
        .isInstanceOf(TtlvException.class);
  }

  @Test
  void tooSmallBufferIsRefusedBeforeWriting() {
    TtlvItem item = TtlvItem.text(0x420094, "Hello World");
    ByteBuffer small = ByteBuffer.allocate(20);
    assertThatThrownBy(() -> TtlvEncoder.encode(item, small))
        .isInstanceOf(TtlvException.class)
        .hasMessage("Buffer space: 20 bytes (expected: at least 24)");
    assertThat(small.position()).isZero();
  }

  static int count(TtlvItem item) {
    if (item instanceof TtlvItem.Structure s) {
      int n = 1;
      for (TtlvItem c : s.items()) {
        n += count(c);
      }
      return n;
    }
    return 1;
  }
}
