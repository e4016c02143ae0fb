package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlTtlvTest {

  private final XmlTtlv xml = new XmlTtlv();

  private static final String CREATE_14 = """
      <RequestMessage>
        <RequestHeader>
          <ProtocolVersion>
            <ProtocolVersionMajor type="Integer" value="1"/>
            <ProtocolVersionMinor type="Integer" value="4"/>
          </ProtocolVersion>
          <BatchCount type="Integer" value="1"/>
        </RequestHeader>
        <BatchItem>
          <Operation type="Enumeration" value="Create"/>
          <RequestPayload>
            <ObjectType type="Enumeration" value="SymmetricKey"/>
            <TemplateAttribute>
              <Attribute>
                <AttributeName type="TextString" value="Cryptographic Algorithm"/>
                <AttributeValue type="Enumeration" value="AES"/>
              </Attribute>
              <Attribute>
                <AttributeName type="TextString" value="Cryptographic Usage Mask"/>
                <AttributeValue type="Integer" value="Decrypt   Encrypt"/>
              </Attribute>
              <Attribute>
                <AttributeName type="TextString" value="Activation Date"/>
                <AttributeValue type="DateTime" value="$NOW-3600"/>
              </Attribute>
            </TemplateAttribute>
          </RequestPayload>
        </BatchItem>
      </RequestMessage>
      """;

  @Test
  void readsAKmip14RequestWithAttributeValuesNamedByAttributeName() {
    TtlvItem.Structure m = (TtlvItem.Structure) xml.readOne(CREATE_14);
    assertThat(m.tag()).isEqualTo(0x420078);
    TtlvItem.Structure batch = m.find(0x42000F, TtlvItem.Structure.class).orElseThrow();
    assertThat(batch.find(0x42005C)).contains(new TtlvItem.Enumeration(0x42005C, 1));
    TtlvItem.Structure template = batch.find(0x420079, TtlvItem.Structure.class).orElseThrow()
        .find(0x420091, TtlvItem.Structure.class).orElseThrow();
    List<TtlvItem> attrs = template.all(0x420008);
    assertThat(((TtlvItem.Structure) attrs.get(0)).find(0x42000B)).contains(new TtlvItem.Enumeration(0x42000B, 3));
    assertThat(((TtlvItem.Structure) attrs.get(1)).find(0x42000B)).contains(new TtlvItem.Int(0x42000B, 0x0C));
    assertThat(((TtlvItem.Structure) attrs.get(2)).find(0x42000B))
        .contains(new TtlvItem.Placeholder(0x42000B, ItemType.DATE_TIME, "$NOW-3600"));
    String out = xml.write(m);
    assertThat(out).contains("<AttributeValue type=\"Enumeration\" value=\"AES\"/>")
        .contains("<AttributeValue type=\"Integer\" value=\"Encrypt Decrypt\"/>")
        .contains("<AttributeValue type=\"DateTime\" value=\"$NOW-3600\"/>");
    assertThat(xml.readOne(out)).isEqualTo(m);
  }

  @Test
  void primitivesOfEveryType() {
    String doc = """
        <KMIP>
          <Nonce>
            <NonceID type="ByteString" value=""/>
            <NonceValue type="ByteString" value="0123456789ABCDEF"/>
          </Nonce>
          <CryptographicLength type="Integer" value="-128"/>
          <UsageLimitsCount type="LongInteger" value="-9007199254740993"/>
          <PublicExponent type="BigInteger" value="0000000000010001"/>
          <Modulus type="BigInteger" value="FFFFFFFFFFFFFF80"/>
          <Sensitive type="Boolean" value="false"/>
          <OriginalCreationDate type="DateTime" value="2012-04-27T18:12:24+10:00"/>
          <LeaseTime type="Interval" value="4294967295"/>
          <OpaqueDataType type="Enumeration" value="0x80000001"/>
          <TTLV tag="0x540001" type="TextString" value="a &amp; b &lt;c&gt; &quot;d&quot;"/>
        </KMIP>
        """;
    List<TtlvItem> items = xml.read(doc);
    assertThat(items).hasSize(10);
    TtlvItem.Structure nonce = (TtlvItem.Structure) items.get(0);
    assertThat(((TtlvItem.Bytes) nonce.items().get(0)).byteCount()).isZero();
    assertThat(nonce.items().get(1)).isEqualTo(new TtlvItem.Bytes(0x4200CA, new byte[] {1, 0x23, 0x45, 0x67, (byte) 0x89, (byte) 0xAB, (byte) 0xCD, (byte) 0xEF}));
    assertThat(items.get(1)).isEqualTo(new TtlvItem.Int(0x42002A, -128));
    assertThat(items.get(2)).isEqualTo(new TtlvItem.LongInt(0x420096, -9007199254740993L));
    assertThat(items.get(3)).isEqualTo(new TtlvItem.BigInt(0x42006C, BigInteger.valueOf(65537)));
    assertThat(items.get(4)).isEqualTo(new TtlvItem.BigInt(0x420052, BigInteger.valueOf(-128)));
    assertThat(items.get(5)).isEqualTo(new TtlvItem.Bool(0x420120, false));
    assertThat(items.get(6)).isEqualTo(new TtlvItem.DateTime(0x4200BC, 1335514344L));
    assertThat(items.get(7)).isEqualTo(new TtlvItem.Interval(0x420049, 0xFFFF_FFFFL));
    assertThat(items.get(8)).isEqualTo(new TtlvItem.Enumeration(0x420059, 0x80000001));
    assertThat(items.get(9)).isEqualTo(new TtlvItem.Text(0x540001, "a & b <c> \"d\""));
    String out = xml.writeAll(items);
    assertThat(out).startsWith("<KMIP>\n").contains("value=\"2012-04-27T08:12:24+00:00\"")
        .contains("<TTLV tag=\"0x540001\" type=\"TextString\"").contains("value=\"0x80000001\"")
        .contains("value=\"0123456789abcdef\"").contains("value=\"ffffffffffffff80\"");
    assertThat(xml.read(out)).isEqualTo(items);
  }

  @Test
  void toleratesTheDoubledClosingRootOfTcEcdsaSign114() {
    List<TtlvItem> items = xml.read("<KMIP>\n<!-- c -->\n# [[title]]\n<BatchCount type=\"Integer\" value=\"1\"/>\n</KMIP>\n</KMIP>\n");
    assertThat(items).containsExactly(new TtlvItem.Int(0x42000D, 1));
  }

  @Test
  void kmip30DraftTypesReadAsTextString() {
    assertThat(xml.readOne("<UniqueIdentifier type=\"Identifier\" value=\"$UNIQUE_IDENTIFIER_0\"/>"))
        .isEqualTo(new TtlvItem.Placeholder(0x420094, ItemType.TEXT_STRING, "$UNIQUE_IDENTIFIER_0"));
    assertThat(xml.readOne("<UniqueIdentifier type=\"Reference\" value=\"abc\"/>"))
        .isEqualTo(new TtlvItem.Text(0x420094, "abc"));
  }

  @Test
  void refusesDtdsAndExternalEntities() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <UniqueIdentifier type="TextString" value="&xxe;"/>
        """;
    assertThatThrownBy(() -> xml.read(xxe)).isInstanceOf(TtlvException.class)
        .hasMessageNotContaining("root:").hasMessageContaining("DTD");
    String billion = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
        <UniqueIdentifier type="TextString" value="&lol2;"/>
        """;
    assertThatThrownBy(() -> xml.read(billion)).isInstanceOf(TtlvException.class).hasMessageContaining("DTD");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "bad type|<BatchCount type='Int' value='1'/>|BatchCount type: \"Int\" (expected: one of Structure",
      "bad enum name|<Operation type='Enumeration' value='Creat'/>|Operation Enumeration name: \"Creat\" (expected: a value name of Operation",
      "bad mask name|<CryptographicUsageMask type='Integer' value='Encrypt Decrypd'/>|mask name: \"Decrypd\"",
      "bad hex|<NonceValue type='ByteString' value='0g'/>|NonceValue Byte String value: 2 characters, not an even count of hex digits",
      "odd hex|<NonceValue type='ByteString' value='abc'/>|not an even count of hex digits",
      "bad date|<ActivationDate type='DateTime' value='2012-04-27 08:12:24'/>|ActivationDate Date-Time value: \"2012-04-27 08:12:24\" (expected: ISO-8601",
      "missing value|<BatchCount type='Integer'/>|BatchCount value attribute: missing",
      "bad integer|<BatchCount type='Integer' value='1.5'/>|BatchCount value: \"1.5\" (expected: a decimal",
      "integer overflow|<BatchCount type='Integer' value='2147483648'/>|BatchCount value: \"2147483648\"",
      "bad boolean|<Sensitive type='Boolean' value='yes'/>|Sensitive Boolean value: \"yes\" (expected: true or false, 1 or 0",
      "unknown tag|<NoSuchTag type='Integer' value='1'/>|tag name: NoSuchTag (expected: a tag of KMIP 1.0-2.1",
      "bad TTLV tag|<TTLV tag='54' type='Integer' value='1'/>|TTLV tag attribute: \"54\" (expected: tag=\"0x\" and 6 hex digits)",
      "text content|<BatchItem>hello</BatchItem>|XML text content: \"hello\"",
      "value on structure|<BatchItem value='1'/>|BatchItem value attribute: present on a Structure",
      "child in primitive|<BatchCount type='Integer' value='1'><BatchCount type='Integer' value='1'/></BatchCount>|BatchCount child element: present",
      "extra attribute|<BatchCount type='Integer' value='1' x='2'/>|BatchCount attribute: x (expected: type and value only)",
      "not well-formed|<BatchItem><BatchCount type='Integer' value='1'/>|XML: not well-formed",
      "interval negative|<LeaseTime type='Interval' value='-1'/>|LeaseTime value: \"-1\" (expected: a decimal from 0 to 4294967295",
      "empty|   |XML: not well-formed"})
  void malformedInputGivesAClearError(String what, String doc, String message) {
    assertThatThrownBy(() -> xml.read(doc == null ? "" : doc)).as(what).isInstanceOf(TtlvException.class)
        .hasMessageContaining(message).hasMessageContaining("at offset");
  }

  @Test
  void errorsNeverEchoByteStrings() {
    assertThatThrownBy(() -> xml.read("<KeyMaterial type='ByteString' value='00112233445566778899aabbccddeefX'/>"))
        .isInstanceOf(TtlvException.class).hasMessageNotContaining("001122");
  }

  @Test
  void limitsBoundDepthChildrenSizeAndDocument() {
    XmlTtlv small = new XmlTtlv(SpecRegistry.get(), new TtlvLimits(1024, 2, 2, 4));
    assertThatThrownBy(() -> small.read("<BatchItem><RequestPayload><BatchCount type='Integer' value='1'/></RequestPayload></BatchItem>"))
        .hasMessageContaining("nesting depth: 3 (expected: <= 2)");
    assertThatThrownBy(() -> small.read("<BatchItem><BatchCount type='Integer' value='1'/><BatchCount type='Integer' value='1'/>"
        + "<BatchCount type='Integer' value='1'/></BatchItem>"))
        .hasMessageContaining("BatchItem children: more than 2 (expected: <= 2)");
    assertThatThrownBy(() -> small.read("<NonceValue type='ByteString' value='0011223344'/>"))
        .hasMessageContaining("Byte String length: 5 bytes (expected: <= 4)");
    assertThatThrownBy(() -> small.read("<KMIP>" + "<!-- padding -->".repeat(1000) + "</KMIP>"))
        .hasMessageContaining("document size: more than 8192 bytes");
  }

  @Test
  void masksAcceptHexDecimalAndPipesAndWriteLeftoverBitsAsHex() {
    assertThat(xml.readOne("<CryptographicUsageMask type='Integer' value='Encrypt|0x00000001 8'/>"))
        .isEqualTo(new TtlvItem.Int(0x42002C, 0x0D));
    assertThat(xml.write(new TtlvItem.Int(0x42002C, 0x0C | 0x10000000)))
        .contains("value=\"Encrypt Decrypt 0x10000000\"");
    assertThat(xml.write(new TtlvItem.Int(0x42002C, 0))).contains("value=\"0\"");
  }

  @Test
  void writesControlCharactersAsReferencesAndRefusesUnencodableOnes() {
    TtlvItem t = new TtlvItem.Text(0x420094, "a\tb\nc");
    assertThat(xml.readOne(xml.write(t))).isEqualTo(t);
    assertThatThrownBy(() -> xml.write(new TtlvItem.Text(0x420094, "a\u0001b")))
        .isInstanceOf(TtlvException.class).hasMessageContaining("U+0001");
  }
}
