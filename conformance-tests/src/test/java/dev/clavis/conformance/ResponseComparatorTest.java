package dev.clavis.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.XmlTtlv;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each tolerance accepts what it names and nothing more; everything else is exact. */
class ResponseComparatorTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private final Placeholders placeholders = new Placeholders(Clock.fixed(NOW, ZoneOffset.UTC));
  private final Set<String> generated = new HashSet<>();
  private final Map<String, TtlvItem.Structure> keyParameters = new HashMap<>();
  private final ResponseComparator comparator = new ResponseComparator(placeholders, generated, keyParameters);

  private static TtlvItem.Structure xml(String s) {
    return (TtlvItem.Structure) new XmlTtlv().readOne(s);
  }

  private static String request(String op, String payload) {
    return "<RequestMessage><RequestHeader><ProtocolVersion><ProtocolVersionMajor type=\"Integer\" value=\"1\"/>"
        + "<ProtocolVersionMinor type=\"Integer\" value=\"4\"/></ProtocolVersion><BatchCount type=\"Integer\" value=\"1\"/>"
        + "</RequestHeader><BatchItem><Operation type=\"Enumeration\" value=\"" + op + "\"/><RequestPayload>" + payload
        + "</RequestPayload></BatchItem></RequestMessage>";
  }

  private static String response(String time, String op, String result) {
    return "<ResponseMessage><ResponseHeader><ProtocolVersion><ProtocolVersionMajor type=\"Integer\" value=\"1\"/>"
        + "<ProtocolVersionMinor type=\"Integer\" value=\"4\"/></ProtocolVersion><TimeStamp type=\"DateTime\" value=\""
        + time + "\"/><BatchCount type=\"Integer\" value=\"1\"/></ResponseHeader><BatchItem><Operation type=\"Enumeration\" value=\""
        + op + "\"/>" + result + "</BatchItem></ResponseMessage>";
  }

  private static String ok(String payload) {
    return "<ResultStatus type=\"Enumeration\" value=\"Success\"/><ResponsePayload>" + payload + "</ResponsePayload>";
  }

  private Difference compare(String op, String requestPayload, String expected, String actual) {
    return comparator.compare(xml(request(op, requestPayload)), xml(response("$NOW", op, expected)),
        xml(response("2026-11-28T12:00:05+00:00", op, actual)));
  }

  private static String uid(String v) {
    return "<UniqueIdentifier type=\"TextString\" value=\"" + v + "\"/>";
  }

  @Test
  void resultReasonIsExactAndResultMessageIgnored() {
    String denied = "<ResultStatus type=\"Enumeration\" value=\"OperationFailed\"/>"
        + "<ResultReason type=\"Enumeration\" value=\"PermissionDenied\"/><ResultMessage type=\"TextString\" value=\"DENIED\"/>";
    String deniedOtherText = denied.replace("DENIED", "no access");
    assertThat(compare("Get", uid("x"), denied, deniedOtherText)).isNull();
    Difference d = compare("Get", uid("x"), denied, denied.replace("PermissionDenied", "ItemNotFound"));
    assertThat(d).hasToString("ResponseMessage/BatchItem[1]/ResultReason: ItemNotFound (expected: PermissionDenied)");
  }

  @Test
  void identifiersBindOnceAndNewOnesMustBeNew() {
    assertThat(compare("Create", "", ok(uid("$UNIQUE_IDENTIFIER_0")), ok(uid("k-1")))).isNull();
    assertThat(placeholders.boundText("$UNIQUE_IDENTIFIER_0")).isEqualTo("k-1");
    assertThat(compare("Get", uid("k-1"), ok(uid("$UNIQUE_IDENTIFIER_0")), ok(uid("k-2"))))
        .hasToString("ResponseMessage/BatchItem[1]/ResponsePayload/UniqueIdentifier: \"k-2\" (expected: \"k-1\", bound to $UNIQUE_IDENTIFIER_0)");
    assertThat(compare("Create", "", ok(uid("$UNIQUE_IDENTIFIER_1")), ok(uid("k-1"))).message())
        .contains("expected: a new identifier for $UNIQUE_IDENTIFIER_1, not the one bound to $UNIQUE_IDENTIFIER_0");
  }

  @Test
  void timeStampNearNowOnly() {
    TtlvItem.Structure req = xml(request("Query", ""));
    TtlvItem.Structure exp = xml(response("$NOW", "Query", ok("")));
    assertThat(comparator.compare(req, exp, xml(response("2026-11-28T12:09:00+00:00", "Query", ok(""))))).isNull();
    assertThat(comparator.compare(req, exp, xml(response("2026-11-28T13:00:00+00:00", "Query", ok("")))).path())
        .isEqualTo("ResponseMessage/ResponseHeader/TimeStamp");
  }

  private static String attr(String name, String type, String value) {
    return "<Attribute><AttributeName type=\"TextString\" value=\"" + name + "\"/><AttributeValue type=\"" + type
        + "\" value=\"" + value + "\"/></Attribute>";
  }

  @Test
  void serverDatesAreLooseOnlyWhenTheClientDidNotSendThem() {
    String askDates = uid("a") + "<AttributeName type=\"TextString\" value=\"Initial Date\"/>";
    // A literal from the reference run (1.0-1.2 files) accepts the server's "now".
    assertThat(compare("GetAttributes", askDates, ok(uid("a") + attr("Initial Date", "DateTime", "2012-04-27T08:12:24+00:00")),
        ok(uid("a") + attr("Initial Date", "DateTime", "2026-11-28T12:00:01+00:00")))).isNull();
    // A date the request carried must be echoed exactly.
    String sent = uid("a") + attr("Activation Date", "DateTime", "2012-04-27T08:12:24+00:00");
    Difference d = compare("AddAttribute", sent, ok(uid("a") + attr("Activation Date", "DateTime", "2012-04-27T08:12:24+00:00")),
        ok(uid("a") + attr("Activation Date", "DateTime", "2026-11-28T12:00:01+00:00")));
    assertThat(d.path()).isEqualTo("ResponseMessage/BatchItem[1]/ResponsePayload/Attribute[Activation Date]/AttributeValue");
  }

  @Test
  void leaseTimeIsTheServersPolicyButMustBeThere() {
    String ask = uid("a") + "<AttributeName type=\"TextString\" value=\"Lease Time\"/>";
    assertThat(compare("GetAttributes", ask, ok(uid("a") + attr("Lease Time", "Interval", "3600")),
        ok(uid("a") + attr("Lease Time", "Interval", "86400")))).isNull();
    assertThat(compare("GetAttributes", ask, ok(uid("a") + attr("Lease Time", "Interval", "3600")), ok(uid("a"))).message())
        .startsWith("missing (expected: Attribute \"Lease Time\"");
  }

  @Test
  void attributesInAnyOrderButEveryValueExact() {
    String ask = uid("a") + "<AttributeName type=\"TextString\" value=\"Cryptographic Length\"/>"
        + "<AttributeName type=\"TextString\" value=\"Cryptographic Algorithm\"/>";
    String expected = ok(uid("a") + attr("Cryptographic Length", "Integer", "128") + attr("Cryptographic Algorithm", "Enumeration", "AES"));
    assertThat(compare("GetAttributes", ask, expected,
        ok(uid("a") + attr("Cryptographic Algorithm", "Enumeration", "AES") + attr("Cryptographic Length", "Integer", "128")))).isNull();
    assertThat(compare("GetAttributes", ask, expected,
        ok(uid("a") + attr("Cryptographic Algorithm", "Enumeration", "AES") + attr("Cryptographic Length", "Integer", "256"))))
        .hasToString("ResponseMessage/BatchItem[1]/ResponsePayload/Attribute[Cryptographic Length]/AttributeValue: 256 (expected: 128)");
    assertThat(compare("GetAttributes", ask, expected, ok(uid("a") + attr("Cryptographic Length", "Integer", "128")
        + attr("Cryptographic Algorithm", "Enumeration", "AES") + attr("Object Type", "Enumeration", "SymmetricKey"))).message())
        .startsWith("unexpected item Attribute \"Object Type\"");
  }

  @Test
  void locateResultsInAnyOrderSameCount() {
    compare("Create", "", ok(uid("$UNIQUE_IDENTIFIER_0")), ok(uid("k-1")));
    compare("Create", "", ok(uid("$UNIQUE_IDENTIFIER_1")), ok(uid("k-2")));
    String expected = ok(uid("$UNIQUE_IDENTIFIER_0") + uid("$UNIQUE_IDENTIFIER_1"));
    assertThat(compare("Locate", "", expected, ok(uid("k-2") + uid("k-1")))).isNull();
    assertThat(compare("Locate", "", expected, ok(uid("k-2") + uid("k-1") + uid("k-9"))).message())
        .startsWith("unexpected item \"k-9\"");
  }

  @Test
  void locatedItemsMayBeAddedButNotBelowTheCount() {
    compare("Create", "", ok(uid("$UNIQUE_IDENTIFIER_0")), ok(uid("k-1")));
    String expected = ok(uid("$UNIQUE_IDENTIFIER_0"));
    assertThat(compare("Locate", "", expected, ok("<LocatedItems type=\"Integer\" value=\"1\"/>" + uid("k-1")))).isNull();
    assertThat(compare("Locate", "", expected, ok("<LocatedItems type=\"Integer\" value=\"0\"/>" + uid("k-1"))).message())
        .startsWith("unexpected item 0");
  }

  @Test
  void aClientCorrelationValueEchoIsAcceptedOnlyWhenItIsTheRequestsOwn() {
    String req = request("Query", "").replace("<BatchCount", "<ClientCorrelationValue type=\"TextString\" value=\"T step=1\"/><BatchCount");
    TtlvItem.Structure exp = xml(response("$NOW", "Query", ok("")));
    String echo = response("2026-11-28T12:00:05+00:00", "Query", ok(""))
        .replace("<BatchCount", "<ClientCorrelationValue type=\"TextString\" value=\"T step=1\"/><BatchCount");
    assertThat(comparator.compare(xml(req), exp, xml(echo))).isNull();
    assertThat(comparator.compare(xml(req), exp, xml(echo.replace("T step=1", "other"))).path())
        .isEqualTo("ResponseMessage/ResponseHeader/ClientCorrelationValue");
  }

  @Test
  void queryComparesKindsOfItems() {
    String ask = "<QueryFunction type=\"Enumeration\" value=\"QueryOperations\"/><QueryFunction type=\"Enumeration\" value=\"QueryObjects\"/>";
    String expected = ok("<Operation type=\"Enumeration\" value=\"Query\"/><Operation type=\"Enumeration\" value=\"Export\"/>"
        + "<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>");
    assertThat(compare("Query", ask, expected, ok("<Operation type=\"Enumeration\" value=\"Create\"/>"
        + "<ObjectType type=\"Enumeration\" value=\"PrivateKey\"/><ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>"))).isNull();
    assertThat(compare("Query", ask, expected, ok("<Operation type=\"Enumeration\" value=\"Create\"/>")).message())
        .startsWith("no ObjectType item");
  }

  private static String keyBlock(String format, String hex) {
    return keyBlockOf("k-1", format, hex);
  }

  private static String keyBlockOf(String id, String hex) {
    return keyBlockOf(id, "Raw", hex);
  }

  private static String keyBlockOf(String id, String format, String hex) {
    return "<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>" + uid(id) + "<SymmetricKey><KeyBlock>"
        + "<KeyFormatType type=\"Enumeration\" value=\"" + format + "\"/><KeyValue><KeyMaterial type=\"ByteString\" value=\""
        + hex + "\"/></KeyValue><CryptographicAlgorithm type=\"Enumeration\" value=\"AES\"/>"
        + "<CryptographicLength type=\"Integer\" value=\"128\"/></KeyBlock></SymmetricKey>";
  }

  @Test
  void generatedKeyMaterialIsFreeButItsLengthIsNotAndNoBytesAreShown() {
    String fileKey = "00112233445566778899aabbccddeeff";
    String otherKey = "ffeeddccbbaa99887766554433221100";
    // Not generated by the server (registered): exact, and the difference shows no byte.
    Difference registered = compare("Get", uid("k-1"), ok(keyBlock("Raw", fileKey)), ok(keyBlock("Raw", otherKey)));
    assertThat(registered.toString()).doesNotContain(fileKey).doesNotContain(otherKey).doesNotContain("ffeedd")
        .contains("KeyMaterial: <16 bytes> differing from byte 0");
    generated.add("k-1");
    assertThat(compare("Get", uid("k-1"), ok(keyBlock("Raw", fileKey)), ok(keyBlock("Raw", otherKey)))).isNull();
    assertThat(compare("Get", uid("k-1"), ok(keyBlock("Raw", fileKey)), ok(keyBlock("Raw", otherKey + "00112233"))).message())
        .startsWith("20 bytes (expected: 16 bytes");
  }

  @Test
  void aKeyDerivedFromAGeneratedKeyCountsAsGeneratedAndOnlyThen() {
    String fileKey = "00112233445566778899aabbccddeeff";
    String otherKey = "ffeeddccbbaa99887766554433221100";
    String derived = "<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>";
    // Create Key Pair: the server generated pri-1 and pub-1.
    ConformanceRunner.noteGenerated(xml(request("CreateKeyPair", "")), xml(response("$NOW", "CreateKeyPair",
        ok("<PrivateKeyUniqueIdentifier type=\"TextString\" value=\"pri-1\"/>"
            + "<PublicKeyUniqueIdentifier type=\"TextString\" value=\"pub-1\"/>"))), generated);
    // ECDH of the generated private key with a registered public key: derived from fresh material.
    ConformanceRunner.noteGenerated(xml(request("DeriveKey", derived + uid("pri-1") + uid("reg-2"))),
        xml(response("$NOW", "DeriveKey", ok(uid("d-1")))), generated);
    // A key derived from registered objects only is the reference run's, exactly.
    ConformanceRunner.noteGenerated(xml(request("DeriveKey", derived + uid("reg-1") + uid("reg-2"))),
        xml(response("$NOW", "DeriveKey", ok(uid("d-2")))), generated);
    assertThat(generated).containsExactlyInAnyOrder("pri-1", "pub-1", "d-1");
    assertThat(compare("Get", uid("d-1"), ok(keyBlockOf("d-1", fileKey)), ok(keyBlockOf("d-1", otherKey)))).isNull();
    assertThat(comparator.applied()).contains(Tolerances.Rule.GENERATED_KEY_MATERIAL);
    assertThat(compare("Get", uid("d-1"), ok(keyBlockOf("d-1", fileKey)), ok(keyBlockOf("d-1", otherKey + "0011")))
        .message()).startsWith("18 bytes (expected: 16 bytes");
    // Other literals: the server's value for d-1 stands in for the file's literal from now on.
    String fileKey2 = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    assertThat(compare("Get", uid("d-2"), ok(keyBlockOf("d-2", fileKey2)), ok(keyBlockOf("d-2", otherKey))).toString())
        .contains("KeyMaterial: <16 bytes> differing from byte 0");
  }

  @Test
  void outputsUnderAGeneratedKeyReplaceTheFileLiteralInLaterRequests() {
    // CS-BC-M-3: Create (fresh key), Encrypt → the reference run's literal ciphertext, Decrypt of that literal.
    generated.add("k-1");
    String fileCiphertext = "fd912d102dbb482f6f6e91bd57119095";
    String serverCiphertext = "00112233445566778899aabbccddeeff";
    assertThat(compare("Encrypt", uid("k-1"), ok(uid("k-1") + "<Data type=\"ByteString\" value=\"" + fileCiphertext + "\"/>"),
        ok(uid("k-1") + "<Data type=\"ByteString\" value=\"" + serverCiphertext + "\"/>"))).isNull();
    TtlvItem sent = placeholders.resolve(xml(request("Decrypt", uid("k-1") + "<Data type=\"ByteString\" value=\"" + fileCiphertext + "\"/>")));
    assertThat(sent).isEqualTo(xml(request("Decrypt", uid("k-1") + "<Data type=\"ByteString\" value=\"" + serverCiphertext + "\"/>")));
    // Its length stays exact.
    assertThat(compare("Encrypt", uid("k-1"), ok(uid("k-1") + "<Data type=\"ByteString\" value=\"" + fileCiphertext + "\"/>"),
        ok(uid("k-1") + "<Data type=\"ByteString\" value=\"0011223344556677\"/>")).message()).startsWith("8 bytes (expected: 16 bytes");
  }

  @Test
  void randomOutputsKeepTheirLength() {
    String expected = ok("<Data type=\"ByteString\" value=\"0011223344556677\"/>");
    assertThat(compare("RNGRetrieve", "<DataLength type=\"Integer\" value=\"8\"/>", expected,
        ok("<Data type=\"ByteString\" value=\"8877665544332211\"/>"))).isNull();
    assertThat(compare("RNGRetrieve", "<DataLength type=\"Integer\" value=\"8\"/>", expected,
        ok("<Data type=\"ByteString\" value=\"88776655\"/>"))).isNotNull();
  }

  private static String data(String hex) {
    return "<Data type=\"ByteString\" value=\"" + hex + "\"/>";
  }

  private static TtlvItem.Structure parameters(String children) {
    return xml("<CryptographicParameters>" + children + "</CryptographicParameters>");
  }

  private static String enumeration(String tag, String value) {
    return "<" + tag + " type=\"Enumeration\" value=\"" + value + "\"/>";
  }

  private static final String FILE_256 = "6afdbc76de74458198a9c890cc5abb52".repeat(16);
  private static final String OTHER_256 = "00112233445566778899aabbccddeeff".repeat(16);

  @Test
  void oaepOrPssSetOnTheKeyOnlyIsRandomizedToo() {
    // CS-AC-M-OAEP-1: the key's Cryptographic Parameters attribute says OAEP; the Encrypt request has none.
    String expected = ok(uid("k-1") + data(FILE_256));
    assertThat(compare("Encrypt", uid("k-1") + data("6628194e"), expected, ok(uid("k-1") + data(OTHER_256))).message())
        .contains("differing from byte 0");
    keyParameters.put("k-1", parameters(enumeration("PaddingMethod", "OAEP") + enumeration("HashingAlgorithm", "SHA_256")
        + enumeration("CryptographicAlgorithm", "RSA")));
    assertThat(compare("Encrypt", uid("k-1") + data("6628194e"), expected, ok(uid("k-1") + data(OTHER_256)))).isNull();
    assertThat(comparator.applied()).contains(Tolerances.Rule.RANDOMIZED_CRYPTO);
    assertThat(compare("Encrypt", uid("k-1") + data("6628194e"), expected, ok(uid("k-1") + data(OTHER_256.substring(2)))).message())
        .startsWith("255 bytes (expected: 256 bytes");
    // A request's own parameters win over the key's: PKCS#1 v1.5 signatures are deterministic.
    keyParameters.put("k-2", parameters(enumeration("PaddingMethod", "PSS")));
    String pkcs1 = "<CryptographicParameters>" + enumeration("PaddingMethod", "PKCS1V1_5") + "</CryptographicParameters>";
    String sig = ok(uid("k-2") + "<SignatureData type=\"ByteString\" value=\"" + FILE_256 + "\"/>");
    String otherSig = ok(uid("k-2") + "<SignatureData type=\"ByteString\" value=\"" + OTHER_256 + "\"/>");
    assertThat(compare("Sign", uid("k-2") + data("0102"), sig, otherSig)).isNull();
    // (A literal accepted under a tolerance stands for the server's value afterwards: another literal here.)
    String sig2 = sig.replace(FILE_256, FILE_256.replace('6', '7'));
    assertThat(compare("Sign", uid("k-2") + pkcs1 + data("0102"), sig2, otherSig).message()).contains("differing from byte 0");
  }

  @Test
  void anIvTheServerGeneratesFreesTheCipherTextButNotItsLength() {
    // CS-BC-M-13-14: Random IV True on the key, no IV in the Encrypt request.
    keyParameters.put("k-1", parameters(enumeration("BlockCipherMode", "CBC") + enumeration("PaddingMethod", "PKCS5")
        + "<RandomIV type=\"Boolean\" value=\"true\"/>"));
    String fileIv = "<IVCounterNonce type=\"ByteString\" value=\"ff020304050607080910111213141516\"/>";
    String serverIv = "<IVCounterNonce type=\"ByteString\" value=\"5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a\"/>";
    String fileOut = "e768203ba72b6e157daaad34b1e791d8";
    String serverOut = "0f0e0d0c0b0a09080706050403020100";
    assertThat(compare("Encrypt", uid("k-1") + data("0102"), ok(uid("k-1") + data(fileOut) + fileIv),
        ok(uid("k-1") + data(serverOut) + serverIv))).isNull();
    assertThat(comparator.applied()).contains(Tolerances.Rule.SERVER_RANDOM_IV);
    assertThat(compare("Encrypt", uid("k-1") + data("0102"), ok(uid("k-1") + data(fileOut) + fileIv),
        ok(uid("k-1") + data(serverOut) + serverIv.replace("5a5a\"", "\""))).message()).startsWith("14 bytes (expected: 16 bytes");
    // The client sent the IV: the output is the file's exactly.
    String fileOut2 = "e768203ba72b6e157daaad34b1e791d9";
    assertThat(compare("Encrypt", uid("k-1") + data("0102") + fileIv, ok(uid("k-1") + data(fileOut2)),
        ok(uid("k-1") + data(serverOut))).message()).contains("differing from byte 0");
  }

  @Test
  void aDecryptOfTheReferenceRunsCipherTextUnderAFreshKeyKeepsOnlyItsLength() {
    // CS-BC-M-2: Create (fresh key), then Decrypt of CS-BC-M-1's literal cipher text.
    generated.add("k-1");
    String fileCipherText = "fd912d102dbb482f6f6e91bd57119095";
    String plain = "01020304050607080910111213141516";
    String serverPlain = "259d82f3e9ed81c8042e8b690effa804";
    assertThat(compare("Decrypt", uid("k-1") + data(fileCipherText), ok(uid("k-1") + data(plain)),
        ok(uid("k-1") + data(serverPlain)))).isNull();
    assertThat(comparator.applied()).contains(Tolerances.Rule.FOREIGN_CIPHERTEXT);
    // Once the server returned that cipher text itself, its plain text is exact.
    placeholders.sawResponse(xml(response("$NOW", "Encrypt", ok(uid("k-1") + data(fileCipherText)))));
    assertThat(compare("Decrypt", uid("k-1") + data(fileCipherText), ok(uid("k-1") + data(plain)),
        ok(uid("k-1") + data(serverPlain))).message()).contains("differing from byte 0");
    // Under a registered key, exact.
    assertThat(compare("Decrypt", uid("k-9") + data("00112233445566778899aabbccddeeff"), ok(uid("k-9") + data(plain)),
        ok(uid("k-9") + data(serverPlain))).message()).contains("differing from byte 0");
  }

  @Test
  void everyStreamBindsItsOwnCorrelationValue() {
    String init = uid("k-1") + data("0102") + "<InitIndicator type=\"Boolean\" value=\"true\"/>";
    String cv = "<CorrelationValue type=\"ByteString\" value=\"$CORRELATION_VALUE\"/>";
    String first = "<CorrelationValue type=\"ByteString\" value=\"00000000000000000000000000000001\"/>";
    String second = "<CorrelationValue type=\"ByteString\" value=\"00000000000000000000000000000002\"/>";
    assertThat(compare("Encrypt", init, ok(uid("k-1") + cv), ok(uid("k-1") + first))).isNull();
    TtlvItem sent = placeholders.resolve(xml(request("Encrypt", uid("k-1") + data("03") + cv)));
    assertThat(sent).isEqualTo(xml(request("Encrypt", uid("k-1") + data("03") + first)));
    // Within the stream the value is exact.
    assertThat(compare("Encrypt", uid("k-1") + data("03") + first, ok(uid("k-1") + cv), ok(uid("k-1") + second)).message())
        .contains("bound to $CORRELATION_VALUE");
    // A new stream (Init Indicator True) gets a new value, and later parts send it.
    assertThat(compare("Encrypt", init, ok(uid("k-1") + cv), ok(uid("k-1") + second))).isNull();
    assertThat(comparator.applied()).contains(Tolerances.Rule.STREAM_CORRELATION);
    assertThat(placeholders.resolve(xml(request("Encrypt", uid("k-1") + data("03") + cv))))
        .isEqualTo(xml(request("Encrypt", uid("k-1") + data("03") + second)));
  }

  @Test
  void aKmip20DraftsPermissionDeniedAcceptsWrongKeyLifecycleStateOnly() {
    String denied = "<ResultStatus type=\"Enumeration\" value=\"OperationFailed\"/>"
        + "<ResultReason type=\"Enumeration\" value=\"PermissionDenied\"/>";
    String wrongState = denied.replace("PermissionDenied", "WrongKeyLifecycleState");
    String v20 = "<ProtocolVersionMinor type=\"Integer\" value=\"0\"/>";
    String v14 = "<ProtocolVersionMinor type=\"Integer\" value=\"4\"/>";
    TtlvItem.Structure req20 = xml(request("Sign", uid("k-1")).replace(v14, v20).replace("value=\"1\"/><Protocol", "value=\"2\"/><Protocol"));
    TtlvItem.Structure exp20 = xml(response("$NOW", "Sign", denied).replace(v14, v20).replace("value=\"1\"/><Protocol", "value=\"2\"/><Protocol"));
    TtlvItem.Structure act = xml(response("2026-11-28T12:00:05+00:00", "Sign", wrongState).replace(v14, v20)
        .replace("value=\"1\"/><Protocol", "value=\"2\"/><Protocol"));
    assertThat(comparator.compare(req20, exp20, act)).isNull();
    assertThat(comparator.applied()).contains(Tolerances.Rule.DRAFT_20_LIFECYCLE_REASON);
    TtlvItem.Structure other = xml(response("2026-11-28T12:00:05+00:00", "Sign", denied.replace("PermissionDenied", "ItemNotFound"))
        .replace(v14, v20).replace("value=\"1\"/><Protocol", "value=\"2\"/><Protocol"));
    assertThat(comparator.compare(req20, exp20, other).message()).startsWith("ItemNotFound (expected: PermissionDenied or WrongKeyLifecycleState");
    // KMIP 1.4 (no such reason) and 2.1 (its files expect it where it applies): exact.
    assertThat(compare("Sign", uid("k-1"), denied, wrongState)).hasToString(
        "ResponseMessage/BatchItem[1]/ResultReason: WrongKeyLifecycleState (expected: PermissionDenied)");
  }

  @Test
  void pkcs11GetInfoOutputIsTheServersOwnCkInfoOfTheSameLength() {
    String fn = "<PKCS_11Function type=\"Enumeration\" value=\"C_GetInfo\"/>";
    String rc = "<PKCS_11ReturnCode type=\"Enumeration\" value=\"OK\"/>";
    String reference = "<PKCS_11OutputParameters type=\"ByteString\" value=\"0228544553540100\"/>";
    String ours = "<PKCS_11OutputParameters type=\"ByteString\" value=\"0228436c61760100\"/>";
    String shorter = "<PKCS_11OutputParameters type=\"ByteString\" value=\"02280100\"/>";
    assertThat(compare("PKCS_11", fn, ok(fn + reference + rc), ok(fn + ours + rc))).isNull();
    assertThat(compare("PKCS_11", fn, ok(fn + reference + rc), ok(fn + shorter + rc))).isNotNull();
    String finalize = "<PKCS_11Function type=\"Enumeration\" value=\"C_Finalize\"/>";
    String other = "<PKCS_11OutputParameters type=\"ByteString\" value=\"0228aaaaaaaa\"/>";
    assertThat(compare("PKCS_11", finalize, ok(finalize + other + rc), ok(finalize + ours + rc)))
        .as("only C_GetInfo's output is the server's own").isNotNull();
  }

  @Test
  void exportAttributesInAnyOrderWithExtrasButEveryFileValueExact() {
    String state = "<State type=\"Enumeration\" value=\"Active\"/>";
    String type = "<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>";
    String extra = "<Sensitive type=\"Boolean\" value=\"false\"/>";
    String file = ok(uid("x") + "<Attributes>" + state + type + "</Attributes>");
    assertThat(compare("Export", uid("x"), file, ok(uid("x") + "<Attributes>" + type + extra + state + "</Attributes>"))).isNull();
    assertThat(compare("Export", uid("x"), file, ok(uid("x") + "<Attributes>" + type + extra + "</Attributes>"))).isNotNull();
  }

  @Test
  void anythingElseIsExact() {
    assertThat(compare("Create", "", ok("<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>" + uid("$UNIQUE_IDENTIFIER_0")),
        ok(uid("k-1") + "<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>")))
        .hasToString("ResponseMessage/BatchItem[1]/ResponsePayload/UniqueIdentifier: unexpected item \"k-1\" (expected: ObjectType here)");
    assertThat(compare("Create", "", ok("<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>"),
        ok("<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>" + uid("k-1"))).message())
        .startsWith("unexpected item \"k-1\"");
  }
}
