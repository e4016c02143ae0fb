package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeded random trees survive binary → XML → JSON → binary unchanged, byte for byte. */
class TextEncodingRoundTripTest {

  static final int TREES = 3000;

  private final XmlTtlv xml = new XmlTtlv();
  private final JsonTtlv json = new JsonTtlv();

  @Test
  void randomTreesRoundTripThroughXmlAndJson() {
    RandomTtlv random = new RandomTtlv(20261128L);
    for (int i = 0; i < TREES; i++) {
      TtlvItem.Structure tree = random.tree();
      byte[] wire = TtlvEncoder.encode(tree);
      TtlvItem decoded = TtlvDecoder.decode(wire, TtlvLimits.DEFAULT);
      String x = xml.write(decoded);
      TtlvItem fromXml = xml.readOne(x);
      assertThat(fromXml).as("tree %d via XML", i).isEqualTo(tree);
      String j = json.write(fromXml);
      TtlvItem fromJson = json.readOne(j);
      assertThat(fromJson).as("tree %d via JSON", i).isEqualTo(tree);
      assertThat(TtlvEncoder.encode(fromJson)).as("tree %d bytes", i).isEqualTo(wire);
    }
  }

  @Test
  void randomSequencesRoundTripAsKmipDocumentsAndJsonArrays() {
    RandomTtlv random = new RandomTtlv(7L);
    for (int i = 0; i < 200; i++) {
      List<TtlvItem> items = List.of(random.tree(), random.tree(), random.tree());
      assertThat(xml.read(xml.writeAll(items))).isEqualTo(items);
      assertThat(json.read(json.writeAll(items))).isEqualTo(items);
    }
  }

  @Test
  void theBinaryEncoderRefusesAPlaceholderClearly() {
    TtlvItem m = xml.readOne("""
        <RequestMessage>
          <BatchItem>
            <UniqueIdentifier type="TextString" value="$UNIQUE_IDENTIFIER_0"/>
          </BatchItem>
        </RequestMessage>
        """);
    assertThatThrownBy(() -> TtlvEncoder.encode(m)).isInstanceOf(TtlvException.class)
        .hasMessageContaining("$UNIQUE_IDENTIFIER_0");
  }
}
