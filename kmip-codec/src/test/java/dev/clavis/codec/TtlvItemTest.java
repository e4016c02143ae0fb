package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TtlvItemTest {

  @Test
  void byteStringNeverPrintsItsContents() {
    byte[] secret = {0x13, 0x37, 0x42, 0x42};
    TtlvItem.Bytes b = TtlvItem.bytes(0x420043, secret);
    assertThat(b.toString()).contains("4 bytes").doesNotContain("13").doesNotContain("[19");
    secret[0] = 0;
    assertThat(b.value()[0]).as("copied in").isEqualTo((byte) 0x13);
    assertThat(b).isEqualTo(TtlvItem.bytes(0x420043, new byte[] {0x13, 0x37, 0x42, 0x42}));
  }

  @Test
  void structureFindsChildrenByTag() {
    TtlvItem.Structure s = TtlvItem.structure(0x420078,
        TtlvItem.integer(0x42000D, 1), TtlvItem.text(0x420094, "a"), TtlvItem.text(0x420094, "b"));
    assertThat(s.find(0x42000D, TtlvItem.Int.class)).map(TtlvItem.Int::value).contains(1);
    assertThat(s.all(0x420094)).hasSize(2);
    assertThat(s.find(0x420001)).isEmpty();
  }
}
