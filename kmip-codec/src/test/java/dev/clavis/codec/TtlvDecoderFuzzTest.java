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
 * JAZZER_FUZZ=1 ./mvnw -B test -pl kmip-codec -Dtest=TtlvDecoderFuzzTest \
 *     -Djazzer.max_duration=10m -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>({@code maxDuration} below bounds a run when no system property overrides it.)
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
