package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTtlvTest {

  private final JsonTtlv json = new JsonTtlv();
  private final XmlTtlv xml = new XmlTtlv();

  @Test
  void readsTheProfilesFormsInAnyFieldOrder() {
    String doc = """
        {"tag": "RequestMessage", "value": [
          {"tag": "RequestHeader", "value": [
            {"tag": "ProtocolVersion", "value": [
              {"value": 2, "type": "Integer", "tag": "ProtocolVersionMajor"},
              {"tag": "0x42006B", "type": "Integer", "value": "0x00000001"}]},
            {"tag": "BatchCount", "type": "Integer", "value": 1}]},
          {"tag": "BatchItem", "value": [
            {"tag": "Operation", "type": "Enumeration", "value": "Create"},
            {"tag": "RequestPayload", "value": [
              {"tag": "ObjectType", "type": "Enumeration", "value": "0x00000002"},
              {"tag": "Attributes", "value": [
                {"tag": "CryptographicUsageMask", "type": "Integer", "value": "Encrypt|Decrypt"},
                {"tag": "UsageLimitsCount", "type": "LongInteger", "value": "0x7FFFFFFFFFFFFFFF"},
                {"tag": "ActivationDate", "type": "DateTime", "value": "$NOW-3600"},
                {"tag": "Sensitive", "type": "Boolean", "value": true},
                {"tag": "NonceValue", "type": "ByteString", "value": "00ff"},
                {"tag": "PublicExponent", "type": "BigInteger", "value": "0x0000000000010001"},
                {"type": "TextString", "tag": "0x540001", "value": "ext"}]}]}]}]}
        """;
    TtlvItem m = json.readOne(doc);
    String x = xml.write(m);
    assertThat(x).contains("<ProtocolVersionMajor type=\"Integer\" value=\"2\"/>")
        .contains("<ProtocolVersionMinor type=\"Integer\" value=\"1\"/>")
        .contains("<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>")
        .contains("<CryptographicUsageMask type=\"Integer\" value=\"Encrypt Decrypt\"/>")
        .contains("<UsageLimitsCount type=\"LongInteger\" value=\"9223372036854775807\"/>")
        .contains("<ActivationDate type=\"DateTime\" value=\"$NOW-3600\"/>")
        .contains("<PublicExponent type=\"BigInteger\" value=\"0000000000010001\"/>")
        .contains("<TTLV tag=\"0x540001\" type=\"TextString\" value=\"ext\"/>");
    String back = json.write(m);
    assertThat(back).contains("\"value\" : \"Encrypt|Decrypt\"").contains("\"value\" : \"0x7FFFFFFFFFFFFFFF\"")
        .contains("\"value\" : \"0x0000000000010001\"").contains("\"tag\" : \"0x540001\"")
        .doesNotContain("\"type\" : \"Structure\"");
    assertThat(json.readOne(back)).isEqualTo(m);
    assertThat(xml.readOne(x)).isEqualTo(m);
  }

  @Test
  void readsAndWritesArraysOfMessages() {
    List<TtlvItem> items = List.of(new TtlvItem.Int(0x42000D, 1), new TtlvItem.LongInt(0x420096, 1L << 60),
        new TtlvItem.BigInt(0x420052, BigInteger.valueOf(-1)), new TtlvItem.DateTimeExtended(0x420092, 1_600_000_000_123_456L),
        new TtlvItem.Interval(0x420049, 7), new TtlvItem.Structure(0x42000F, List.of()));
    String s = json.writeAll(items);
    assertThat(s).startsWith("[");
    assertThat(json.read(s)).isEqualTo(items);
    assertThat(s).contains("2020-09-13T12:26:40.123456+00:00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "bad type|{\"tag\":\"BatchCount\",\"type\":\"Int\",\"value\":1}|BatchCount type: \"Int\" (expected: one of Structure",
      "bad enum name|{\"tag\":\"Operation\",\"type\":\"Enumeration\",\"value\":\"Creat\"}|Operation Enumeration name: \"Creat\"",
      "bad hex|{\"tag\":\"NonceValue\",\"type\":\"ByteString\",\"value\":\"zz\"}|not an even count of hex digits",
      "bad date|{\"tag\":\"ActivationDate\",\"type\":\"DateTime\",\"value\":\"yesterday\"}|ActivationDate Date-Time value: \"yesterday\"",
      "missing value|{\"tag\":\"BatchCount\",\"type\":\"Integer\"}|BatchCount value: missing",
      "missing tag|{\"type\":\"Integer\",\"value\":1}|item tag: missing",
      "unknown field|{\"tag\":\"BatchCount\",\"type\":\"Integer\",\"value\":1,\"x\":2}|item field: \"x\"",
      "number for text|{\"tag\":\"UniqueIdentifier\",\"type\":\"TextString\",\"value\":1}|UniqueIdentifier value: a JSON VALUE_NUMBER_INT for a TextString",
      "array for primitive|{\"tag\":\"BatchCount\",\"type\":\"Integer\",\"value\":[]}|BatchCount value: an array for a Integer",
      "float|{\"tag\":\"BatchCount\",\"type\":\"Integer\",\"value\":1.5}|value: VALUE_NUMBER_FLOAT",
      "bad tag hex|{\"tag\":\"0x42\",\"value\":[]}|tag: \"0x42\" (expected: 0x and 6 hex digits)",
      "unknown tag|{\"tag\":\"Nope\",\"value\":[]}|tag name: Nope",
      "not json|{\"tag\":|JSON: not well-formed",
      "duplicate|{\"tag\":\"BatchCount\",\"tag\":\"BatchCount\",\"type\":\"Integer\",\"value\":1}|JSON: not well-formed",
      "trailing|{\"tag\":\"BatchItem\",\"value\":[]} 5|JSON after the document",
      "scalar doc|5|JSON document: VALUE_NUMBER_INT"})
  void malformedInputGivesAClearError(String what, String doc, String message) {
    assertThatThrownBy(() -> json.read(doc)).as(what).isInstanceOf(TtlvException.class).hasMessageContaining(message);
  }

  @Test
  void limitsBoundDepth() {
    JsonTtlv small = new JsonTtlv(SpecRegistry.get(), TtlvLimits.DEFAULT.withMaxDepth(2));
    assertThatThrownBy(() -> small.read("{\"tag\":\"BatchItem\",\"value\":[{\"tag\":\"BatchItem\",\"value\":[{\"tag\":\"BatchItem\",\"value\":[]}]}]}"))
        .isInstanceOf(TtlvException.class).hasMessageContaining("nesting depth: 3 (expected: <= 2)");
  }
}
