package dev.clavis.codec;

import static dev.clavis.codec.TtlvItem.bigInteger;
import static dev.clavis.codec.TtlvItem.bool;
import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.interval;
import static dev.clavis.codec.TtlvItem.longInteger;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TTLV examples of KMIP 1.4 §9.1.2, written in the spec's own hex notation, plus the two
 * whole KMIP 1.1 request messages of {@code conformance/ttlv-examples.txt}: decode gives the
 * expected tree, encode gives the exact bytes back.
 */
class TtlvSpecExamplesTest {

  static final int T = 0x420020;

  /** The KMIP 1.1 Create request (Test Cases v1.1 §3.1.1), built by hand. */
  static final TtlvItem CREATE_REQUEST = structure(0x420078,
      structure(0x420077,
          structure(0x420069, integer(0x42006A, 1), integer(0x42006B, 1)),
          integer(0x42000D, 1)),
      structure(0x42000F,
          enumeration(0x42005C, 1),
          structure(0x420079,
              enumeration(0x420057, 2),
              structure(0x420091,
                  attribute("Cryptographic Algorithm", enumeration(0x42000B, 3)),
                  attribute("Cryptographic Length", integer(0x42000B, 128)),
                  attribute("Cryptographic Usage Mask", integer(0x42000B, 12))))));

  /** The KMIP 1.1 Locate request (Test Cases v1.1 §3.1.3), built by hand. */
  static final TtlvItem LOCATE_REQUEST = structure(0x420078,
      structure(0x420077,
          structure(0x420069, integer(0x42006A, 1), integer(0x42006B, 1)),
          integer(0x42000D, 1)),
      structure(0x42000F,
          enumeration(0x42005C, 8),
          structure(0x420079,
              attribute("Object Type", enumeration(0x42000B, 2)),
              attribute("Name", structure(0x42000B, text(0x420055, "Key1"), enumeration(0x420054, 1))))));

  static TtlvItem attribute(String name, TtlvItem value) {
    return structure(0x420008, text(0x42000A, name), value);
  }

  /** id → expected tree, for the machine-readable lines of the shared file. */
  static final Map<String, TtlvItem> EXPECTED = Map.ofEntries(
      Map.entry("integer-8", integer(T, 8)),
      Map.entry("long-integer", longInteger(T, 123456789000000000L)),
      Map.entry("big-integer", bigInteger(T, new BigInteger("1234567890000000000000000000"))),
      Map.entry("enumeration-255", enumeration(T, 255)),
      Map.entry("boolean-true", bool(T, true)),
      Map.entry("text-string", text(T, "Hello World")),
      Map.entry("byte-string", bytes(T, new byte[] {1, 2, 3})),
      Map.entry("date-time", new TtlvItem.DateTime(T, 1205495800L)),
      Map.entry("interval-10-days", interval(T, 864000)),
      Map.entry("structure", structure(T, enumeration(0x420004, 254), integer(0x420005, 255))),
      Map.entry("kmip11-create-request", CREATE_REQUEST),
      Map.entry("kmip11-locate-request", LOCATE_REQUEST));

  /** The spec examples inline, kmip-go style, so they run without the shared folder. */
  static Stream<Arguments> inline() {
    return Stream.of(
        Arguments.of("42 00 20 | 02 | 00 00 00 04 | 00 00 00 08 00 00 00 00", integer(T, 8)),
        Arguments.of("42 00 20 | 03 | 00 00 00 08 | 01 B6 9B 4B A5 74 92 00",
            longInteger(T, 123456789000000000L)),
        Arguments.of("42 00 20 | 04 | 00 00 00 10 | 00 00 00 00 03 FD 35 EB 6B C2 DF 46 18 08 00 00",
            bigInteger(T, new BigInteger("1234567890000000000000000000"))),
        Arguments.of("42 00 20 | 05 | 00 00 00 04 | 00 00 00 FF 00 00 00 00", enumeration(T, 255)),
        Arguments.of("42 00 20 | 06 | 00 00 00 08 | 00 00 00 00 00 00 00 01", bool(T, true)),
        Arguments.of("42 00 20 | 07 | 00 00 00 0B | 48 65 6C 6C 6F 20 57 6F 72 6C 64 00 00 00 00 00",
            text(T, "Hello World")),
        Arguments.of("42 00 20 | 08 | 00 00 00 03 | 01 02 03 00 00 00 00 00", bytes(T, new byte[] {1, 2, 3})),
        Arguments.of("42 00 20 | 09 | 00 00 00 08 | 00 00 00 00 47 DA 67 F8", new TtlvItem.DateTime(T, 1205495800L)),
        Arguments.of("42 00 20 | 0A | 00 00 00 04 | 00 0D 2F 00 00 00 00 00", interval(T, 864000)),
        Arguments.of("42 00 20 | 01 | 00 00 00 20 | 42 00 04 | 05 | 00 00 00 04 | 00 00 00 FE 00 00 00 00"
            + " | 42 00 05 | 02 | 00 00 00 04 | 00 00 00 FF 00 00 00 00",
            structure(T, enumeration(0x420004, 254), integer(0x420005, 255))),
        // Beyond the spec list: the other types and edge values.
        Arguments.of("42 00 20 | 0B | 00 00 00 08 | 00 04 4A 6C 9B 1F 2E 40",
            new TtlvItem.DateTimeExtended(T, 0x00044A6C9B1F2E40L)),
        Arguments.of("42 00 20 | 06 | 00 00 00 08 | 00 00 00 00 00 00 00 00", bool(T, false)),
        Arguments.of("42 00 20 | 07 | 00 00 00 00", text(T, "")),
        Arguments.of("42 00 20 | 08 | 00 00 00 00", bytes(T, new byte[0])),
        Arguments.of("42 00 20 | 01 | 00 00 00 00", structure(T)),
        Arguments.of("54 00 01 | 02 | 00 00 00 04 | FF FF FF FF 00 00 00 00", integer(0x540001, -1)),
        Arguments.of("42 00 20 | 05 | 00 00 00 04 | 80 00 00 01 00 00 00 00", enumeration(T, 0x80000001)),
        Arguments.of("42 00 20 | 0A | 00 00 00 04 | FF FF FF FF 00 00 00 00", interval(T, 0xFFFF_FFFFL)),
        Arguments.of("42 00 20 | 04 | 00 00 00 08 | 00 00 00 00 00 00 00 00", bigInteger(T, BigInteger.ZERO)),
        Arguments.of("42 00 20 | 04 | 00 00 00 08 | FF FF FF FF FF FF FF FF", bigInteger(T, BigInteger.ONE.negate())),
        Arguments.of("42 00 20 | 04 | 00 00 00 10 | 00 00 00 00 00 00 00 00 80 00 00 00 00 00 00 00",
            bigInteger(T, BigInteger.ONE.shiftLeft(63))),
        Arguments.of("42 00 20 | 04 | 00 00 00 08 | 80 00 00 00 00 00 00 00",
            bigInteger(T, BigInteger.ONE.shiftLeft(63).negate())),
        Arguments.of("42 00 20 | 07 | 00 00 00 09 | C3 A9 E2 82 AC F0 9F 94 91 00 00 00 00 00 00 00",
            text(T, "é€\uD83D\uDD11")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("inline")
  void inlineExampleDecodesAndEncodes(String hex, TtlvItem expected) {
    byte[] wire = Hex.bytes(hex);
    assertThat(TtlvDecoder.decode(wire, TtlvLimits.DEFAULT)).isEqualTo(expected);
    assertThat(Hex.of(TtlvEncoder.encode(expected))).isEqualTo(Hex.of(wire));
    assertThat(TtlvEncoder.encodedLength(expected)).isEqualTo(wire.length);
  }

  @Test
  void everySharedExampleHasAnExpectedValue() throws IOException {
    List<String[]> lines = sharedLines();
    assertThat(lines).extracting(l -> l[1]).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @TestFactory
  Stream<DynamicTest> sharedExamplesDecodeAndEncode() throws IOException {
    return sharedLines().stream().map(l -> DynamicTest.dynamicTest(l[0] + " " + l[1], () -> {
      byte[] wire = Hex.bytes(l[3]);
      TtlvItem expected = EXPECTED.get(l[1]);
      assertThat(expected).as("expected value for %s", l[1]).isNotNull();
      assertThat(TtlvDecoder.decode(wire, TtlvLimits.DEFAULT)).isEqualTo(expected);
      assertThat(Hex.of(TtlvEncoder.encode(expected))).isEqualTo(Hex.of(wire));
    }));
  }

  @Test
  void wholeMessagesHaveTheirDocumentedSizes() {
    assertThat(TtlvEncoder.encodedLength(CREATE_REQUEST)).isEqualTo(296);
    assertThat(TtlvEncoder.encodedLength(LOCATE_REQUEST)).isEqualTo(216);
  }

  /** The EXAMPLE and MESSAGE lines of {@code conformance/ttlv-examples.txt}: kind|id|what|hex. */
  static List<String[]> sharedLines() throws IOException {
    Path file = sharedExamples();
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("EXAMPLE|") || line.startsWith("MESSAGE|")) {
        out.add(line.split("\\|", 4));
      }
    }
    assertThat(out).as("examples in %s", file).hasSizeGreaterThanOrEqualTo(12);
    return out;
  }

  static Path sharedExamples() {
    String dir = System.getProperty("clavis.shared.dir");
    assumeTrue(dir != null, "system property clavis.shared.dir is not set: shared examples skipped");
    Path file = Path.of(dir, "conformance", "ttlv-examples.txt");
    assumeTrue(Files.isRegularFile(file), "no " + file + ": shared examples skipped");
    return file;
  }
}
