package dev.clavis.codec;

import static dev.clavis.codec.TtlvItem.bigInteger;
import static dev.clavis.codec.TtlvItem.bool;
import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.dateTime;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.interval;
import static dev.clavis.codec.TtlvItem.longInteger;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of KMIP Additional Message Encodings v1.0 (OASIS Standard, 19 May 2015), taken as
 * test vectors: every JSON example of §4.1.6 and every XML example of §6.1.6 reads as the item it
 * shows, and the test case MSGENC-JSON-M-1-10 (§5.1.1), given there in XML, TTLV hex and JSON,
 * reads as the same tree in all three.
 */
class MessageEncodingsSpecExamplesTest {

  private final JsonTtlv json = new JsonTtlv();
  private final XmlTtlv xml = new XmlTtlv();

  /** 2001-01-01T10:00:00+10:00, the spec's Date-Time example. */
  static final Instant JAN_2001 = Instant.parse("2001-01-01T00:00:00Z");

  static Stream<Arguments> jsonExamples() {
    TtlvItem protocolVersion = structure(0x420069, integer(0x42006A, 1), integer(0x42006A, 0));
    return Stream.of(
        // §4.1.6 JSON Object
        Arguments.of("{\"tag\": \"ActivationDate\", \"type\":\"DateTime\", \"value\":\"2001-01-01T10:00:00+10:00\"}",
            dateTime(0x420001, JAN_2001)),
        Arguments.of("{\"tag\": \"0x54FFFF\", \"name\":\"SomeExtension\", \"type\":\"Integer\", \"value\":\"0x00000001\"}",
            integer(0x54FFFF, 1)),
        // §4.1.6.1 Tags
        Arguments.of("{\"tag\": \"0x420001\", \"type\":\"DateTime\", \"value\":\"2001-01-01T10:00:00+10:00\"}",
            dateTime(0x420001, JAN_2001)),
        Arguments.of("{\"tag\": \"IVCounterNonce\", \"type\":\"ByteString\", \"value\":\"a1b2c3d4\"}",
            bytes(0x42003D, new byte[] {(byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4})),
        Arguments.of("{\"tag\": \"PrivateKeyTemplateAttribute\", \"type\":\"Structure\", \"value\":[]}",
            structure(0x420065)),
        Arguments.of("{\"tag\": \"0x545352\", \"type\":\"TextString\", \"value\":\"This is an extension\"}",
            text(0x545352, "This is an extension")),
        // §4.1.6.2 Structure, with and without type (the spec repeats ProtocolVersionMajor)
        Arguments.of("{\"tag\": \"ProtocolVersion\", \"type\":\"Structure\", \"value\":["
            + "{\"tag\": \"ProtocolVersionMajor\", \"type\":\"Integer\", \"value\":1},"
            + "{\"tag\": \"ProtocolVersionMajor\", \"type\":\"Integer\", \"value\":0}]}", protocolVersion),
        Arguments.of("{\"tag\": \"ProtocolVersion\", \"value\":["
            + "{\"tag\": \"ProtocolVersionMajor\", \"type\":\"Integer\", \"value\":1},"
            + "{\"tag\": \"ProtocolVersionMajor\", \"type\":\"Integer\", \"value\":0}]}", protocolVersion),
        Arguments.of("{\"tag\": \"ProtocolVersion\", \"value\":null}", structure(0x420069)),
        // §4.1.6.3 Integer
        Arguments.of("{\"tag\": \"BatchCount\", \"type\":\"Integer\", \"value\":10}", integer(0x42000D, 10)),
        Arguments.of("{\"tag\": \"BatchCount\", \"type\":\"Integer\", \"value\":\"0x0000000A\"}", integer(0x42000D, 10)),
        // §4.1.6.4 masks: 0x0000100c = Encrypt | Decrypt | Certificate Sign
        Arguments.of("{\"tag\": \"CryptographicUsageMask\", \"type\":\"Integer\", \"value\": \"0x0000100c\"}",
            integer(0x42002C, 0x100C)),
        Arguments.of("{\"tag\": \"CryptographicUsageMask\", \"type\":\"Integer\", \"value\": \"Encrypt|Decrypt|CertificateSign\"}",
            integer(0x42002C, 0x100C)),
        Arguments.of("{\"tag\": \"CryptographicUsageMask\", \"type\":\"Integer\", \"value\": \"CertificateSign|0x00000004|0x0000008\"}",
            integer(0x42002C, 0x100C)),
        Arguments.of("{\"tag\": \"CryptographicUsageMask\", \"type\":\"Integer\", \"value\": \"CertificateSign|0x0000000c\"}",
            integer(0x42002C, 0x100C)),
        // §4.1.6.5 Long Integer
        Arguments.of("{\"tag\": \"0x540001\", \"type\":\"LongInteger\", \"value\":\"0xfffffffffffffffe\"}",
            longInteger(0x540001, -2)),
        Arguments.of("{\"tag\": \"0x540001\", \"type\":\"LongInteger\", \"value\":-2}", longInteger(0x540001, -2)),
        Arguments.of("{\"tag\": \"UsageLimitsCount\", \"type\":\"LongInteger\", \"value\":\"0x1000000000000000\"}",
            longInteger(0x420096, 1L << 60)),
        // §4.1.6.6 Big Integer
        Arguments.of("{\"tag\": \"X\", \"type\":\"BigInteger\", \"value\":0}", bigInteger(0x42009F, BigInteger.ZERO)),
        Arguments.of("{\"tag\": \"X\", \"type\":\"BigInteger\", \"value\":\"0x0000000000000000\"}",
            bigInteger(0x42009F, BigInteger.ZERO)),
        // §4.1.6.7 Enumeration
        Arguments.of("{\"tag\": \"0x420057\", \"type\":\"Enumeration\", \"value\":2}", enumeration(0x420057, 2)),
        Arguments.of("{\"tag\": \"ObjectType\", \"type\":\"Enumeration\", \"value\":\"0x00000002\"}", enumeration(0x420057, 2)),
        Arguments.of("{\"tag\": \"ObjectType\", \"type\":\"Enumeration\", \"value\":\"SymmetricKey\"}", enumeration(0x420057, 2)),
        // §4.1.6.8 Boolean
        Arguments.of("{\"tag\": \"BatchOrderOption\", \"type\":\"Boolean\", \"value\":true}", bool(0x420010, true)),
        Arguments.of("{\"tag\": \"BatchOrderOption\", \"type\":\"Boolean\", \"value\":\"0x0000000000000001\"}", bool(0x420010, true)),
        // §4.1.6.9 Text String, §4.1.6.10 Byte String
        Arguments.of("{\"tag\": \"AttributeName\", \"type\":\"TextString\", \"value\":\"Cryptographic Algorithm\"}",
            text(0x42000A, "Cryptographic Algorithm")),
        Arguments.of("{\"tag\": \"MACSignature\", \"type\":\"ByteString\", \"value\":\"C50F77\"}",
            bytes(0x42004D, new byte[] {(byte) 0xC5, 0x0F, 0x77})),
        // §4.1.6.11 Date-Time
        // The spec pairs this hex value with 2001-01-01T10:00:00+10:00, but 0x3A505520 is
        // 2001-01-01T10:00:00Z: the two examples disagree by the offset; the hex one reads as written.
        Arguments.of("{\"tag\": \"ArchiveDate\", \"type\":\"DateTime\", \"value\":\"0x000000003a505520\"}",
            dateTime(0x420005, Instant.parse("2001-01-01T10:00:00Z"))),
        Arguments.of("{\"tag\": \"ArchiveDate\", \"type\":\"DateTime\", \"value\":\"2001-01-01T10:00:00+10:00\"}",
            dateTime(0x420005, JAN_2001)),
        // §4.1.6.11: the zone is optional, fractional seconds are truncated.
        Arguments.of("{\"tag\": \"ArchiveDate\", \"type\":\"DateTime\", \"value\":\"2001-01-01T00:00:00.75\"}",
            dateTime(0x420005, JAN_2001)),
        // §4.1.6.12 Interval
        Arguments.of("{\"tag\": \"Offset\", \"type\":\"Interval\", \"value\":27}", interval(0x420058, 27)),
        Arguments.of("{\"tag\": \"Offset\", \"type\":\"Interval\", \"value\":\"0x0000001b\"}", interval(0x420058, 27)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonExamples")
  void everyJsonExampleOfSection416Reads(String doc, TtlvItem expected) {
    TtlvItem item = json.readOne(doc);
    assertThat(item).isEqualTo(expected);
    assertThat(json.readOne(json.write(item))).isEqualTo(expected);
    assertThat(xml.readOne(xml.write(item))).isEqualTo(expected);
  }

  static Stream<Arguments> xmlExamples() {
    return Stream.of(
        // §6.1.6 XML Element Encoding: the general TTLV form and the specific form.
        Arguments.of("<TTLV tag=\"0x420001\" name=\"ActivationDate\" type=\"DateTime\" value=\"2001-01-01T10:00:00+10:00\"/>",
            dateTime(0x420001, JAN_2001)),
        Arguments.of("<TTLV tag=\"0x420001\" type=\"DateTime\" value=\"2001-01-01T10:00:00+10:00\"/>", dateTime(0x420001, JAN_2001)),
        Arguments.of("<ActivationDate type=\"DateTime\" value=\"2001-01-01T10:00:00+10:00\"/>", dateTime(0x420001, JAN_2001)),
        Arguments.of("<TTLV tag=\"0x54FFFF\" name=\"SomeExtension\" type=\"DateTime\" value=\"2001-01-01T10:00:00+10:00\"/>",
            dateTime(0x54FFFF, JAN_2001)),
        // §6.1.6.1 Tags, with the KMIP namespace
        Arguments.of("<ActivationDate xmlns=\"urn:oasis:tc:kmip:xmlns\" type=\"DateTime\" value=\"2001-01-01T10:00:00+10:00\"/>",
            dateTime(0x420001, JAN_2001)),
        Arguments.of("<IVCounterNonce type=\"ByteString\" value=\"a1b2c3d4\"/>",
            bytes(0x42003D, new byte[] {(byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4})),
        Arguments.of("<PrivateKeyTemplateAttribute type=\"Structure\"/>", structure(0x420065)),
        Arguments.of("<TTLV tag=\"0x545352\" name=\"SomeExtension\" type=\"TextString\" value=\"This is an extension\"/>",
            text(0x545352, "This is an extension")),
        // §6.1.6.2 Structure
        Arguments.of("<ProtocolVersion type=\"Structure\"><ProtocolVersionMajor type=\"Integer\" value=\"1\"/>"
            + "<ProtocolVersionMinor type=\"Integer\" value=\"0\"/></ProtocolVersion>",
            structure(0x420069, integer(0x42006A, 1), integer(0x42006B, 0))),
        Arguments.of("<ProtocolVersion><ProtocolVersionMajor type=\"Integer\" value=\"1\"/>"
            + "<ProtocolVersionMinor type=\"Integer\" value=\"0\"/></ProtocolVersion>",
            structure(0x420069, integer(0x42006A, 1), integer(0x42006B, 0))),
        // §6.1.6.3 Integer, §6.1.6.4 masks
        Arguments.of("<BatchCount type=\"Integer\" value=\"10\"/>", integer(0x42000D, 10)),
        Arguments.of("<CryptographicUsageMask type=\"Integer\" value=\"0x0000100c\"/>", integer(0x42002C, 0x100C)),
        Arguments.of("<CryptographicUsageMask type=\"Integer\" value=\"Encrypt Decrypt CertificateSign\"/>", integer(0x42002C, 0x100C)),
        Arguments.of("<CryptographicUsageMask type=\"Integer\" value=\"CertificateSign 0x00000004 0x0000008\"/>", integer(0x42002C, 0x100C)),
        Arguments.of("<CryptographicUsageMask type=\"Integer\" value=\"CertificateSign 0x0000000c\"/>", integer(0x42002C, 0x100C)),
        // §6.1.6.5 Long Integer, including the x + hex element name of the example
        Arguments.of("<x540001 type=\"LongInteger\" value=\"-2\"/>", longInteger(0x540001, -2)),
        Arguments.of("<UsageLimitsCount type=\"LongInteger\" value=\"1152921504606846976\"/>", longInteger(0x420096, 1L << 60)),
        // §6.1.6.6 Big Integer (xsd:hexBinary), §6.1.6.7 Enumeration
        Arguments.of("<X type=\"BigInteger\" value=\"0000000000000000\"/>", bigInteger(0x42009F, BigInteger.ZERO)),
        Arguments.of("<ObjectType type=\"Enumeration\" value=\"0x00000002\"/>", enumeration(0x420057, 2)),
        Arguments.of("<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>", enumeration(0x420057, 2)),
        // §6.1.6.8 Boolean (xsd:boolean: true, false, 1, 0; the spec's example lacks a quote)
        Arguments.of("<BatchOrderOption type=\"Boolean\" value=\"true\"/>", bool(0x420010, true)),
        Arguments.of("<BatchOrderOption type=\"Boolean\" value=\"1\"/>", bool(0x420010, true)),
        Arguments.of("<BatchOrderOption type=\"Boolean\" value=\"0\"/>", bool(0x420010, false)),
        // §6.1.6.9–§6.1.6.12
        Arguments.of("<AttributeName type=\"TextString\" value=\"Cryptographic Algorithm\"/>", text(0x42000A, "Cryptographic Algorithm")),
        Arguments.of("<MACSignature type=\"ByteString\" value=\"C50F77\"/>", bytes(0x42004D, new byte[] {(byte) 0xC5, 0x0F, 0x77})),
        Arguments.of("<ArchiveDate type=\"DateTime\" value=\"2001-01-01T10:00:00+10:00\"/>", dateTime(0x420005, JAN_2001)),
        Arguments.of("<ArchiveDate type=\"DateTime\" value=\"2001-01-01T00:00:00Z\"/>", dateTime(0x420005, JAN_2001)),
        Arguments.of("<Offset type=\"Interval\" value=\"27\"/>", interval(0x420058, 27)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlExamples")
  void everyXmlExampleOfSection616Reads(String doc, TtlvItem expected) {
    TtlvItem item = xml.readOne(doc);
    assertThat(item).isEqualTo(expected);
    assertThat(xml.readOne(xml.write(item))).isEqualTo(expected);
    assertThat(json.readOne(json.write(item))).isEqualTo(expected);
  }

  /** MSGENC-JSON-M-1-10 (§5.1.1), time 0: the request in XML, in TTLV hex and in JSON. */
  static final String QUERY_XML = """
      <RequestMessage>
        <RequestHeader>
          <ProtocolVersion>
            <ProtocolVersionMajor type="Integer" value="1"/>
            <ProtocolVersionMinor type="Integer" value="0"/>
          </ProtocolVersion>
          <MaximumResponseSize type="Integer" value="256"/>
          <BatchCount type="Integer" value="1"/>
        </RequestHeader>
        <BatchItem>
          <Operation type="Enumeration" value="Query"/>
          <RequestPayload>
            <QueryFunction type="Enumeration" value="QueryOperations"/>
            <QueryFunction type="Enumeration" value="QueryObjects"/>
          </RequestPayload>
        </BatchItem>
      </RequestMessage>
      """;

  static final String QUERY_HEX = """
      42007801000000904200770100000048420069010000002042006a02000000040000000100000000
      42006b020000000400000000000000004200500200000004000001000000000042000d0200000004
      000000010000000042000f010000003842005c050000000400000018000000004200790100000020
      4200740500000004000000010000000042007405000000040000000200000000
      """;

  /** As printed, except the final closing brace, which the spec text lacks. */
  static final String QUERY_JSON = """
      {"tag":"RequestMessage",
       "value":[
        {"tag":"RequestHeader", "value":[
          {"tag":"ProtocolVersion", "value":[
            {"tag":"ProtocolVersionMajor", "type":"Integer", "value":"0x00000001"},
            {"tag":"ProtocolVersionMinor", "type":"Integer", "value":"0x00000000"}
          ]},
          {"tag":"MaximumResponseSize", "type":"Integer", "value":"0x00000100"},
          {"tag":"BatchCount", "type":"Integer", "value":"0x00000001"}
        ]},
        {"tag":"BatchItem", "value":[
          {"tag":"Operation", "type":"Enumeration", "value":"Query"},
          {"tag":"RequestPayload", "value":[
            {"tag":"QueryFunction", "type":"Enumeration", "value":"QueryOperations"},
            {"tag":"QueryFunction", "type":"Enumeration", "value":"QueryObjects"}
          ]}
        ]}
       ]
      }
      """;

  /** MSGENC-JSON-M-1-10, time 0: the response. */
  static final String TOO_LARGE_XML = """
      <ResponseMessage>
        <ResponseHeader>
          <ProtocolVersion>
            <ProtocolVersionMajor type="Integer" value="1"/>
            <ProtocolVersionMinor type="Integer" value="0"/>
          </ProtocolVersion>
          <TimeStamp type="DateTime" value="2013-06-26T09:09:17+00:00"/>
          <BatchCount type="Integer" value="1"/>
        </ResponseHeader>
        <BatchItem>
          <Operation type="Enumeration" value="Query"/>
          <ResultStatus type="Enumeration" value="OperationFailed"/>
          <ResultReason type="Enumeration" value="ResponseTooLarge"/>
          <ResultMessage type="TextString" value="TOO_LARGE"/>
        </BatchItem>
      </ResponseMessage>
      """;

  static final String TOO_LARGE_HEX = """
      42007b01000000a042007a0100000048420069010000002042006a02000000040000000100000000
      42006b0200000004000000000000000042009209000000080000000051caafbd42000d0200000004
      000000010000000042000f010000004842005c0500000004000000180000000042007f0500000004
      000000010000000042007e0500000004000000020000000042007d0700000009544f4f5f4c415247
      4500000000000000
      """;

  static final String TOO_LARGE_JSON = """
      {"tag":"ResponseMessage",
       "value":[
        {"tag":"ResponseHeader", "value":[
          {"tag":"ProtocolVersion", "value":[
            {"tag":"ProtocolVersionMajor", "type":"Integer", "value":"0x00000001"},
            {"tag":"ProtocolVersionMinor", "type":"Integer", "value":"0x00000000"}
          ]},
          {"tag":"TimeStamp", "type":"DateTime", "value":"2013-06-26T09:09:17+00:00"},
          {"tag":"BatchCount", "type":"Integer", "value":"0x00000001"}
        ]},
        {"tag":"BatchItem", "value":[
          {"tag":"Operation", "type":"Enumeration", "value":"Query"},
          {"tag":"ResultStatus", "type":"Enumeration", "value":"OperationFailed"},
          {"tag":"ResultReason", "type":"Enumeration", "value":"ResponseTooLarge"},
          {"tag":"ResultMessage", "type":"TextString", "value":"TOO_LARGE"}
        ]}
       ]}
      """;

  @Test
  void testCaseMsgencJsonM110ReadsAlikeInXmlTtlvAndJson() {
    for (String[] forms : new String[][] {{QUERY_XML, QUERY_HEX, QUERY_JSON}, {TOO_LARGE_XML, TOO_LARGE_HEX, TOO_LARGE_JSON}}) {
      TtlvItem fromXml = xml.readOne(forms[0]);
      TtlvItem fromTtlv = TtlvDecoder.decode(Hex.bytes(forms[1]), TtlvLimits.DEFAULT);
      TtlvItem fromJson = json.readOne(forms[2]);
      assertThat(fromXml).isEqualTo(fromTtlv).isEqualTo(fromJson);
      assertThat(Hex.of(TtlvEncoder.encode(fromJson))).isEqualToIgnoringCase(forms[1].replaceAll("\\s", ""));
      assertThat(json.readOne(json.write(fromXml))).isEqualTo(fromTtlv);
    }
  }

  @Test
  void writesTheSpecForms() {
    // §4.1.6.5: Long Integers >= 2^52 in magnitude must be hex strings in JSON.
    assertThat(json.write(longInteger(0x420096, (1L << 52) - 1))).contains("\"value\" : 4503599627370495");
    assertThat(json.write(longInteger(0x420096, 1L << 52))).contains("\"value\" : \"0x0010000000000000\"");
    assertThat(json.write(longInteger(0x420096, -(1L << 52)))).contains("\"value\" : \"0xFFF0000000000000\"");
    // §4.1.6.6 / §6.1.6.6: Big Integers sign-extended to 8 bytes; JSON with 0x, XML hexBinary.
    assertThat(json.write(bigInteger(0x42009F, BigInteger.valueOf(-1)))).contains("\"value\" : \"0xffffffffffffffff\"");
    assertThat(xml.write(bigInteger(0x42009F, BigInteger.ZERO))).contains("value=\"0000000000000000\"");
    // §4.1.6.4: JSON masks joined by |, XML by spaces; bits without a name as a hex token.
    assertThat(json.write(integer(0x42002C, 0x100C))).contains("\"value\" : \"Encrypt|Decrypt|CertificateSign\"");
    assertThat(xml.write(integer(0x42002C, 0x100C | 0x10000000))).contains("value=\"Encrypt Decrypt CertificateSign 0x10000000\"");
    // §4.1.6.7 / §6.1.6.7: an enumeration value without a name is 0x and 8 hex digits.
    assertThat(json.write(enumeration(0x420057, 0x80000001))).contains("\"value\" : \"0x80000001\"");
    // §4.1.6.11: ISO 8601 with an offset.
    assertThat(json.write(dateTime(0x420005, JAN_2001))).contains("\"value\" : \"2001-01-01T00:00:00+00:00\"");
    // §4.1.6.10: Byte Strings without 0x; §4.1.6.8 Booleans true/false.
    assertThat(json.write(bytes(0x42004D, new byte[] {(byte) 0xC5, 0x0F, 0x77}))).contains("\"value\" : \"c50f77\"");
    assertThat(json.write(bool(0x420010, false))).contains("\"value\" : false");
    // §4.1.6: the type of a Structure is omitted; a tag without a name is 0x and 6 hex digits.
    assertThat(json.write(structure(0x540002))).doesNotContain("\"type\"").contains("\"tag\" : \"0x540002\"");
  }

  @Test
  void refusesWhatTheSpecLeavesUnresolvable() {
    // §4.1.2 / §6.1.2: "other text values may be used … names of Extension tags": without a
    // registry entry their number is unknown, so they are refused with the reason.
    assertThatThrownBy(() -> json.readOne("{\"tag\": \"WELL_KNOWN_EXTENSION\", \"type\":\"TextString\", \"value\":\"x\"}"))
        .isInstanceOf(TtlvException.class).hasMessageContaining("tag name: WELL_KNOWN_EXTENSION");
    assertThatThrownBy(() -> xml.readOne("<WELL_KNOWN_EXTENSION type=\"TextString\" value=\"x\"/>"))
        .isInstanceOf(TtlvException.class).hasMessageContaining("tag name: WELL_KNOWN_EXTENSION");
    assertThatThrownBy(() -> xml.readOne("<ActivationDate xmlns=\"urn:example\" type=\"DateTime\" value=\"2001-01-01T00:00:00Z\"/>"))
        .isInstanceOf(TtlvException.class).hasMessageContaining("ActivationDate namespace: urn:example (expected: none or urn:oasis:tc:kmip:xmlns)");
    assertThatThrownBy(() -> xml.readOne("<BatchCount name=\"x\" type=\"Integer\" value=\"1\"/>"))
        .isInstanceOf(TtlvException.class).hasMessageContaining("BatchCount attribute: name (expected: only on <TTLV>)");
    assertThatThrownBy(() -> json.readOne("{\"tag\": \"BatchCount\", \"type\":\"Integer\", \"value\":null}"))
        .isInstanceOf(TtlvException.class).hasMessageContaining("BatchCount value: null for a Integer (expected: a scalar)");
    assertThatThrownBy(() -> json.readOne("{\"tag\": \"BatchOrderOption\", \"type\":\"Boolean\", \"value\":\"0x02\"}"))
        .isInstanceOf(TtlvException.class).hasMessageContaining("BatchOrderOption Boolean value: \"0x02\"");
  }
}
