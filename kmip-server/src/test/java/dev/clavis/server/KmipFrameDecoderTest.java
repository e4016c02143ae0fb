package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KmipFrameDecoderTest {

  private static final HexFormat HEX = HexFormat.of();

  /** Spec hex notation: spaces and '|' are separators. */
  private static byte[] hex(String s) {
    return HEX.parseHex(s.replaceAll("[\\s|]", ""));
  }

  // A Request Message holding one Integer (Batch Count = 1).
  private static final byte[] FRAME = hex("42 00 78 | 01 | 00 00 00 10 | 42 00 0D | 02 | 00 00 00 04 | 00 00 00 01 00 00 00 00");
  private static final byte[] FRAME2 = hex("42 00 78 | 01 | 00 00 00 10 | 42 00 0D | 02 | 00 00 00 04 | 00 00 00 02 00 00 00 00");

  private static List<Object> drain(EmbeddedChannel ch) {
    List<Object> out = new ArrayList<>();
    for (Object o; (o = ch.readInbound()) != null; ) {
      out.add(o);
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = new byte[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Test
  void framesTwoMessagesSplitAtEveryPairOfOffsets() {
    byte[] input = concat(FRAME, FRAME2);
    for (int i = 0; i <= input.length; i++) {
      for (int j = i; j <= input.length; j++) {
        EmbeddedChannel ch = new EmbeddedChannel(new KmipFrameDecoder(1024));
        // Copies: the decoder owns what it is given (Netty may compact it in place).
        ch.writeInbound(Unpooled.copiedBuffer(input, 0, i));
        ch.writeInbound(Unpooled.copiedBuffer(input, i, j - i));
        ch.writeInbound(Unpooled.copiedBuffer(input, j, input.length - j));
        List<Object> out = drain(ch);
        assertThat(out).as("split at %d and %d", i, j).hasSize(2);
        assertThat((byte[]) out.get(0)).isEqualTo(FRAME);
        assertThat((byte[]) out.get(1)).isEqualTo(FRAME2);
        assertThat(ch.finish()).isFalse();
      }
    }
  }

  @Test
  void framesOneByteAtATime() {
    EmbeddedChannel ch = new EmbeddedChannel(new KmipFrameDecoder(1024));
    for (byte b : FRAME) {
      assertThat(drain(ch)).isEmpty();
      ch.writeInbound(Unpooled.copiedBuffer(new byte[] {b}));
    }
    assertThat(drain(ch)).singleElement().isEqualTo(FRAME);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "Response Message tag,   42 00 7B 01 00 00 00 10,   message tag: 0x42007B (expected: 0x420078 Request Message)",
      "not TTLV (HTTP),        47 45 54 20 2F 20 48 54,   message tag: 0x474554 (expected: 0x420078 Request Message)",
      "Integer type,           42 00 78 02 00 00 00 10,   message item type: 0x02 (expected: 0x01 Structure)",
      "length not padded,      42 00 78 01 00 00 00 0C,   message length: 12 (expected: a multiple of 8)",
      "1 GiB declared,         42 00 78 01 40 00 00 00,   message length: 1073741824 (expected: <= 1016)",
      "4 GiB - 1 declared,     42 00 78 01 FF FF FF FF,   message length: 4294967295 (expected: <= 1016)",
  })
  void rejectsBadHeaderAfterEightBytesAndDiscardsTheRest(String name, String header, String reason) {
    EmbeddedChannel ch = new EmbeddedChannel(new KmipFrameDecoder(1024));
    byte[] h = hex(header);
    ch.writeInbound(Unpooled.copiedBuffer(h, 0, 7));
    assertThat(drain(ch)).as("nothing decided before the 8th byte").isEmpty();
    ch.writeInbound(Unpooled.copiedBuffer(h, 7, 1));
    assertThat(drain(ch)).singleElement().isEqualTo(new KmipFrameDecoder.Rejected(reason));
    // Everything after a rejection is dropped unread, valid frames included.
    ByteBuf more = Unpooled.copiedBuffer(concat(new byte[64], FRAME));
    ch.writeInbound(more);
    assertThat(more.refCnt()).as("discarded input released").isZero();
    assertThat(drain(ch)).isEmpty();
    ch.finishAndReleaseAll();
  }

  @Test
  void rejectsOverLongLengthWithoutWaitingForTheBody() {
    // The header claims 1 GiB: the decision is made on the header alone; nothing is buffered.
    EmbeddedChannel ch = new EmbeddedChannel(new KmipFrameDecoder(ServerLimits.DEFAULT_MAX_FRAME_BYTES));
    ch.writeInbound(Unpooled.copiedBuffer(hex("42 00 78 01 40 00 00 00 42 00 0D 02")));
    assertThat(drain(ch)).singleElement().isInstanceOf(KmipFrameDecoder.Rejected.class);
    ch.finishAndReleaseAll();
  }

  @Test
  void acceptsExactlyTheMaximumAndRejectsOneBlockMore() {
    int max = 8 + 64;
    byte[] atMax = new byte[max];
    System.arraycopy(hex("42 00 78 01 00 00 00 40"), 0, atMax, 0, 8);
    EmbeddedChannel ok = new EmbeddedChannel(new KmipFrameDecoder(max));
    ok.writeInbound(Unpooled.copiedBuffer(atMax));
    assertThat(drain(ok)).singleElement().isEqualTo(atMax);

    EmbeddedChannel over = new EmbeddedChannel(new KmipFrameDecoder(max));
    over.writeInbound(Unpooled.copiedBuffer(hex("42 00 78 01 00 00 00 48")));
    assertThat(drain(over)).singleElement()
        .isEqualTo(new KmipFrameDecoder.Rejected("message length: 72 (expected: <= 64)"));
    over.finishAndReleaseAll();
  }

  @Test
  void validFramesBeforeABadHeaderAreStillDelivered() {
    EmbeddedChannel ch = new EmbeddedChannel(new KmipFrameDecoder(1024));
    ch.writeInbound(Unpooled.copiedBuffer(concat(concat(FRAME, FRAME2), hex("42 00 7B 01 00 00 00 10"))));
    List<Object> out = drain(ch);
    assertThat(out).hasSize(3);
    assertThat((byte[]) out.get(0)).isEqualTo(FRAME);
    assertThat((byte[]) out.get(1)).isEqualTo(FRAME2);
    assertThat(out.get(2)).isInstanceOf(KmipFrameDecoder.Rejected.class);
    ch.finishAndReleaseAll();
  }

  @Test
  void emptyRequestStructureIsAFrame() {
    byte[] empty = hex("42 00 78 01 00 00 00 00");
    EmbeddedChannel ch = new EmbeddedChannel(new KmipFrameDecoder(1024));
    ch.writeInbound(Unpooled.copiedBuffer(empty));
    assertThat(drain(ch)).singleElement().isEqualTo(empty);
  }
}
