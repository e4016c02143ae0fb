package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Coverage-guided fuzzing of the KMIP XML reader ({@link XmlTtlv#read(java.io.InputStream)}) with
 * Jazzer. Properties: only {@link TtlvException} escapes (no parser exception, no {@code
 * RuntimeException} from a value conversion, no {@code OutOfMemoryError} or {@code
 * StackOverflowError}), and whatever is read is written back and read again to an equal tree,
 * in XML and through JSON.
 *
 * <p>Regression mode in every build, over {@code XmlTtlvFuzzTestInputs/readThenRoundTrip/}
 * (OASIS messages written by {@link FuzzSeeds}). Fuzzing for real: see {@code docs/security.md}:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B test -pl kmip-codec -Dtest=XmlTtlvFuzzTest
 * </pre>
 */
class XmlTtlvFuzzTest {

  static final TtlvLimits LIMITS = new TtlvLimits(64 * 1024, 16, 64, 4096);
  static final XmlTtlv XML = new XmlTtlv(SpecRegistry.get(), LIMITS);
  static final JsonTtlv JSON = new JsonTtlv(SpecRegistry.get(), LIMITS);

  @FuzzTest(maxDuration = "5m")
  void readThenRoundTrip(byte[] input) {
    List<TtlvItem> items;
    try {
      items = XML.read(new ByteArrayInputStream(input));
    } catch (TtlvException expected) {
      return;
    }
    assertThat(XML.read(XML.writeAll(items))).isEqualTo(items);
    assertThat(JSON.read(JSON.writeAll(items))).isEqualTo(items);
  }
}
