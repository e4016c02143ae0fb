package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link TtlvDecoder} with Jazzer.
 *
 * <p>Properties: whatever the input, the only exception that escapes the decoder is {@link
 * TtlvException} (no {@code IndexOutOfBounds}, {@code NegativeArraySize}, {@code OutOfMemory},
 * {@code StackOverflow}…), and every input that decodes re-encodes to the identical bytes (the
 * decoder accepts exactly one encoding per tree).
 *
 * <p>In a normal build ({@code ./mvnw verify}) this runs in <em>regression mode</em>: once per
 * file of the seed corpus in {@code src/test/resources/dev/clavis/codec/TtlvDecoderFuzzTestInputs/
 * decodeThenReencode/} (the spec examples and cases of {@link TtlvMalformedInputTest}). To fuzz
 * for real (new findings are written to that directory as {@code crash-*} files; commit them as
 * regression inputs once fixed):
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * JAZZER_FUZZ=1 ./mvnw -B test -pl kmip-codec -Dtest=TtlvDecoderFuzzTest
 * </pre>
 *
 * <p>A run lasts {@code maxDuration} (below) or until the first finding. A run killed from
 * outside (Ctrl-C, {@code timeout}) leaves a {@code crash-*} file holding the input in flight:
 * that is not a finding unless the log shows an exception and a {@code DEDUP_TOKEN}. The growing corpus goes
 * to {@code kmip-codec/.cifuzz-corpus/} (not committed). On JDK 25 the module's surefire
 * configuration disables Jazzer's regex and process sanitizer hooks, whose bundled ASM cannot
 * read JDK 25 class files; the codec uses neither.
 */
class TtlvDecoderFuzzTest {

  /** Small limits so the fuzzer reaches every limit check quickly. */
  static final TtlvLimits LIMITS = new TtlvLimits(64 * 1024, 16, 64, 4096);

  @FuzzTest(maxDuration = "5m")
  void decodeThenReencode(byte[] input) {
    TtlvItem item;
    try {
      item = TtlvDecoder.decode(input, LIMITS);
    } catch (TtlvException expected) {
      assertThat(expected.offset()).isBetween(0L, (long) input.length);
      return;
    }
    assertThat(TtlvEncoder.encode(item)).isEqualTo(input);
    assertThat(TtlvText.format(item)).isNotEmpty();
  }
}
