package dev.clavis.codec;

import static dev.clavis.codec.TtlvItem.bigInteger;
import static dev.clavis.codec.TtlvItem.bool;
import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TtlvTextTest {

  static final byte[] KEY = Hex.bytes("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F");

  static final TtlvItem TREE = structure(0x420078,
      structure(0x420077, integer(0x42006A, 1), bool(0x420006, true)),
      enumeration(0x42005C, 3),
      text(0x420094, "a \"quoted\"\nname"),
      bytes(0x420043, KEY),
      bigInteger(0x420052, new BigInteger("-1234567890abcdef", 16)),
      new TtlvItem.DateTime(0x420092, 1205495800L),
      new TtlvItem.DateTimeExtended(0x540001, 1205495800_000123L),
      TtlvItem.interval(0x420070, 864000),
      TtlvItem.longInteger(0x420071, -5),
      new TtlvItem.Placeholder(0x420094, ItemType.TEXT_STRING, "$UNIQUE_IDENTIFIER_0"));

  @Test
  void dumpsOneIndentedLinePerItemWithSecretsRedacted() {
    assertThat(TtlvText.format(TREE)).isEqualTo("""
        0x420078 Structure
          0x420077 Structure
            0x42006A Integer: 1
            0x420006 Boolean: true
          0x42005C Enumeration: 0x00000003
          0x420094 Text String: "a \\"quoted\\"\\nname"
          0x420043 Byte String: <redacted: 32 bytes>
          0x420052 Big Integer: <redacted: 8 bytes>
          0x420092 Date-Time: 2008-03-14T11:56:40Z
          0x540001 Date-Time Extended: 2008-03-14T11:56:40.000123Z
          0x420070 Interval: 864000
          0x420071 Long Integer: -5
          0x420094 Text String: $UNIQUE_IDENTIFIER_0
        """);
  }

  @Test
  void namesTagsWithAResolverAndShowsSecretsOnRequest() {
    Map<Integer, String> names = Map.of(0x420078, "Request Message", 0x420043, "Key Material");
    String dump = TtlvText.format(TREE, names::get, true);
    assertThat(dump).startsWith("Request Message (0x420078) Structure\n  0x420077 Structure\n")
        .contains("  Key Material (0x420043) Byte String: "
            + "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F\n")
        .contains("0x420052 Big Integer: -0x1234567890ABCDEF\n");
  }

  @Test
  void secretsNeverAppearByDefault() {
    String dump = TtlvText.format(TREE);
    assertThat(dump).doesNotContain("0001020304").doesNotContainIgnoringCase("1234567890ab");
  }

  @Test
  void dateTimesBeyondIsoYearsArePrintedAsSeconds() {
    // Found by TtlvDecoderFuzzTest: Instant cannot hold every 64-bit second count.
    assertThat(TtlvText.format(new TtlvItem.DateTime(0x420092, Long.MAX_VALUE)))
        .isEqualTo("0x420092 Date-Time: 9223372036854775807 s since the epoch (beyond ISO-8601 years)\n");
  }

  /**
   * The KMIP 1.1 Create request of {@code conformance/ttlv-examples.txt} (Test Cases v1.1
   * §3.1.1), dumped with the registry's names: the layout that file's comment gives it
   * ("Operation 42005C Enumeration = 1 (Create)", "AttributeValue Integer 12 (Encrypt 0x4 +
   * Decrypt 0x8)"), one line per item.
   */
  @Test
  void dumpsTheSpecCreateRequestWithEnumerationAndMaskNames() {
    TtlvItem create = TtlvSpecExamplesTest.CREATE_REQUEST; // equal to the file's bytes (TtlvSpecExamplesTest)
    assertThat(TtlvText.format(create, TtlvText.Names.of(SpecRegistry.get()), false)).isEqualTo("""
        Request Message (0x420078) Structure
          Request Header (0x420077) Structure
            Protocol Version (0x420069) Structure
              Protocol Version Major (0x42006A) Integer: 1
              Protocol Version Minor (0x42006B) Integer: 1
            Batch Count (0x42000D) Integer: 1
          Batch Item (0x42000F) Structure
            Operation (0x42005C) Enumeration: Create (0x00000001)
            Request Payload (0x420079) Structure
              Object Type (0x420057) Enumeration: Symmetric Key (0x00000002)
              Template-Attribute (0x420091) Structure
                Attribute (0x420008) Structure
                  Attribute Name (0x42000A) Text String: "Cryptographic Algorithm"
                  Attribute Value (0x42000B) Enumeration: AES (0x00000003)
                Attribute (0x420008) Structure
                  Attribute Name (0x42000A) Text String: "Cryptographic Length"
                  Attribute Value (0x42000B) Integer: 128
                Attribute (0x420008) Structure
                  Attribute Name (0x42000A) Text String: "Cryptographic Usage Mask"
                  Attribute Value (0x42000B) Integer: 12 (Encrypt | Decrypt)
        """);
  }

  @Test
  void namesMasksEnumerationsAndDraftValuesAndKeepsUnknownOnesInHex() {
    TtlvItem tree = structure(0x42007B,
        integer(0x42002C, 0x100C | 0x10000000),
        integer(0x42002C, 0),
        integer(0x42008E, 1),
        enumeration(0x42005C, 0x3E),
        enumeration(0x420057, 0x80000001),
        enumeration(0x540001, 1),
        bytes(0x420043, KEY));
    String standard = TtlvText.format(tree, TtlvText.Names.of(SpecRegistry.get()), false);
    assertThat(standard).isEqualTo("""
        Response Message (0x42007B) Structure
          Cryptographic Usage Mask (0x42002C) Integer: 268439564 (Encrypt | Decrypt | Certificate Sign | 0x10000000)
          Cryptographic Usage Mask (0x42002C) Integer: 0
          Storage Status Mask (0x42008E) Integer: 1 (On-line storage)
          Operation (0x42005C) Enumeration: 0x0000003E
          Object Type (0x420057) Enumeration: 0x80000001
          0x540001 Enumeration: 0x00000001
          Key Material (0x420043) Byte String: <redacted: 32 bytes>
        """);
    // The 3.0 csd01 draft names come with the registry's draft view only.
    assertThat(TtlvText.format(tree, TtlvText.Names.of(SpecRegistry.withDrafts()), false))
        .contains("Operation (0x42005C) Enumeration: Create User (0x0000003E)\n");
    assertThat(TtlvText.format(tree, TtlvText.Names.of(SpecRegistry.get()), true))
        .contains("Key Material (0x420043) Byte String: 000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F\n");
  }
}
