package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Coverage-guided fuzzing of the KMIP JSON reader ({@link JsonTtlv#read(java.io.InputStream)})
 * with Jazzer. Properties: only {@link TtlvException} escapes, and whatever is read is written
 * back and read again to an equal tree, in JSON and through XML.
 *
 * <p>Regression mode in every build, over {@code JsonTtlvFuzzTestInputs/readThenRoundTrip/}
 * (OASIS messages written by {@link FuzzSeeds}). Fuzzing for real: see {@code docs/security.md}:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B test -pl kmip-codec -Dtest=JsonTtlvFuzzTest
 * </pre>
 */
class JsonTtlvFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void readThenRoundTrip(byte[] input) {
    List<TtlvItem> items;
    try {
      items = XmlTtlvFuzzTest.JSON.read(new ByteArrayInputStream(input));
    } catch (TtlvException expected) {
      return;
    }
    assertThat(XmlTtlvFuzzTest.JSON.read(XmlTtlvFuzzTest.JSON.writeAll(items))).isEqualTo(items);
    assertThat(XmlTtlvFuzzTest.XML.read(XmlTtlvFuzzTest.XML.writeAll(items))).isEqualTo(items);
  }
}
