package dev.clavis.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.PaddingMethod;
import dev.clavis.codec.spec.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The file facts behind the crypto tolerances, recomputed with the JDK: each literal the runner
 * stops comparing exactly is shown to be a randomized, server-chosen or inconsistent value, and
 * the one corrected literal is shown to be wrong in its file and right after correction.
 */
class FileEvidenceTest {

  private static final HexFormat HEX = HexFormat.of();

  private static TestCase read(String relative) throws Exception {
    Path oasis = ConformanceTest.oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis), "OASIS test cases not found (" + oasis + ")");
    return TestCase.read(oasis, oasis.resolve(relative));
  }

  /** Every Byte String with this tag in the file, requests and responses, in order. */
  private static List<byte[]> bytes(TestCase tc, int tag) {
    List<byte[]> out = new ArrayList<>();
    for (TestCase.Exchange x : tc.exchanges()) {
      collect(x.request(), tag, out);
      collect(x.expected(), tag, out);
    }
    return out;
  }

  private static void collect(TtlvItem i, int tag, List<byte[]> out) {
    if (i instanceof TtlvItem.Bytes b && b.tag() == tag) {
      out.add(b.value());
    } else if (i instanceof TtlvItem.Structure s) {
      s.items().forEach(c -> collect(c, tag, out));
    }
  }

  private static void placeholderExpressions(TtlvItem i, List<String> out) {
    if (i instanceof TtlvItem.Placeholder p) {
      out.add(p.expression());
    } else if (i instanceof TtlvItem.Structure s) {
      s.items().forEach(c -> placeholderExpressions(c, out));
    }
  }

  /** A PKCS#1 RSAPrivateKey wrapped as PKCS#8 (RFC 5208), which the JDK reads. */
  private static PrivateKey pkcs1Private(byte[] pkcs1) throws Exception {
    byte[] algorithm = HEX.parseHex("300d06092a864886f70d0101010500");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(HEX.parseHex("020100"));
    body.write(algorithm);
    body.write(der(0x04, pkcs1));
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(0x30, body.toByteArray())));
  }

  private static byte[] der(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int n = content.length;
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n & 0xff);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static PublicKey publicOf(PrivateKey k) throws Exception {
    RSAPrivateCrtKey crt = (RSAPrivateCrtKey) k;
    return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
  }

  @Test
  void oaepLiteralsAreGenuineRandomizedEncryptionsUnderTheKeysParameters() throws Exception {
    // CS-AC-M-OAEP-1/3/5/7/9-14 register a public key with OAEP parameters and Encrypt with none in the
    // request; OAEP-2/4/6/8/10 register the matching private key. The file's cipher text decrypts to
    // the plain text under the key's parameters, and a second encryption of the same plain text differs.
    String[][] cases = {{"1", "2", "SHA-256", "SHA-256"}, {"3", "4", "SHA-384", "SHA-384"}, {"5", "6", "SHA-512", "SHA-512"},
        {"7", "8", "SHA-384", "SHA-256"}, {"9", "10", "SHA-384", "SHA-256"}};
    for (String[] c : cases) {
      TestCase enc = read("kmip-1.4-profiles/mandatory/CS-AC-M-OAEP-" + c[0] + "-14.xml");
      TestCase dec = read("kmip-1.4-profiles/mandatory/CS-AC-M-OAEP-" + c[1] + "-14.xml");
      TtlvItem.Structure params = ConformanceRunner.cryptographicParameters(enc.exchanges().get(0).request());
      assertThat(params).as("OAEP-%s key parameters", c[0]).isNotNull();
      assertThat(ConformanceRunner.cryptographicParameters(enc.exchanges().get(1).request())).isNull();
      PublicKey pub = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(bytes(enc, Tag.KEY_MATERIAL).get(0)));
      PrivateKey priv = pkcs1Private(bytes(dec, Tag.KEY_MATERIAL).get(0));
      assertThat(publicOf(priv)).isEqualTo(pub);
      List<byte[]> data = bytes(enc, Tag.DATA);
      byte[] label = bytes(enc, Tag.P_SOURCE).stream().findFirst().orElse(new byte[0]);
      OAEPParameterSpec spec = new OAEPParameterSpec(c[2], "MGF1", new MGF1ParameterSpec(c[3]), new PSource.PSpecified(label));
      Cipher d = Cipher.getInstance("RSA/ECB/OAEPPadding");
      d.init(Cipher.DECRYPT_MODE, priv, spec);
      assertThat(d.doFinal(data.get(1))).as("OAEP-%s literal", c[0]).isEqualTo(data.get(0));
      Cipher e = Cipher.getInstance("RSA/ECB/OAEPPadding");
      e.init(Cipher.ENCRYPT_MODE, pub, spec);
      byte[] again = e.doFinal(data.get(0));
      assertThat(again).hasSameSizeAs(data.get(1)).isNotEqualTo(data.get(1)).isNotEqualTo(e.doFinal(data.get(0)));
    }
  }

  @Test
  void theRandomIvCipherTextFollowsTheReferenceServersOwnIv() throws Exception {
    // CS-BC-M-13-14: the key says Random IV True, the Encrypt request sends no IV; the literal is
    // AES-CBC-PKCS5 under the IV the reference server chose, which 2.1's copy writes as $IV_COUNTER_NONCE.
    TestCase tc = read("kmip-1.4-profiles/mandatory/CS-BC-M-13-14.xml");
    TtlvItem.Structure params = ConformanceRunner.cryptographicParameters(tc.exchanges().get(0).request());
    assertThat(params.find(Tag.RANDOM_IV, TtlvItem.Bool.class).map(TtlvItem.Bool::value)).contains(true);
    byte[] key = bytes(tc, Tag.KEY_MATERIAL).get(0);
    List<byte[]> data = bytes(tc, Tag.DATA);
    byte[] iv = bytes(tc, Tag.IV_COUNTER_NONCE).get(0);
    Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
    assertThat(c.doFinal(data.get(0))).isEqualTo(data.get(1));
    byte[] otherIv = iv.clone();
    otherIv[0] ^= 1;
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(otherIv));
    assertThat(c.doFinal(data.get(0))).hasSameSizeAs(data.get(1)).isNotEqualTo(data.get(1));
    TestCase v21 = read("kmip-2.1-profiles/mandatory/CS-BC-M-13-21.xml");
    List<String> expressions = new ArrayList<>();
    placeholderExpressions(v21.exchanges().get(1).expected(), expressions);
    assertThat(expressions).contains("$IV_COUNTER_NONCE", "$DATA_0");
  }

  @Test
  void csBcM2DecryptsTheCipherTextOfAnotherKey() throws Exception {
    // CS-BC-M-2 creates a fresh key (no key material in the file) and decrypts CS-BC-M-1's literal
    // cipher text, made under the reference run's own fresh key: its plain text cannot be predicted.
    TestCase two = read("kmip-1.4-profiles/mandatory/CS-BC-M-2-14.xml");
    TestCase one = read("kmip-1.4-profiles/mandatory/CS-BC-M-1-14.xml");
    assertThat(TestCase.operations(two.exchanges().get(0).request())).containsExactly(Operation.CREATE.value());
    assertThat(bytes(two, Tag.KEY_MATERIAL)).isEmpty();
    assertThat(TestCase.operations(one.exchanges().get(0).request())).containsExactly(Operation.CREATE.value());
    assertThat(bytes(two, Tag.DATA).get(0)).isEqualTo(bytes(one, Tag.DATA).get(1));
    assertThat(bytes(two, Tag.DATA).get(1)).isEqualTo(bytes(one, Tag.DATA).get(0));
  }

  @Test
  void csBcM6For13HoldsAnotherKeysCipherTextAndIsReadCorrected() throws Exception {
    Path oasis = ConformanceTest.oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis), "OASIS test cases not found (" + oasis + ")");
    String raw = Files.readString(oasis.resolve("kmip-1.3-profiles/mandatory/CS-BC-M-6-13.xml"));
    assertThat(raw).contains("fd912d102dbb482f6f6e91bd57119095").doesNotContain("d9bcce11b0b437b90239552df3a360c9");
    TestCase tc = read("kmip-1.3-profiles/mandatory/CS-BC-M-6-13.xml");
    assertThat(tc.corrected()).isTrue();
    byte[] key = bytes(tc, Tag.KEY_MATERIAL).get(0);
    List<byte[]> data = bytes(tc, Tag.DATA);
    Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
    ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
    byte[] right = ecb.doFinal(data.get(0));
    assertThat(HEX.formatHex(right)).isEqualTo("d9bcce11b0b437b90239552df3a360c9");
    // Read corrected: Encrypt's expected output and Decrypt's input are AES's, Decrypt's output the plain text.
    assertThat(data.get(1)).isEqualTo(right);
    assertThat(data.get(2)).isEqualTo(right);
    assertThat(data.get(3)).isEqualTo(data.get(0));
    // The 1.4 copy of the same case has the AES value; the file's value is CS-BC-M-1's under another key.
    assertThat(bytes(read("kmip-1.4-profiles/mandatory/CS-BC-M-6-14.xml"), Tag.DATA).get(1)).isEqualTo(right);
    ecb.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
    assertThat(ecb.doFinal(HEX.parseHex("fd912d102dbb482f6f6e91bd57119095"))).isNotEqualTo(data.get(0));
    assertThat(read("kmip-1.4-profiles/mandatory/CS-BC-M-6-14.xml").corrected()).isFalse();
  }

  @Test
  void omosO1For14AnswersItsLast14RequestIn14() throws Exception {
    Path oasis = ConformanceTest.oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis), "OASIS test cases not found (" + oasis + ")");
    List<String> raw = Files.readAllLines(oasis.resolve("kmip-1.4-profiles/optional/OMOS-O-1-14.xml"));
    assertThat(raw.stream().filter(l -> l.contains("ProtocolVersionMinor")).map(String::strip))
        .containsExactly(minor(4), minor(4), minor(4), minor(3));
    TestCase tc = read("kmip-1.4-profiles/optional/OMOS-O-1-14.xml");
    assertThat(tc.corrected()).isTrue();
    for (TestCase.Exchange x : tc.exchanges()) {
      assertThat(minorOf(x.expected())).isEqualTo(minorOf(x.request())).isEqualTo(4);
    }
  }

  @Test
  void tcSj4For14NamesTheFirstPartInTheGetOfTheFourthAndIsReadCorrected() throws Exception {
    Path oasis = ConformanceTest.oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis), "OASIS test cases not found (" + oasis + ")");
    // As written: the sixth request gets $UNIQUE_IDENTIFIER_4, its response names $UNIQUE_IDENTIFIER_1.
    List<TtlvItem> raw;
    try (var in = Files.newInputStream(oasis.resolve("kmip-1.4-testcases/TC-SJ-4-14.xml"))) {
      raw = new dev.clavis.codec.XmlTtlv().read(in);
    }
    assertThat(payloadId((TtlvItem.Structure) raw.get(10))).isEqualTo("$UNIQUE_IDENTIFIER_4");
    assertThat(payloadId((TtlvItem.Structure) raw.get(11))).isEqualTo("$UNIQUE_IDENTIFIER_1");
    TestCase tc = read("kmip-1.4-testcases/TC-SJ-4-14.xml");
    assertThat(tc.corrected()).isTrue();
    TestCase twenty = read("kmip-2.0-testcases/TC-SJ-4-20.xml");
    assertThat(twenty.corrected()).isFalse();
    for (int x = 2; x <= 5; x++) {
      // Each Get of a split key part answers with the identifier it asked for and that part's number,
      // in the 1.4 file read corrected as in the 2.0 file.
      for (TestCase t : List.of(tc, twenty)) {
        TestCase.Exchange get = t.exchanges().get(x);
        assertThat(TestCase.operations(get.request())).containsExactly(Operation.GET.value());
        assertThat(payloadId(get.expected())).isEqualTo(payloadId(get.request())).isEqualTo("$UNIQUE_IDENTIFIER_" + (x - 1));
        assertThat(keyPartIdentifier(get.expected())).isEqualTo(x - 1);
      }
    }
    // Only that response is corrected: the Get of the first part still names $UNIQUE_IDENTIFIER_1.
    assertThat(raw.get(5)).isEqualTo(tc.exchanges().get(2).expected());
  }

  private static TtlvItem.Structure payload(TtlvItem.Structure message) {
    TtlvItem.Structure item = message.find(Tag.BATCH_ITEM, TtlvItem.Structure.class).orElseThrow();
    return item.find(Tag.REQUEST_PAYLOAD, TtlvItem.Structure.class)
        .or(() -> item.find(Tag.RESPONSE_PAYLOAD, TtlvItem.Structure.class)).orElseThrow();
  }

  private static String payloadId(TtlvItem.Structure message) {
    // The file's identifiers are ID Placeholders, read as such.
    return payload(message).find(Tag.UNIQUE_IDENTIFIER, TtlvItem.Placeholder.class).orElseThrow().expression();
  }

  private static int keyPartIdentifier(TtlvItem.Structure message) {
    return payload(message).find(Tag.SPLIT_KEY, TtlvItem.Structure.class)
        .flatMap(k -> k.find(Tag.KEY_PART_IDENTIFIER, TtlvItem.Int.class)).orElseThrow().value();
  }

  private static String minor(int v) {
    return "<ProtocolVersionMinor type=\"Integer\" value=\"" + v + "\"/>";
  }

  private static int minorOf(TtlvItem.Structure message) {
    TtlvItem.Structure header = (TtlvItem.Structure) message.items().get(0);
    return header.find(Tag.PROTOCOL_VERSION, TtlvItem.Structure.class)
        .flatMap(v -> v.find(Tag.PROTOCOL_VERSION_MINOR, TtlvItem.Int.class)).map(TtlvItem.Int::value).orElse(-1);
  }

  @Test
  void csAcM1For13SignsWithPssSetOnTheKeyAndItsLiteralIsNoSignatureOfTheData() throws Exception {
    // The key's Cryptographic Parameters say PSS, SHA-256 (the Sign request has none); PSS is randomized.
    // The companion CS-AC-M-2-13's signature of the same data under the same key verifies (maximal salt,
    // 222 bytes); CS-AC-M-1-13's literal does not, so no server could reproduce it.
    TestCase one = read("kmip-1.3-profiles/mandatory/CS-AC-M-1-13.xml");
    TestCase two = read("kmip-1.3-profiles/mandatory/CS-AC-M-2-13.xml");
    TtlvItem.Structure params = ConformanceRunner.cryptographicParameters(one.exchanges().get(0).request());
    assertThat(params.find(Tag.PADDING_METHOD, TtlvItem.Enumeration.class).map(TtlvItem.Enumeration::value))
        .contains(PaddingMethod.PSS.value());
    assertThat(ConformanceRunner.cryptographicParameters(one.exchanges().get(1).request())).isNull();
    PrivateKey priv = pkcs1Private(bytes(one, Tag.KEY_MATERIAL).get(0));
    PublicKey pub = publicOf(priv);
    byte[] data = bytes(one, Tag.DATA).get(0);
    PSSParameterSpec pss = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 222, 1);
    Signature v = Signature.getInstance("RSASSA-PSS");
    v.setParameter(pss);
    v.initVerify(pub);
    v.update(data);
    assertThat(v.verify(bytes(two, Tag.SIGNATURE_DATA).get(0))).isTrue();
    v.initVerify(pub);
    v.update(data);
    assertThat(v.verify(bytes(one, Tag.SIGNATURE_DATA).get(0))).isFalse();
    Signature s = Signature.getInstance("RSASSA-PSS");
    s.setParameter(pss);
    s.initSign(priv);
    s.update(data);
    byte[] a = s.sign();
    s.update(data);
    assertThat(a).hasSize(256).isNotEqualTo(s.sign());
  }
}
